package kz.onelink.sdk.rx;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
import kz.onelink.sdk.MockServerExtension;
import kz.onelink.sdk.model.Appointment;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** No thread hop beyond what the caller asks for. */
class ThreadingTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @Test
  void theCallRunsAndEmitsOnTheSubscribingThread() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    AtomicReference<String> emittedOn = new AtomicReference<>();

    Appointment appointment =
        RxOneLinkClient.create(mock.client())
            .appointments()
            .get(17, 4812)
            .doOnSuccess(a -> emittedOn.set(Thread.currentThread().getName()))
            .blockingGet();

    assertThat(appointment.getId()).isEqualTo(4812);
    assertThat(emittedOn.get()).isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void subscribeOnPicksTheThread() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    AtomicReference<String> emittedOn = new AtomicReference<>();
    Scheduler single =
        Schedulers.from(Executors.newSingleThreadExecutor(r -> new Thread(r, "caller-chosen")));

    Appointment appointment =
        RxOneLinkClient.create(mock.client())
            .appointments()
            .get(17, 4812)
            .subscribeOn(single)
            .doOnSuccess(a -> emittedOn.set(Thread.currentThread().getName()))
            .blockingGet();

    assertThat(appointment.getId()).isEqualTo(4812);
    assertThat(emittedOn.get()).isEqualTo("caller-chosen");
  }

  @Test
  void aClientSchedulerAppliesToEveryCall() {
    mock.server().enqueue(json(200, "appointments/list-200.json"));
    AtomicReference<String> emittedOn = new AtomicReference<>();
    Scheduler scheduler =
        Schedulers.from(Executors.newSingleThreadExecutor(r -> new Thread(r, "client-scheduler")));

    List<Appointment> appointments =
        RxOneLinkClient.create(mock.client(), scheduler)
            .appointments()
            .list(17)
            .doOnSuccess(a -> emittedOn.set(Thread.currentThread().getName()))
            .blockingGet();

    assertThat(appointments).isNotEmpty();
    assertThat(emittedOn.get()).isEqualTo("client-scheduler");
  }
}
