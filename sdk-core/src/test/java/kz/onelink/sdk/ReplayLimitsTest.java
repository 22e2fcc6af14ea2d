package kz.onelink.sdk;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.OneLinkTimeoutException;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * How often a call asks again, counted in requests: a repeated create after each kind of 409
 * (without a deadline, where a count is the only bound), a safe operation's 409, a client without a
 * deadline, and a deadline that is over before the first attempt. {@code IdempotentCreateRaceTest}
 * shows why a repeated create asks again at all.
 */
class ReplayLimitsTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  /** No deadline, no waiting between attempts, one retry after a network failure. */
  private OneLinkClient client() {
    return mock.clientBuilder()
        .timeout(Duration.ZERO)
        .retryBackoff(Duration.ZERO, Duration.ZERO)
        .maxRetries(1)
        .build();
  }

  private static MockResponse conflict(String code) {
    return new MockResponse()
        .setResponseCode(409)
        .setHeader("Content-Type", "application/json")
        .setBody("{\"error\": \"Conflict\", \"code\": \"" + code + "\"}");
  }

  /** The first attempt reaches the server and its answer is lost; then {@code answers}. */
  private ConflictException createAfterALostAnswer(MockResponse answer, int times) {
    mock.server()
        .enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    for (int i = 0; i < times; i++) {
      mock.server().enqueue(answer);
    }
    return catchThrowableOfType(
        ConflictException.class,
        () -> client().appointments().create(17, AppointmentsServiceTest.minimalCreate()));
  }

  @Test
  void withoutADeadlineARepeatedCreateWaitsForItsReplayEightTimesAtMost() {
    ConflictException e = createAfterALostAnswer(conflict("DUPLICATE_IDEMPOTENCY_KEY"), 12);

    assertThat(e.errorCode()).isEqualTo("DUPLICATE_IDEMPOTENCY_KEY");
    assertThat(mock.server().getRequestCount()).isEqualTo(1 + 1 + 8);
  }

  @Test
  void aSlotConflictOnARepeatedCreateIsAskedAgainTwice() {
    ConflictException e = createAfterALostAnswer(conflict("SLOT_CONFLICT"), 6);

    assertThat(e.errorCode()).isEqualTo("SLOT_CONFLICT");
    assertThat(mock.server().getRequestCount()).isEqualTo(1 + 1 + 2);
  }

  @Test
  void anyOtherConflictOnARepeatedCreateIsTheAnswer() {
    ConflictException e = createAfterALostAnswer(conflict("DUPLICATE_EXTERNAL_REF"), 4);

    assertThat(e.errorCode()).isEqualTo("DUPLICATE_EXTERNAL_REF");
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRepeatedCreateThatSucceedsAfterReplaysReturnsTheBooking() {
    mock.server()
        .enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    mock.server().enqueue(conflict("DUPLICATE_IDEMPOTENCY_KEY"));
    mock.server().enqueue(conflict("SLOT_CONFLICT"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    assertThat(client().appointments().create(17, AppointmentsServiceTest.minimalCreate()).getId())
        .isEqualTo(4812L);
    assertThat(mock.server().getRequestCount()).isEqualTo(4);
  }

  /** Only a repeated create can meet its own first attempt: a read's 409 is the answer. */
  @Test
  void aConflictOnARepeatedReadIsTheAnswer() {
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(conflict("SLOT_CONFLICT"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    ConflictException e =
        catchThrowableOfType(ConflictException.class, () -> client().appointments().get(17, 4812));

    assertThat(e.errorCode()).isEqualTo("SLOT_CONFLICT");
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aClientWithoutADeadlineStillRetries() {
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    assertThat(client().appointments().get(17, 4812).getId()).isEqualTo(4812L);
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aRetryStopsAtMaxRetries() {
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    InternalServerException e =
        catchThrowableOfType(
            InternalServerException.class, () -> client().appointments().get(17, 4812));

    assertThat(e).isNotNull();
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aDeadlineOverBeforeTheFirstAttemptSendsNothing() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    OneLinkTimeoutException e =
        catchThrowableOfType(
            OneLinkTimeoutException.class,
            () ->
                client()
                    .appointments()
                    .get(17, 4812, RequestOptions.builder().timeout(Duration.ofNanos(1)).build()));

    assertThat(e).hasMessageStartingWith("Timed out on GET /api/v1/accounts/17/");
    assertThat(mock.server().getRequestCount()).isZero();
  }
}
