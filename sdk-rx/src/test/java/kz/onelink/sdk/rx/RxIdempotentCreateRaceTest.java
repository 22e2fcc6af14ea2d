package kz.onelink.sdk.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.observers.TestObserver;
import kz.onelink.sdk.MockServerExtension;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.RacyCreateServer;
import kz.onelink.sdk.RacyCreateServer.FirstAttempt;
import kz.onelink.sdk.RacyCreateServer.Race;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The Rx client runs the same path: a create whose first attempt is committing gets its booking.
 */
class RxIdempotentCreateRaceTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @ParameterizedTest(name = "{0}, then {1}")
  @CsvSource({"RESET, DUPLICATE_IDEMPOTENCY_KEY", "LATE, SLOT_CONFLICT"})
  void theRepeatOfACreateStillCommittingGetsTheBookingItMade(FirstAttempt first, Race race)
      throws Exception {
    RacyCreateServer server = new RacyCreateServer(RacyCreateServer.raceOn(first, race), 400);
    mock.server().setDispatcher(server);
    RxOneLinkClient rx =
        RxOneLinkClient.create(RacyCreateServer.raceReady(mock.clientBuilder()).build());

    TestObserver<OneLinkResponse<Appointment>> observer =
        rx.appointments()
            .createWithResponse(
                17,
                new AppointmentCreateRequest()
                    .resourceId(3L)
                    .serviceId(12L)
                    .startsAt(java.time.OffsetDateTime.parse("2026-03-10T05:00:00Z"))
                    .endsAt(java.time.OffsetDateTime.parse("2026-03-10T05:30:00Z")),
                RequestOptions.none())
            .test()
            .await();

    observer.assertComplete();
    OneLinkResponse<Appointment> booked = observer.values().get(0);
    assertThat(booked.statusCode()).isEqualTo(200);
    assertThat(booked.value().getId()).isEqualTo(5001);
    assertThat(server.bookings()).isEqualTo(1);
    assertThat(server.requests()).isGreaterThan(2);
  }
}
