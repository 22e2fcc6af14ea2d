package kz.onelink.samples;

import java.io.PrintStream;
import java.util.List;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import kz.onelink.sdk.params.ListAppointmentsParams;
import kz.onelink.sdk.services.AppointmentsService;

/**
 * The main sample: books an appointment, reads it, lists the day, moves it and cancels it, then
 * runs the Rx and the error-handling samples. Runs against the embedded sandbox unless {@code
 * ONELINK_API_TOKEN} is set.
 *
 * <pre>mvn -q -pl samples -am compile exec:java</pre>
 */
public final class Walkthrough {
  private Walkthrough() {}

  public static void main(String... args) {
    try (SampleSetup setup = SampleSetup.fromEnvironment(System.out)) {
      run(setup, System.out);
      RxWalkthrough.run(setup, System.out);
      HandleErrors.run(setup, System.out);
    }
  }

  static void run(SampleSetup setup, PrintStream out) {
    AppointmentsService appointments = setup.client.appointments();
    out.println();
    out.println("Appointments, step by step:");

    // 1. Book a 30-minute consultation. The SDK adds an idempotency key, so retries never
    // double-book.
    Appointment booked =
        appointments.create(
            setup.accountId,
            new AppointmentCreateRequest()
                .resourceId(setup.resourceId)
                .serviceId(setup.serviceId)
                .startsAt(setup.slot)
                .endsAt(setup.slot.plusMinutes(30))
                .clientName("Айгерим Сеитова")
                .clientPhone("+77011234567")
                .clientComment("First visit"));
    out.println("  1. create  -> " + Format.appointment(booked));

    // 2. Read it back by id.
    Appointment read = appointments.get(setup.accountId, booked.getId());
    out.println("  2. get     -> " + Format.appointment(read));

    // 3. List the resource's appointments on that day.
    List<Appointment> day =
        appointments.list(
            setup.accountId,
            ListAppointmentsParams.builder()
                .from(setup.slot.minusHours(5))
                .to(setup.slot.plusHours(14))
                .resourceIds(setup.resourceId)
                .build());
    out.println("  3. list    -> " + day.size() + " appointment(s) that day");
    for (Appointment appointment : day) {
      out.println("               " + Format.appointment(appointment));
    }

    // 4. Move it an hour later and clear the comment: keys left out keep their value, null clears.
    Appointment moved =
        appointments.update(
            setup.accountId,
            booked.getId(),
            new AppointmentUpdateRequest()
                .startsAt(setup.slot.plusHours(1))
                .endsAt(setup.slot.plusHours(1).plusMinutes(30))
                .clientComment(null));
    out.println(
        "  4. update  -> "
            + Format.appointment(moved)
            + ", comment "
            + (moved.getClientComment() == null ? "cleared" : "kept"));

    // 5. Cancel it; the slot is free again.
    Appointment cancelled = appointments.cancel(setup.accountId, booked.getId());
    out.println("  5. cancel  -> " + Format.appointment(cancelled));
  }
}
