package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * L1 and L2's cancel ({@code CancelService}, {@code cancel_service.rb@171de4329043}, called by
 * {@code appointments_controller.rb@407a22449751} and {@code @a34a84bfe8bd}): an appointment that
 * is already cancelled only gets its {@code payment_status} set to {@code cancelled}, with no other
 * check; any other goes through the upsert with {@code status} and {@code payment_status} {@code
 * cancelled} (the service is checked again, R4). Medelement-linked bookings, which the sandbox does
 * not have, take the provider's path instead.
 */
final class CancelOnce implements ActionRule {
  @Override
  public JsonObject perform(Action action) {
    if ("cancelled".equals(Json.text(action.stored, "status"))) {
      JsonObject normalized = new JsonObject();
      normalized.addProperty("payment_status", "cancelled");
      return action.store(normalized);
    }
    JsonObject params = new JsonObject();
    params.addProperty("status", "cancelled");
    params.addProperty("payment_status", "cancelled");
    return action.update(params);
  }
}
