package kz.onelink.samples;

import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.PrintStream;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.rx.RxOneLinkClient;

/**
 * The same API with RxJava 3: book, then cancel, as one chain on the IO scheduler. On Android, add
 * {@code .observeOn(AndroidSchedulers.mainThread())} before subscribing.
 */
public final class RxWalkthrough {
  private RxWalkthrough() {}

  public static void main(String... args) {
    try (SampleSetup setup = SampleSetup.fromEnvironment(System.out)) {
      run(setup, System.out);
    }
  }

  static void run(SampleSetup setup, PrintStream out) {
    // Shares the sync client's connections, token, timeouts and retries; calls run on
    // Schedulers.io().
    RxOneLinkClient rx = RxOneLinkClient.create(setup.client, Schedulers.io());
    out.println();
    out.println("The same with RxJava:");

    Single<Appointment> bookThenCancel =
        rx.appointments()
            .create(
                setup.accountId,
                new AppointmentCreateRequest()
                    .resourceId(setup.resourceId)
                    .serviceId(setup.serviceId)
                    .startsAt(setup.slot.plusHours(2))
                    .endsAt(setup.slot.plusHours(2).plusMinutes(30))
                    .clientName("Нурлан Абенов"))
            .doOnSuccess(booked -> out.println("  create  -> " + Format.appointment(booked)))
            .flatMap(booked -> rx.appointments().cancel(setup.accountId, booked.getId()));

    // blockingGet() ends the sample; an app would subscribe(onSuccess, onError) and keep the
    // Disposable.
    Appointment cancelled = bookThenCancel.blockingGet();
    out.println("  cancel  -> " + Format.appointment(cancelled));
  }
}
