package kz.onelink.samples;

import java.io.PrintStream;
import java.util.List;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import kz.onelink.sdk.model.CalendarSlot;
import kz.onelink.sdk.services.AppointmentsService;

/**
 * The main sample, a booking as an app makes it: find a service, a resource that offers it and a
 * free slot in the calendar, book it, read it back, move it, cancel it. Then the Rx and the
 * error-handling samples. Runs against the embedded sandbox unless {@code ONELINK_API_TOKEN} is
 * set.
 *
 * <pre>mvn -q -pl samples -am compile exec:java -Dmaven.test.skip</pre>
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
    out.println();
    out.println("A booking, step by step:");

    // 1–2. What can be booked, and who offers it: the account's active services, each with its
    // price per resource.
    Plan plan = Plan.choose(setup);
    out.println("  1. service  -> " + Format.service(plan));
    out.println("  2. resource -> " + Format.resource(plan));

    // 3. When: the calendar's free slots that day, as long as the service. The sandbox and the
    // server compute them from the same rules that accept or refuse a booking.
    List<CalendarSlot> free = plan.freeSlots(setup);
    out.println("  3. calendar -> " + Format.slots(free));
    CalendarSlot first = free.get(0);

    // 4. Book the first free slot. The SDK adds an idempotency key, so retries never double-book.
    AppointmentsService appointments = setup.client.appointments();
    Appointment booked =
        appointments.create(
            setup.accountId,
            new AppointmentCreateRequest()
                .resourceId(plan.resource.getId())
                .serviceId(plan.service.getId())
                .startsAt(first.getStartsAt())
                .endsAt(first.getEndsAt())
                .clientName("Айгерим Сеитова")
                .clientPhone("+77011234567")
                .clientComment("First visit"));
    out.println("  4. book     -> " + Format.appointment(booked));

    // 5. Read it back by id.
    Appointment read = appointments.get(setup.accountId, booked.getId());
    out.println("  5. get      -> " + Format.appointment(read));

    // 6. Move it to the next free slot after it. A reschedule sends starts_at and ends_at
    // together: the server recomputes the length (or, on newer servers, the end) otherwise.
    CalendarSlot later = firstAfter(plan.freeSlots(setup), booked);
    Appointment moved =
        appointments.update(
            setup.accountId,
            booked.getId(),
            new AppointmentUpdateRequest()
                .startsAt(later.getStartsAt())
                .endsAt(later.getEndsAt())
                .clientComment(null));
    out.println("  6. move     -> " + Format.appointment(moved));

    // 7. Cancel it; the slot is free again.
    Appointment cancelled = appointments.cancel(setup.accountId, booked.getId());
    out.println("  7. cancel   -> " + Format.appointment(cancelled));
  }

  /** The first slot that starts once {@code booked} has ended. */
  static CalendarSlot firstAfter(List<CalendarSlot> slots, Appointment booked) {
    for (CalendarSlot slot : slots) {
      if (!slot.getStartsAt().isBefore(booked.getEndsAt())) {
        return slot;
      }
    }
    throw new IllegalStateException("No free slot left that day after " + booked.getEndsAt());
  }
}
