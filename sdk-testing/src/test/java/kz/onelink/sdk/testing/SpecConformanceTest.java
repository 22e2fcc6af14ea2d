package kz.onelink.sdk.testing;

import static kz.onelink.sdk.testing.OneLinkSandbox.ACCOUNT_ID;
import static kz.onelink.sdk.testing.SandboxContractTest.booking;
import static kz.onelink.sdk.testing.SandboxContractTest.tuesdayAt;
import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.google.gson.JsonObject;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.examples.Example;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import kz.onelink.sdk.Fixtures;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import kz.onelink.sdk.model.PaymentMethod;
import kz.onelink.sdk.params.ListAppointmentsParams;
import kz.onelink.sdk.services.AppointmentsService;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Spec, SDK fixtures and sandbox cannot drift: every exchange the sandbox records, every fixture
 * sdk-core tests with, and every example in openapi.yaml must validate against openapi.yaml.
 */
class SpecConformanceTest {
  static final String SPEC = readSpec();
  private static final OpenApiInteractionValidator VALIDATOR =
      OpenApiInteractionValidator.createForInlineApiSpecification(SPEC).build();
  private static final String BASE = "/api/v1/accounts/17/scheduling/appointments";

  @RegisterExtension
  final OneLinkSandboxExtension running = new OneLinkSandboxExtension(SandboxContractTest.CLOCK);

  private OneLinkSandbox sandbox;

  @BeforeEach
  void start(OneLinkSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  void everySandboxExchangeMatchesTheSpec() throws IOException {
    AppointmentsService appointments =
        OneLinkClient.builder()
            .baseUrl(sandbox.baseUrl())
            .apiAccessToken(sandbox.apiAccessToken())
            .maxRetries(0)
            .build()
            .appointments();
    Appointment first =
        appointments.create(
            ACCOUNT_ID,
            booking(tuesdayAt(10, 0), 30)
                .contactId(OneLinkSandbox.CONTACT_ID)
                .prepaidAmount(15000L)
                .prepaidPaymentMethod(PaymentMethod.KASPI_QR));
    appointments.create(
        ACCOUNT_ID, booking(tuesdayAt(15, 0), 30).idempotencyKey(first.getIdempotencyKey()));
    appointments.get(ACCOUNT_ID, first.getId());
    appointments.get(ACCOUNT_ID, OneLinkSandbox.IMPORTED_APPOINTMENT_ID);
    appointments.list(ACCOUNT_ID);
    appointments.list(
        ACCOUNT_ID,
        ListAppointmentsParams.builder()
            .from(tuesdayAt(0, 0))
            .to(tuesdayAt(23, 0))
            .resourceIds(OneLinkSandbox.RESOURCE_ID)
            .build());
    appointments.update(
        ACCOUNT_ID,
        first.getId(),
        new AppointmentUpdateRequest().clientComment(null).durationMin(45));
    appointments.cancel(ACCOUNT_ID, first.getId());
    Runnable[] failures = {
      () -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(8, 0), 30)),
      () ->
          appointments.create(
              ACCOUNT_ID,
              booking(tuesdayAt(10, 0), 30)
                  .status(kz.onelink.sdk.model.AppointmentStatus.of("bogus"))),
      () ->
          appointments.create(
              ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).clientIdentifier("123456789012")),
      () -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).resourceId(999L)),
      () ->
          appointments.update(
              ACCOUNT_ID, OneLinkSandbox.IMPORTED_APPOINTMENT_ID, new AppointmentUpdateRequest()),
      () -> appointments.cancel(ACCOUNT_ID, OneLinkSandbox.IMPORTED_APPOINTMENT_ID),
      () -> appointments.get(ACCOUNT_ID, 424242),
      () -> appointments.list(OneLinkSandbox.FOREIGN_ACCOUNT_ID),
      () -> appointments.list(OneLinkSandbox.DISABLED_ACCOUNT_ID),
      () ->
          OneLinkClient.builder()
              .baseUrl(sandbox.baseUrl())
              .apiAccessToken("wrong")
              .build()
              .appointments()
              .list(ACCOUNT_ID)
    };
    for (Runnable failure : failures) {
      try {
        failure.run();
      } catch (OneLinkServiceException expected) {
        // the response is what is validated
      }
    }
    new OkHttpClient()
        .newCall(new okhttp3.Request.Builder().url(sandbox.baseUrl() + BASE.substring(1)).build())
        .execute()
        .close();
    sandbox.failNext(Fault.RATE_LIMITED);
    try {
      appointments.list(ACCOUNT_ID);
    } catch (OneLinkServiceException expected) {
      // 429 text/plain
    }

    List<String> problems = new ArrayList<>();
    List<Exchange> exchanges = sandbox.exchanges();
    for (Exchange exchange : exchanges) {
      ValidationReport report =
          VALIDATOR.validateResponse(
              exchange.path(),
              Request.Method.valueOf(exchange.method()),
              SimpleResponse.Builder.status(exchange.status())
                  .withContentType(exchange.responseHeaders().get("content-type"))
                  .withBody(exchange.responseBody())
                  .build());
      // Requests the SDK sends on purpose to provoke a 4xx may break the spec; all others must not.
      if (exchange.requestHeaders().containsKey("api_access_token") && exchange.status() < 400) {
        report = report.merge(VALIDATOR.validateRequest(request(exchange)));
      }
      if (report.hasErrors()) {
        problems.add(exchange + ": " + report.getMessages());
      }
    }
    assertThat(exchanges).hasSizeGreaterThanOrEqualTo(20);
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "appointments/get-200.json, GET, /4812, 200",
    "appointments/paid-200.json, GET, /4813, 200",
    "appointments/cancel-200.json, POST, /4812/cancel, 200",
    "appointments/update-200.json, PATCH, /4812, 200",
    "appointments/list-200.json, GET, '', 200",
    "appointments/list-empty-200.json, GET, '', 200",
    "appointments/get-200.json, POST, '', 201",
    "errors/401-invalid-token.json, GET, /1, 401",
    "errors/401-missing-token.json, GET, /1, 401",
    "errors/401-not-member.json, GET, /1, 401",
    "errors/403-feature-disabled.json, GET, /1, 403",
    "errors/404-not-found.json, GET, /1, 404",
    "errors/409-slot-conflict.json, POST, '', 409",
    "errors/409-outside-working-hours.json, POST, '', 409",
    "errors/409-duplicate-external-ref.json, PATCH, /1, 409",
    "errors/422-validation.json, PATCH, /1, 422",
    "errors/422-invalid-iin.json, POST, '', 422",
    "errors/422-read-only.json, POST, /1/cancel, 422",
    "errors/422-param-missing.json, GET, '', 422",
    "errors/500-rails.json, GET, /1, 500"
  })
  void everySdkCoreFixtureMatchesTheSpec(String fixture, String method, String path, int status) {
    ValidationReport report =
        VALIDATOR.validateResponse(
            BASE + path,
            Request.Method.valueOf(method),
            SimpleResponse.Builder.status(status)
                .withContentType("application/json")
                .withBody(Fixtures.read(fixture))
                .build());

    assertThat(report.getMessages()).isEmpty();
  }

  @Test
  void theRateLimitFixtureMatchesTheSpec() {
    ValidationReport report =
        VALIDATOR.validateResponse(
            BASE,
            Request.Method.GET,
            SimpleResponse.Builder.status(429)
                .withContentType("text/plain")
                .withBody(Fixtures.read("errors/429-rate-limited.txt"))
                .build());

    assertThat(report.getMessages()).isEmpty();
  }

  /** The examples Spectral cannot check (see openapi/.spectral.yaml) and all the others. */
  @Test
  void everyExampleInTheSpecMatchesItsSchema() {
    OpenAPI api = new OpenAPIV3Parser().readContents(SPEC).getOpenAPI();
    List<String> problems = new ArrayList<>();
    int checked = 0;

    JsonObject appointment = new JsonObject();
    appointment.add(
        "payload",
        com.google.gson.JsonParser.parseString(
            Json.pretty(api.getComponents().getSchemas().get("Appointment").getExample())));
    problems.addAll(
        response(BASE + "/1", Request.Method.GET, 200, "application/json", appointment.toString()));
    problems.addAll(
        request(
            BASE,
            Request.Method.POST,
            api.getComponents().getSchemas().get("AppointmentCreateRequest").getExample()));
    problems.addAll(
        request(
            BASE + "/1",
            Request.Method.PATCH,
            api.getComponents().getSchemas().get("AppointmentUpdateRequest").getExample()));
    checked += 3;

    String[][] responses = {
      {"Unauthorized", "GET", "/1", "401"},
      {"Forbidden", "GET", "/1", "403"},
      {"NotFound", "GET", "/1", "404"},
      {"Conflict", "POST", "", "409"},
      {"UnprocessableEntity", "POST", "", "422"},
      {"TooManyRequests", "GET", "", "429"},
      {"InternalServerError", "GET", "", "500"}
    };
    for (String[] r : responses) {
      for (Map.Entry<String, MediaType> content :
          api.getComponents().getResponses().get(r[0]).getContent().entrySet()) {
        List<Object> examples = new ArrayList<>();
        if (content.getValue().getExample() != null) {
          examples.add(content.getValue().getExample());
        }
        if (content.getValue().getExamples() != null) {
          for (Example example : content.getValue().getExamples().values()) {
            examples.add(example.getValue());
          }
        }
        for (Object example : examples) {
          String body = example instanceof String ? (String) example : Json.pretty(example);
          problems.addAll(
              response(
                  BASE + r[2],
                  Request.Method.valueOf(r[1]),
                  Integer.parseInt(r[3]),
                  content.getKey(),
                  body));
          checked++;
        }
      }
    }
    assertThat(checked).isGreaterThanOrEqualTo(14);
    assertThat(problems).isEmpty();
  }

  private static List<String> response(
      String path, Request.Method method, int status, String contentType, String body) {
    ValidationReport report =
        VALIDATOR.validateResponse(
            path,
            method,
            SimpleResponse.Builder.status(status)
                .withContentType(contentType)
                .withBody(body)
                .build());
    List<String> problems = new ArrayList<>();
    if (report.hasErrors()) {
      problems.add(method + " " + path + " " + status + ": " + report.getMessages());
    }
    return problems;
  }

  private static List<String> request(String path, Request.Method method, Object example) {
    ValidationReport report =
        VALIDATOR.validateRequest(
            new SimpleRequest.Builder(method, path)
                .withContentType("application/json")
                .withHeader("api_access_token", "t")
                .withBody(Json.pretty(example))
                .build());
    List<String> problems = new ArrayList<>();
    if (report.hasErrors()) {
      problems.add(method + " " + path + " request: " + report.getMessages());
    }
    return problems;
  }

  private static Request request(Exchange exchange) {
    SimpleRequest.Builder builder = new SimpleRequest.Builder(exchange.method(), exchange.path());
    for (Map.Entry<String, List<String>> header : exchange.requestHeaders().entrySet()) {
      builder.withHeader(header.getKey(), header.getValue());
    }
    if (exchange.query() != null) {
      okhttp3.HttpUrl url = okhttp3.HttpUrl.get("http://x/?" + exchange.query());
      for (String name : url.queryParameterNames()) {
        builder.withQueryParam(name, url.queryParameterValues(name));
      }
    }
    if (!exchange.requestBody().isEmpty()) {
      builder.withBody(exchange.requestBody());
    }
    return builder.build();
  }

  private static String readSpec() {
    try (InputStream in =
        SpecConformanceTest.class.getResourceAsStream("/kz/onelink/openapi/openapi.yaml")) {
      if (in == null) {
        throw new IllegalStateException("openapi.yaml is not on the test classpath");
      }
      java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
      byte[] buffer = new byte[8192];
      for (int n; (n = in.read(buffer)) != -1; ) {
        out.write(buffer, 0, n);
      }
      return new String(out.toByteArray(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
