package kz.onelink.samples;

import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.PrintStream;
import java.time.OffsetDateTime;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.CalendarSlot;
import kz.onelink.sdk.model.CalendarView;
import kz.onelink.sdk.params.GetCalendarParams;
import kz.onelink.sdk.rx.RxOneLinkClient;

/**
 * The same booking with RxJava 3: ask the calendar, book its last free slot, then cancel, as one
 * chain on the IO scheduler. On Android, add {@code .observeOn(AndroidSchedulers.mainThread())}
 * before subscribing.
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
    Plan plan = Plan.choose(setup);
    OffsetDateTime from = setup.day.atStartOfDay().atOffset(SampleSetup.ALMATY);
    out.println();
    out.println("The same with RxJava:");

    Single<Appointment> bookThenCancel =
        rx.calendar()
            .get(
                setup.accountId,
                from,
                from.plusDays(1),
                GetCalendarParams.builder()
                    .view(CalendarView.DAY)
                    .resourceIds(plan.resource.getId())
                    .includeSlots(true)
                    .durationMin(plan.service.getDurationMin())
                    .build())
            .map(day -> day.getSlots().get(day.getSlots().size() - 1))
            .flatMap(
                (CalendarSlot slot) ->
                    rx.appointments()
                        .create(
                            setup.accountId,
                            new AppointmentCreateRequest()
                                .resourceId(plan.resource.getId())
                                .serviceId(plan.service.getId())
                                .startsAt(slot.getStartsAt())
                                .endsAt(slot.getEndsAt())
                                .clientName("Нурлан Абенов")))
            .doOnSuccess(booked -> out.println("  book    -> " + Format.appointment(booked)))
            .flatMap(booked -> rx.appointments().cancel(setup.accountId, booked.getId()));

    // blockingGet() ends the sample; an app would subscribe(onSuccess, onError) and keep the
    // Disposable.
    Appointment cancelled = bookThenCancel.blockingGet();
    out.println("  cancel  -> " + Format.appointment(cancelled));
  }
}
