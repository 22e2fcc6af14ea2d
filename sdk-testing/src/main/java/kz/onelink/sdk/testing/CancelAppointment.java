package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * {@code POST /appointments/{id}/cancel}: the server's upsert with {@code status} and {@code
 * payment_status} set to {@code cancelled}, so every write rule applies; the slot is freed and
 * cancelling again succeeds with the same result.
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
