package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.Arrays;
import java.util.Collections;
import java.util.stream.Stream;
import kz.onelink.sdk.errors.BadRequestException;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.PermissionDeniedException;
import kz.onelink.sdk.errors.RateLimitException;
import kz.onelink.sdk.errors.UnauthorizedException;
import kz.onelink.sdk.errors.UnexpectedStatusException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error shape of the server contract, mapped to its exception (retries are off here). */
class ErrorMappingTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  static Stream<Arguments> errors() {
    return Stream.of(
        Arguments.of(
            400,
            "application/json",
            "{\"error\":\"Bad request\"}",
            BadRequestException.class,
            null,
            "Bad request"),
        Arguments.of(
            401,
            "application/json",
            fixture("401-invalid-token.json"),
            UnauthorizedException.class,
            null,
            "Invalid Access Token"),
        Arguments.of(
            401,
            "application/json",
            fixture("401-missing-token.json"),
            UnauthorizedException.class,
            null,
            "You need to sign in or sign up before continuing."),
        Arguments.of(
            401,
            "application/json",
            fixture("401-not-member.json"),
            UnauthorizedException.class,
            null,
            "You are not authorized to access this account"),
        Arguments.of(
            403,
            "application/json",
            fixture("403-feature-disabled.json"),
            PermissionDeniedException.class,
            "FEATURE_DISABLED",
            "Scheduling is not enabled for this account"),
        Arguments.of(
            404,
            "application/json",
            fixture("404-not-found.json"),
            NotFoundException.class,
            null,
            "Resource could not be found"),
        Arguments.of(
            409,
            "application/json",
            fixture("409-slot-conflict.json"),
            ConflictException.class,
            "SLOT_CONFLICT",
            "Slot is already booked"),
        Arguments.of(
            409,
            "application/json",
            fixture("409-outside-working-hours.json"),
            ConflictException.class,
            "OUTSIDE_WORKING_HOURS",
            "Appointment is outside working hours"),
        Arguments.of(
            409,
            "application/json",
            fixture("409-duplicate-external-ref.json"),
            ConflictException.class,
            "DUPLICATE_EXTERNAL_REF",
            "external_ref must be unique within account"),
        Arguments.of(
            422,
            "application/json",
            fixture("422-validation.json"),
            UnprocessableEntityException.class,
            "VALIDATION_ERROR",
            "Duration min must be less than or equal to 720"),
        Arguments.of(
            422,
            "application/json",
            fixture("422-invalid-iin.json"),
            UnprocessableEntityException.class,
            "INVALID_IIN",
            "Invalid IIN"),
        Arguments.of(
            422,
            "application/json",
            fixture("422-read-only.json"),
            UnprocessableEntityException.class,
            "APPOINTMENT_READ_ONLY",
            "Imported Medelement appointments are read-only"),
        Arguments.of(
            422,
            "application/json",
            fixture("422-param-missing.json"),
            UnprocessableEntityException.class,
            null,
            "param is missing or the value is empty: resource_id"),
        Arguments.of(
            429,
            "text/plain",
            fixture("429-rate-limited.txt"),
            RateLimitException.class,
            null,
            "Retry later"),
        Arguments.of(
            500,
            "application/json",
            fixture("500-rails.json"),
            InternalServerException.class,
            null,
            "Internal Server Error"),
        Arguments.of(
            502,
            "text/html",
            "<html><body><h1>502 Bad Gateway</h1></body></html>",
            InternalServerException.class,
            null,
            ""),
        Arguments.of(
            503,
            "application/json",
            fixture("503-medelement.json"),
            InternalServerException.class,
            "MEDELEMENT_AVAILABILITY_UNVERIFIED",
            "Medelement availability could not be verified"),
        Arguments.of(
            418, "application/json", "[1,2]", UnexpectedStatusException.class, null, "[1,2]"),
        Arguments.of(410, "application/json", "", UnexpectedStatusException.class, null, ""));
  }

  @ParameterizedTest(name = "{0} {2}")
  @MethodSource("errors")
  void eachErrorShapeMapsToItsException(
      int status,
      String contentType,
      String body,
      Class<? extends OneLinkServiceException> type,
      String code,
      String serverMessage) {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", contentType)
                .setHeader("X-Request-Id", "req-42")
                .setBody(body));
    OneLinkClient client = mock.clientBuilder().maxRetries(0).build();

    OneLinkServiceException e =
        catchThrowableOfType(
            OneLinkServiceException.class, () -> client.appointments().get(17, 4812));

    assertThat(e).isExactlyInstanceOf(type);
    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(e.errorCode()).isEqualTo(code);
    assertThat(e.serverMessage()).isEqualTo(serverMessage);
    assertThat(e.requestId()).isEqualTo("req-42");
    assertThat(e.requestMethod()).isEqualTo("GET");
    assertThat(e.requestPath()).isEqualTo("/api/v1/accounts/17/scheduling/appointments/4812");
    assertThat(e.body()).isEqualTo(body);
    assertThat(e.headers().get("x-request-id")).containsExactly("req-42");
    assertThat(e.getMessage())
        .startsWith("HTTP " + status)
        .contains("request-id: req-42")
        .contains("request: GET /api/v1/accounts/17/scheduling/appointments/4812");
    if (code != null) {
      assertThat(e.getMessage()).contains("code: " + code);
    }
  }

  @Test
  void validationDetailsAreKeptPerField() {
    mock.server().enqueue(Fixtures.json(422, "errors/422-validation.json"));

    UnprocessableEntityException e =
        catchThrowableOfType(
            UnprocessableEntityException.class,
            () ->
                mock.client()
                    .appointments()
                    .update(
                        17,
                        4812,
                        new kz.onelink.sdk.model.AppointmentUpdateRequest().durationMin(700)));

    assertThat(e.details())
        .containsEntry(
            "duration_min",
            Collections.singletonList("Duration min must be less than or equal to 720"));
    assertThat(e.getMessage())
        .isEqualTo(
            "HTTP 422 Unprocessable Entity: Duration min must be less than or equal to 720;"
                + " code: VALIDATION_ERROR; request: PATCH /api/v1/accounts/17/scheduling/appointments/4812");
  }

  @Test
  void serviceUnavailableDetailsKeepTheirTypes() {
    mock.server().enqueue(Fixtures.json(503, "errors/503-medelement.json"));
    OneLinkClient client = mock.clientBuilder().maxRetries(0).build();

    InternalServerException e =
        catchThrowableOfType(
            InternalServerException.class, () -> client.appointments().get(17, 4812));

    assertThat(e.details())
        .containsEntry("provider_reason", "timeout")
        .containsEntry("provider_checked_at", "2026-04-26T05:00:00.123456Z");
  }

  @Test
  void retryAfterIsExposedOnRateLimit() {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(429)
                .setHeader("Retry-After", "120")
                .setBody("Retry later\n"));
    OneLinkClient client = mock.clientBuilder().maxRetries(0).build();

    RateLimitException e =
        catchThrowableOfType(RateLimitException.class, () -> client.appointments().list(17));

    assertThat(e.retryAfter()).isEqualTo(java.time.Duration.ofSeconds(120));
    assertThat(e.errorCode()).isNull();
  }

  @Test
  void anErrorBodyLargerThan64KiBIsCut() {
    char[] big = new char[200_000];
    Arrays.fill(big, 'x');
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(404)
                .setHeader("Content-Type", "text/plain")
                .setBody(new String(big)));

    NotFoundException e =
        catchThrowableOfType(
            NotFoundException.class, () -> mock.client().appointments().get(17, 1));

    assertThat(e.body()).hasSize(64 * 1024);
    assertThat(e.serverMessage()).hasSize(201).endsWith("…");
  }

  private static String fixture(String name) {
    return Fixtures.read("errors/" + name);
  }
}
