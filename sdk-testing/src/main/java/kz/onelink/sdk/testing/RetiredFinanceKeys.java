package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The finance keys of every response, as the lines that retired the finance features send them: L1
 * replaces their values with neutral stubs during its compatibility window, which is open for good
 * when the server's start variable is unset ({@code finance_api_compatibility.rb@407a22449751}:
 * {@code null}, {@code 0}, {@code []}), and leaves {@code payment_status} out; L2 leaves them all
 * out ({@code payload_builder.rb@a34a84bfe8bd}, asserted by {@code
 * retired_finance_contract_spec.rb@a34a84bfe8bd}). They are matched by name wherever they occur: on
 * appointments, resources, service prices and the calendar.
 */
final class RetiredFinanceKeys implements ResponseRule {
  private static final Map<String, JsonElement> STUBS = new LinkedHashMap<>();

  static {
    STUBS.put("compensation_type_snapshot", JsonNull.INSTANCE);
    STUBS.put("compensation_value_snapshot", new JsonPrimitive(0));
    STUBS.put("compensation_percent_snapshot", new JsonPrimitive(0));
    STUBS.put("prepaid_amount", new JsonPrimitive(0));
    STUBS.put("prepaid_payment_method", JsonNull.INSTANCE);
    STUBS.put("settlement_amount", new JsonPrimitive(0));
    STUBS.put("settlement_payment_method", JsonNull.INSTANCE);
    STUBS.put("payments", new JsonArray());
    STUBS.put("expense", JsonNull.INSTANCE);
    STUBS.put("expenses", new JsonArray());
    STUBS.put("compensation_type", JsonNull.INSTANCE);
    STUBS.put("compensation_value", new JsonPrimitive(0));
    STUBS.put("compensation_percent", new JsonPrimitive(0));
  }

  private final boolean stubbed;

  private RetiredFinanceKeys(boolean stubbed) {
    this.stubbed = stubbed;
  }

  /** L1: stub values, {@code payment_status} left out. */
  static RetiredFinanceKeys stubbed() {
    return new RetiredFinanceKeys(true);
  }

  /** L2: every finance key left out. */
  static RetiredFinanceKeys leftOut() {
    return new RetiredFinanceKeys(false);
  }

  @Override
  public void apply(JsonObject envelope) {
    walk(envelope);
  }

  private void walk(JsonElement element) {
    if (element.isJsonArray()) {
      for (JsonElement item : element.getAsJsonArray()) {
        walk(item);
      }
      return;
    }
    if (!element.isJsonObject()) {
      return;
    }
    JsonObject object = element.getAsJsonObject();
    object.remove("payment_status");
    for (Map.Entry<String, JsonElement> stub : STUBS.entrySet()) {
      if (object.has(stub.getKey())) {
        if (stubbed) {
          object.add(stub.getKey(), stub.getValue().deepCopy());
        } else {
          object.remove(stub.getKey());
        }
      }
    }
    for (Map.Entry<String, JsonElement> entry : object.entrySet()) {
      if (!"custom_attributes".equals(entry.getKey()) && !STUBS.containsKey(entry.getKey())) {
        walk(entry.getValue()); // the account's own fields are left alone
      }
    }
  }
}
