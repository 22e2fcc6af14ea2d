package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * What a new appointment holds before the request fills it: the columns' defaults ({@code
 * create_scheduling_core} migration) and the caller as {@code created_by_id}. Values the request
 * sent, null included, win.
 */
final class AppointmentDefaults implements WriteRule {
  @Override
  public void apply(Write write) {
    if (!write.creating()) {
      return;
    }
    fill(write, "created_by_id", new JsonPrimitive(write.call.userId));
    fill(write, "status", new JsonPrimitive("scheduled"));
    fill(write, "appointment_type", new JsonPrimitive("primary"));
    fill(write, "source", new JsonPrimitive("manual"));
    fill(write, "payment_status", new JsonPrimitive("awaiting_payment"));
    fill(write, "service_amount", new JsonPrimitive(0));
    fill(write, "prepaid_amount", new JsonPrimitive(0));
    fill(write, "settlement_amount", new JsonPrimitive(0));
    fill(write, "compensation_value_snapshot", new JsonPrimitive(0));
    fill(write, "custom_attributes", new JsonObject());
    fill(write, "payments", new JsonArray());
    fill(write, "expense", JsonNull.INSTANCE);
  }

  private static void fill(Write write, String key, com.google.gson.JsonElement value) {
    if (!write.draft.has(key)) {
      write.set(key, value);
    }
  }
}
