package kz.onelink.sdk;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonParser;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.RateLimitException;
import kz.onelink.sdk.errors.UnexpectedStatusException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import kz.onelink.sdk.model.Appointment;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RetryTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @ParameterizedTest
  @ValueSource(ints = {408, 500, 502, 503, 504})
  void aTransientStatusIsRetried(int status) {
    mock.server().enqueue(new MockResponse().setResponseCode(status));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    Appointment appointment = mock.client().appointments().get(17, 4812);

    assertThat(appointment.getId()).isEqualTo(4812L);
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aPlainTextRateLimitWithoutRetryAfterIsRetriedWithBackoff() {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(429)
                .setHeader("Content-Type", "text/plain")
                .setBody("Retry later\n"));
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(429)
                .setHeader("Content-Type", "text/plain")
                .setBody("Retry later\n"));
    mock.server().enqueue(json(200, "appointments/list-200.json"));

    assertThat(mock.client().appointments().list(17)).hasSize(2);
    assertThat(mock.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void twoRetriesByDefaultThenTheLastErrorIsThrown() {
    for (int i = 0; i < 3; i++) {
      mock.server()
          .enqueue(
              new MockResponse().setResponseCode(503).setBody("{\"error\":\"down " + i + "\"}"));
    }
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    InternalServerException e =
        catchThrowableOfType(
            InternalServerException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e.serverMessage()).isEqualTo("down 2");
    assertThat(mock.server().getRequestCount()).isEqualTo(3);
  }

  @Test
  void maxRetriesCanBeChangedPerClientAndPerCall() {
    for (int i = 0; i < 10; i++) {
      mock.server().enqueue(new MockResponse().setResponseCode(500));
    }
    OneLinkClient client = mock.clientBuilder().maxRetries(4).build();

    assertThatThrownBy(() -> client.appointments().get(17, 1))
        .isInstanceOf(InternalServerException.class);
    assertThat(mock.server().getRequestCount()).isEqualTo(5);

    assertThatThrownBy(
            () -> client.appointments().get(17, 1, RequestOptions.builder().maxRetries(0).build()))
        .isInstanceOf(InternalServerException.class);
    assertThat(mock.server().getRequestCount()).isEqualTo(6);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 401, 403, 404, 409, 422})
  void aClientErrorIsNeverRetried(int status) {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(status)
                .setBody("{\"error\":\"no\",\"code\":\"X\"}"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    OneLinkServiceException e =
        catchThrowableOfType(
            OneLinkServiceException.class,
            () -> mock.client().appointments().create(17, AppointmentsServiceTest.minimalCreate()));

    assertThat(e.statusCode()).isEqualTo(status);
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void conflictAndValidationErrorsAreNeverRetriedEvenOnSafeOperations() {
    mock.server().enqueue(json(409, "errors/409-slot-conflict.json"));
    mock.server().enqueue(json(422, "errors/422-read-only.json"));

    assertThatThrownBy(
            () ->
                mock.client()
                    .appointments()
                    .update(17, 1, new kz.onelink.sdk.model.AppointmentUpdateRequest()))
        .isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> mock.client().appointments().cancel(17, 1))
        .isInstanceOf(UnprocessableEntityException.class);

    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void retryAfterInSecondsIsHonoured() {
    mock.server().enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "1"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    long start = System.nanoTime();
    mock.client().appointments().get(17, 4812);

    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(950));
  }

  @Test
  void retryAfterAsAnHttpDateIsHonoured() {
    String inTwoSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(2));
    mock.server()
        .enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", inTwoSeconds));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    long start = System.nanoTime();
    mock.client().appointments().get(17, 4812);

    // HTTP dates have whole seconds, so the wait is between 1 and 2 seconds.
    assertThat(Duration.ofNanos(System.nanoTime() - start))
        .isGreaterThanOrEqualTo(Duration.ofMillis(900));
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRetryAfterLongerThanTheCapEndsTheCallWithIt() {
    mock.server().enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "3600"));

    RateLimitException e =
        catchThrowableOfType(
            RateLimitException.class, () -> mock.client().appointments().get(17, 1));

    assertThat(e.retryAfter()).isEqualTo(Duration.ofHours(1));
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aConnectionDroppedBeforeTheRequestIsRetried() {
    mock.server().enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    assertThat(mock.client().appointments().get(17, 4812).getId()).isEqualTo(4812L);
  }

  @Test
  void aConnectionDroppedAfterTheRequestIsRetriedForASafeOperation() {
    mock.server()
        .enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    mock.server().enqueue(json(200, "appointments/cancel-200.json"));

    assertThat(mock.client().appointments().cancel(17, 4812).getId()).isEqualTo(4812L);
  }

  @Test
  void aRetriedCreateSendsTheSameIdempotencyKeyEveryTime() throws Exception {
    mock.server()
        .enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    mock.server().enqueue(new MockResponse().setResponseCode(502));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    mock.client().appointments().create(17, AppointmentsServiceTest.minimalCreate());

    Set<String> keys = new HashSet<>();
    int creates = 0;
    for (RecordedRequest request;
        (request = mock.server().takeRequest(0, TimeUnit.SECONDS)) != null; ) {
      if (request.getBodySize() > 0) {
        creates++;
        keys.add(
            JsonParser.parseString(request.getBody().readUtf8())
                .getAsJsonObject()
                .get("idempotency_key")
                .getAsString());
      }
    }
    assertThat(creates).isGreaterThanOrEqualTo(3);
    assertThat(keys).hasSize(1);
  }

  @Test
  void eachCreateCallGetsItsOwnKey() throws Exception {
    mock.server().enqueue(json(201, "appointments/get-200.json"));
    mock.server().enqueue(json(201, "appointments/paid-200.json"));

    mock.client().appointments().create(17, AppointmentsServiceTest.minimalCreate());
    mock.client().appointments().create(17, AppointmentsServiceTest.minimalCreate());

    String first =
        JsonParser.parseString(mock.server().takeRequest().getBody().readUtf8())
            .getAsJsonObject()
            .get("idempotency_key")
            .getAsString();
    String second =
        JsonParser.parseString(mock.server().takeRequest().getBody().readUtf8())
            .getAsJsonObject()
            .get("idempotency_key")
            .getAsString();
    assertThat(first).isNotEqualTo(second);
  }

  @Test
  void anUnexpectedStatusIsNotRetried() {
    mock.server().enqueue(new MockResponse().setResponseCode(501));
    mock.server().enqueue(new MockResponse().setResponseCode(410));

    assertThatThrownBy(() -> mock.client().appointments().get(17, 1))
        .isInstanceOf(InternalServerException.class);
    assertThatThrownBy(() -> mock.client().appointments().get(17, 1))
        .isInstanceOf(UnexpectedStatusException.class);

    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void retriesRunOutIntoAnIoExceptionWhenTheServerKeepsHangingUp() {
    for (int i = 0; i < 3; i++) {
      mock.server().enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    }

    OneLinkIoException e =
        catchThrowableOfType(OneLinkIoException.class, () -> mock.client().appointments().list(17));

    assertThat(e.getMessage())
        .startsWith("Network failure on GET /api/v1/accounts/17/scheduling/appointments: ");
    assertThat(mock.server().getRequestCount()).isGreaterThanOrEqualTo(3);
  }
}
