package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * B0's {@code POST /appointments/{id}/cancel}: the upsert with {@code status} and {@code
 * payment_status} set to {@code cancelled} ({@code
 * appointments_controller.rb@13b0940975ef#cancel}), so every write rule applies: the length and the
 * snapshots are recomputed, the service is checked again (R4) and so is the amount (R3); only the
 * slot check is skipped. Cancelling again succeeds with the same result.
 */
final class CancelAppointment implements ActionRule {
  @Override
  public JsonObject perform(Action action) {
    JsonObject params = new JsonObject();
    params.addProperty("status", "cancelled");
    params.addProperty("payment_status", "cancelled");
    return action.update(params);
  }
}
