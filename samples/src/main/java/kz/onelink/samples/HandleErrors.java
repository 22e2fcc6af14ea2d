package kz.onelink.samples;

import java.io.PrintStream;
import java.util.List;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.CalendarSlot;
import kz.onelink.sdk.services.AppointmentsService;

/**
 * What failures look like: each is an unchecked {@link OneLinkException} subclass; branch on the
 * class and on {@link OneLinkServiceException#errorCode()}, never on the message text.
 */
public final class HandleErrors {
  private HandleErrors() {}

  public static void main(String... args) {
    try (SampleSetup setup = SampleSetup.fromEnvironment(System.out)) {
      run(setup, System.out);
    }
  }

  static void run(SampleSetup setup, PrintStream out) {
    AppointmentsService appointments = setup.client.appointments();
    Plan plan = Plan.choose(setup);
    List<CalendarSlot> free = plan.freeSlots(setup);
    out.println();
    out.println("Handling errors:");

    Appointment taken = appointments.create(setup.accountId, booking(plan, free.get(1)));
    try {
      appointments.create(setup.accountId, booking(plan, free.get(1)));
    } catch (ConflictException e) {
      // 409: the slot is taken (SLOT_CONFLICT) or outside working hours (OUTSIDE_WORKING_HOURS),
      // ...
      out.println("  double booking -> " + describe(e));
    } finally {
      appointments.cancel(setup.accountId, taken.getId());
    }

    try {
      appointments.create(
          setup.accountId, booking(plan, free.get(2)).clientIdentifier("123456789012"));
    } catch (UnprocessableEntityException e) {
      // 422: INVALID_IIN, VALIDATION_ERROR (with per-field details), APPOINTMENT_READ_ONLY, ...
      out.println("  bad IIN        -> " + describe(e));
    }

    try {
      appointments.get(setup.accountId, 999_999_999L);
    } catch (NotFoundException e) {
      // 404: the server sends no code here, so the class is what to check.
      out.println("  unknown id     -> " + describe(e));
    }

    try {
      appointments.get(0, 1);
    } catch (IllegalArgumentException e) {
      // A bad argument is a bug in the caller: reported at once, nothing is sent.
      out.println("  bad argument   -> IllegalArgumentException: " + e.getMessage());
    }

    try {
      appointments.list(setup.accountId);
    } catch (OneLinkIoException e) {
      // Network down or timed out, after the retries that were safe.
      out.println("  network        -> " + e.getMessage());
    } catch (OneLinkServiceException e) {
      out.println("  server         -> " + describe(e));
    }
  }

  private static AppointmentCreateRequest booking(Plan plan, CalendarSlot slot) {
    return new AppointmentCreateRequest()
        .resourceId(plan.resource.getId())
        .serviceId(plan.service.getId())
        .startsAt(slot.getStartsAt())
        .endsAt(slot.getEndsAt())
        .clientName("Айгерим Сеитова");
  }

  private static String describe(OneLinkServiceException e) {
    return e.getClass().getSimpleName()
        + " "
        + (e.errorCode() == null ? "(no code)" : e.errorCode())
        + ": "
        + e.getMessage();
  }
}
