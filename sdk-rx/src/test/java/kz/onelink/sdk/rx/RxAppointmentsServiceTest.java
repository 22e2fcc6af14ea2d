package kz.onelink.sdk.rx;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reactivex.rxjava3.observers.TestObserver;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.MockServerExtension;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkDecodingException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.AppointmentStatus;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import kz.onelink.sdk.params.ListAppointmentsParams;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class RxAppointmentsServiceTest {
  private static final String BASE = "/api/v1/accounts/17/scheduling/appointments";

  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private RxOneLinkClient rx() {
    return RxOneLinkClient.create(mock.client());
  }

  @Test
  void getEmitsTheAppointment() throws Exception {
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    TestObserver<Appointment> observer = rx().appointments().get(17, 4812).test().await();

    observer
        .assertComplete()
        .assertValue(a -> a.getId() == 4812L && a.getStatus() == AppointmentStatus.CONFIRMED);
    RecordedRequest request = mock.server().takeRequest();
    assertThat(request.getPath()).isEqualTo(BASE + "/4812");
    assertThat(request.getHeader("api_access_token")).isEqualTo(MockServerExtension.TOKEN);
  }

  @Test
  void listEmitsThePayloadAndSendsFilters() throws Exception {
    mock.server().enqueue(json(200, "appointments/list-200.json"));

    List<Appointment> list =
        rx().appointments()
            .list(17, ListAppointmentsParams.builder().status(AppointmentStatus.CONFIRMED).build())
            .blockingGet();

    assertThat(list).hasSize(2);
    assertThat(mock.server().takeRequest().getRequestUrl().queryParameter("status"))
        .isEqualTo("confirmed");
  }

  @Test
  void createUpdateAndCancelMirrorTheSyncClient() throws Exception {
    mock.server().enqueue(json(201, "appointments/get-200.json"));
    mock.server().enqueue(json(200, "appointments/update-200.json"));
    mock.server().enqueue(json(200, "appointments/cancel-200.json"));

    rx().appointments()
        .create(
            17,
            new AppointmentCreateRequest()
                .resourceId(3L)
                .startsAt(OffsetDateTime.parse("2026-03-09T05:00:00Z"))
                .endsAt(OffsetDateTime.parse("2026-03-09T05:30:00Z")))
        .test()
        .await()
        .assertValueCount(1);
    rx().appointments()
        .update(17, 4812, new AppointmentUpdateRequest().clientComment(null))
        .test()
        .await()
        .assertValue(a -> a.getClientComment() == null);
    rx().appointments()
        .cancel(17, 4812)
        .test()
        .await()
        .assertValue(a -> a.getStatus() == AppointmentStatus.CANCELLED);

    assertThat(mock.server().takeRequest().getMethod()).isEqualTo("POST");
    RecordedRequest update = mock.server().takeRequest();
    assertThat(update.getMethod()).isEqualTo("PATCH");
    assertThat(update.getBody().readUtf8()).isEqualTo("{\"client_comment\":null}");
    assertThat(mock.server().takeRequest().getPath()).isEqualTo(BASE + "/4812/cancel");
  }

  @Test
  void errorsAreTheSdkCoreExceptions() throws Exception {
    mock.server().enqueue(json(404, "errors/404-not-found.json"));
    mock.server().enqueue(json(409, "errors/409-slot-conflict.json"));
    mock.server().enqueue(new MockResponse().setBody("{\"payload\": 5}"));

    rx().appointments().get(17, 1).test().await().assertError(NotFoundException.class);
    rx().appointments()
        .update(17, 1, new AppointmentUpdateRequest())
        .test()
        .await()
        .assertError(
            e ->
                e instanceof ConflictException
                    && "SLOT_CONFLICT".equals(((ConflictException) e).errorCode()));
    rx().appointments().get(17, 1).test().await().assertError(OneLinkDecodingException.class);
  }

  @Test
  void nothingIsSentUntilSubscriptionAndEachSubscriptionSendsAgain() throws Exception {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    io.reactivex.rxjava3.core.Single<Appointment> single = rx().appointments().get(17, 4812);
    Thread.sleep(50);
    assertThat(mock.server().getRequestCount()).isZero();

    single.test().await().assertComplete();
    single.test().await().assertComplete();
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aResubscribedCreateKeepsItsIdempotencyKey() throws Exception {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(422)
                .setBody("{\"error\":\"x\",\"code\":\"VALIDATION_ERROR\"}"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    rx().appointments()
        .create(
            17,
            new AppointmentCreateRequest()
                .resourceId(3L)
                .startsAt(OffsetDateTime.parse("2026-03-09T05:00:00Z"))
                .endsAt(OffsetDateTime.parse("2026-03-09T05:30:00Z")))
        .retry(1)
        .test()
        .await()
        .assertComplete();

    String first = mock.server().takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
    String second = mock.server().takeRequest(1, TimeUnit.SECONDS).getBody().readUtf8();
    assertThat(first).contains("\"idempotency_key\":").isEqualTo(second);
  }

  @Test
  void invalidArgumentsThrowAtOnce() {
    assertThatThrownBy(() -> rx().appointments().get(0, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountId must be at least 1 but was 0");
    assertThatThrownBy(() -> rx().appointments().create(17, new AppointmentCreateRequest()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AppointmentCreateRequest.resource_id is required, but was not set");
    assertThatThrownBy(() -> RxOneLinkClient.create(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(mock.server().getRequestCount()).isZero();
  }
}
