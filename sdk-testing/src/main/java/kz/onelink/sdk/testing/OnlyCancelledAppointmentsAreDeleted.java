package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * L1 and L2 delete an appointment only once it is cancelled: 422 {@code
 * APPOINTMENT_DELETE_REQUIRES_CANCELLED} otherwise ({@code
 * ProviderCancellationPolicy#ensure_deletable!} called by {@code
 * appointments_controller.rb@407a22449751#destroy}; {@code
 * appointments_controller.rb@a34a84bfe8bd#ensure_destroyable_appointment!}).
 */
final class OnlyCancelledAppointmentsAreDeleted implements DeleteRule {
  @Override
  public boolean delete(Call call, JsonObject stored) {
    if (!"cancelled".equals(Json.text(stored, "status"))) {
      throw ApiError.scheduling(
          422,
          "APPOINTMENT_DELETE_REQUIRES_CANCELLED",
          "Only cancelled appointments can be deleted");
    }
    return false;
  }
}
