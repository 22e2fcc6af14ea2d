package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * Appointments imported from Medelement ({@code source: medelement}) can be read but not changed:
 * update, cancel (and delete) answer 422 {@code APPOINTMENT_READ_ONLY} before the body is read
 * ({@code ensure_editable_appointment!}, B1).
 */
final class ImportedAppointmentsAreReadOnly implements Guard {
  @Override
  public void check(Operation operation, JsonObject stored) {
    if ("medelement".equals(Json.text(stored, "source"))) {
      throw ApiError.scheduling(
          422, "APPOINTMENT_READ_ONLY", "Imported Medelement appointments are read-only");
    }
  }
}
