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
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import kz.onelink.sdk.ApiSpec;
import kz.onelink.sdk.Fixtures;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.SpecOperation;
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
import org.junit.jupiter.params.provider.MethodSource;

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

  /**
   * Every fixture sdk-core tests with, found under {@code fixtures/} (not listed here), validates
   * against an operation of the spec: an error fixture {@code errors/<status>-...} against an
   * operation that declares that status, any other {@code <folder>/<name>-<status>.json} against an
   * operation of its tag's folder (the one whose fixture it is, by the naming convention of
   * fixtures/SOURCES.md, else one whose response it fits).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void everyFixtureMatchesTheSpec(String fixture) {
    List<String> problems = fixtureProblems(fixture);

    if (SYNTHETIC.equals(fixture)) {
      // fixtures/SOURCES.md: keys and enum values of later servers, rejected by a strict validator
      // on purpose (the SDK must read it anyway).
      assertThat(problems).as(fixture + " is rejected by the strict spec").isNotEmpty();
    } else {
      assertThat(problems).as(fixture).isEmpty();
    }
  }

  @Test
  void theFixturesAreFoundNotListed() {
    assertThat(fixtures())
        .hasSizeGreaterThan(60)
        .contains(SYNTHETIC, "errors/503-medelement.json", "calendar/get-200.json");
  }

  private static final String SYNTHETIC = "appointments/later-server-200.json";

  /** Every fixture file under {@code fixtures/}, as {@code folder/name}. */
  static List<String> fixtures() {
    try {
      java.net.URL root = SpecConformanceTest.class.getResource("/fixtures");
      if (root == null) {
        throw new IllegalStateException("no fixtures on the test classpath");
      }
      // In sdk-core's tests jar once the reactor packaged it, else in its test classes folder.
      if (root.getProtocol().equals("jar")) {
        try (FileSystem jar = FileSystems.newFileSystem(root.toURI(), Collections.emptyMap())) {
          return filesUnder(jar.getPath("/fixtures"));
        }
      }
      return filesUnder(Paths.get(root.toURI()));
    } catch (IOException | URISyntaxException e) {
      throw new IllegalStateException("cannot list the fixtures", e);
    }
  }

  private static List<String> filesUnder(Path directory) throws IOException {
    List<String> found = new ArrayList<>();
    try (Stream<Path> files = Files.walk(directory)) {
      files
          .filter(Files::isRegularFile)
          .map(file -> directory.relativize(file).toString().replace('\\', '/'))
          .filter(name -> name.contains("/") && !name.endsWith(".md"))
          .sorted()
          .forEach(found::add);
    }
    return found;
  }

  /** Why the fixture fits no operation it could be the body of; empty when it fits one. */
  private static List<String> fixtureProblems(String fixture) {
    String folder = fixture.substring(0, fixture.indexOf('/'));
    String name = fixture.substring(fixture.indexOf('/') + 1);
    Matcher parts =
        Pattern.compile("errors".equals(folder) ? "(\\d{3})-.*" : ".*-(\\d{3})\\..*").matcher(name);
    assertThat(parts.matches()).as(fixture + " names its status").isTrue();
    int status = Integer.parseInt(parts.group(1));
    String contentType = name.endsWith(".json") ? "application/json" : "text/plain";
    List<SpecOperation> candidates = new ArrayList<>();
    for (SpecOperation operation : ApiSpec.get().operations()) {
      boolean ofFolder =
          "errors".equals(folder) || operation.fixtureName(status).startsWith(folder + "/");
      if (ofFolder && operation.statuses().contains(status) && operation.hasContent(status)) {
        candidates.add(
            operation.fixtureName(status).equals(fixture) ? 0 : candidates.size(), operation);
      }
    }
    assertThat(candidates).as(fixture + ": no operation declares a " + status).isNotEmpty();
    List<String> problems = new ArrayList<>();
    for (SpecOperation operation : candidates) {
      ValidationReport report =
          VALIDATOR.validateResponse(
              operation.expectedPath(),
              Request.Method.valueOf(operation.httpMethod()),
              SimpleResponse.Builder.status(status)
                  .withContentType(contentType)
                  .withBody(Fixtures.read(fixture))
                  .build());
      if (!report.hasErrors()) {
        return new ArrayList<>();
      }
      if (problems.isEmpty()) {
        problems.add(operation + " " + status + ": " + report.getMessages());
      }
    }
    return problems;
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
