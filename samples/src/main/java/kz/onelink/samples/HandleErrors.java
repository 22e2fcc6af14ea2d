package kz.onelink.samples;

import java.io.PrintStream;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
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
    out.println();
    out.println("Handling errors:");

    Appointment taken = appointments.create(setup.accountId, booking(setup, 4));
    try {
      appointments.create(setup.accountId, booking(setup, 4));
    } catch (ConflictException e) {
      // 409: the slot is taken (SLOT_CONFLICT) or outside working hours (OUTSIDE_WORKING_HOURS),
      // ...
      out.println("  double booking -> " + describe(e));
    } finally {
      appointments.cancel(setup.accountId, taken.getId());
    }

    try {
      appointments.create(setup.accountId, booking(setup, 5).clientIdentifier("123456789012"));
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

  private static AppointmentCreateRequest booking(SampleSetup setup, int hoursLater) {
    return new AppointmentCreateRequest()
        .resourceId(setup.resourceId)
        .serviceId(setup.serviceId)
        .startsAt(setup.slot.plusHours(hoursLater))
        .endsAt(setup.slot.plusHours(hoursLater).plusMinutes(30))
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
