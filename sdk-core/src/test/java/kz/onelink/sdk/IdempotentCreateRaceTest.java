package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import kz.onelink.sdk.RacyCreateServer.FirstAttempt;
import kz.onelink.sdk.RacyCreateServer.Race;
import kz.onelink.sdk.RacyCreateServer.Script;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.model.Appointment;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A create that succeeded never reports failure: the retry of a create whose first attempt is still
 * committing meets the server's lookup-then-insert race (409 {@code DUPLICATE_IDEMPOTENCY_KEY} or
 * {@code SLOT_CONFLICT} for a booking that exists), and the SDK asks again until the server replays
 * the booking.
 */
class IdempotentCreateRaceTest {
  /** Long enough for the client's short read timeout to fire before a late answer. */
  private static final long LATE_MILLIS = 400;

  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private OneLinkClient client(int maxRetries) {
    return mock.clientBuilder()
        .maxRetries(maxRetries)
        .readTimeout(Duration.ofMillis(150))
        // Two slot-conflict replays must outlast a commit: at least 20 + 40 ms with jitter.
        .retryBackoff(Duration.ofMillis(40), Duration.ofMillis(200))
        .timeout(Duration.ofSeconds(10))
        .build();
  }

  @ParameterizedTest(name = "{0}, then {1}")
  @CsvSource({
    "RESET, DUPLICATE_IDEMPOTENCY_KEY",
    "RESET, SLOT_CONFLICT",
    "LATE, DUPLICATE_IDEMPOTENCY_KEY",
    "LATE, SLOT_CONFLICT"
  })
  void theRepeatOfACreateStillCommittingGetsTheBookingItMade(FirstAttempt first, Race race) {
    RacyCreateServer server =
        new RacyCreateServer(RacyCreateServer.raceOn(first, race), LATE_MILLIS);
    mock.server().setDispatcher(server);

    OneLinkResponse<Appointment> booked =
        RacyCreateServer.raceReady(mock.clientBuilder())
            .build()
            .appointments()
            .createWithResponse(17, AppointmentsServiceTest.minimalCreate(), RequestOptions.none());

    assertThat(server.bookings()).isEqualTo(1);
    assertThat(booked.statusCode()).as("the booking is replayed, not made again").isEqualTo(200);
    assertThat(booked.value().getId()).isEqualTo(5001);
    assertThat(server.requests()).as("first attempt, a 409, then the replay").isGreaterThan(2);
  }

  @Test
  void aFirstAttemptThatAnswersMakesOneBookingWith201() {
    RacyCreateServer server =
        new RacyCreateServer(
            new Script(10, FirstAttempt.ANSWERED, Race.DUPLICATE_IDEMPOTENCY_KEY), LATE_MILLIS);
    mock.server().setDispatcher(server);

    OneLinkResponse<Appointment> booked =
        client(2)
            .appointments()
            .createWithResponse(17, AppointmentsServiceTest.minimalCreate(), RequestOptions.none());

    assertThat(booked.statusCode()).isEqualTo(201);
    assertThat(booked.requestId()).isEqualTo("req-5001-201");
    assertThat(server.requests()).isEqualTo(1);
  }

  @Test
  void aConflictOnTheFirstAttemptIsNeverRetried() {
    mock.server()
        .enqueue(
            Fixtures.json(409, "errors/409-slot-conflict.json")
                .setBody("{\"error\":\"dup\",\"code\":\"DUPLICATE_IDEMPOTENCY_KEY\"}"));

    assertThatThrownBy(
            () -> client(2).appointments().create(17, AppointmentsServiceTest.minimalCreate()))
        .isInstanceOf(ConflictException.class);
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRealSlotConflictReachesTheCallerAfterABoundedNumberOfReplays() {
    mock.server()
        .enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
    for (int i = 0; i < 5; i++) {
      mock.server().enqueue(Fixtures.json(409, "errors/409-slot-conflict.json"));
    }

    assertThatThrownBy(
            () -> client(2).appointments().create(17, AppointmentsServiceTest.minimalCreate()))
        .isInstanceOfSatisfying(
            ConflictException.class, e -> assertThat(e.errorCode()).isEqualTo("SLOT_CONFLICT"));
    // The reset, the retry's 409, then the two replays the SDK allows a slot conflict.
    assertThat(mock.server().getRequestCount()).isEqualTo(4);
  }

  @Test
  void withRetriesOffTheResetIsReportedAndNothingIsRepeated() {
    RacyCreateServer server =
        new RacyCreateServer(
            new Script(10, FirstAttempt.RESET, Race.DUPLICATE_IDEMPOTENCY_KEY), LATE_MILLIS);
    mock.server().setDispatcher(server);

    assertThatThrownBy(
            () -> client(0).appointments().create(17, AppointmentsServiceTest.minimalCreate()))
        .isInstanceOf(kz.onelink.sdk.errors.OneLinkIoException.class);
    assertThat(server.requests()).isEqualTo(1);
  }

  /**
   * A property over random fault timings: whatever the commit time, the way the first attempt ends
   * and what the race answers, N creates make N bookings and N successes, and no false failure.
   */
  @Test
  void nCreatesUnderRandomRacesMakeNBookingsAndNSuccesses() throws Exception {
    long seed = Long.getLong("race.seed", System.nanoTime());
    int creates = Integer.getInteger("race.creates", 48);
    Random random = new Random(seed);
    RacyCreateServer server =
        new RacyCreateServer(
            () ->
                new Script(
                    random.nextInt(50),
                    FirstAttempt.values()[random.nextInt(FirstAttempt.values().length)],
                    Race.values()[random.nextInt(Race.values().length)]),
            LATE_MILLIS);
    mock.server().setDispatcher(server);
    OneLinkClient client = client(2);

    ExecutorService pool = Executors.newFixedThreadPool(8);
    List<Future<Appointment>> results = new ArrayList<>();
    try {
      for (int i = 0; i < creates; i++) {
        results.add(
            pool.submit(
                () -> client.appointments().create(17, AppointmentsServiceTest.minimalCreate())));
      }
      int successes = 0;
      for (Future<Appointment> result : results) {
        assertThat(result.get().getId()).as("seed %d", seed).isPositive();
        successes++;
      }
      assertThat(successes).as("seed %d", seed).isEqualTo(creates);
      assertThat(server.bookings()).as("bookings, seed %d", seed).isEqualTo(creates);
    } finally {
      pool.shutdownNow();
    }
  }
}
