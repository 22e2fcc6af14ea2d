package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * B0's {@code sync_prices!} ({@code services_controller.rb@e9defc735aef}, {@code
 * service_price.rb@e9defc735aef}): {@code prices}, when sent, replaces the service's prices; a
 * resource's existing price is updated in place (same id), one not named is deleted, a new one gets
 * an id. Each price takes the values sent as they are, {@code compensation_type} and {@code
 * compensation_value} included (left out, they are null and the price is refused: "Compensation
 * type is not included in the list", "Compensation value is not a number"); an active price needs
 * an amount above 0. Left out, the prices stay. A service the model refuses is refused before its
 * prices are looked at.
 */
class ServicePrices implements WriteRule {
  private static final List<String> COMPENSATION_TYPES = Arrays.asList("percent", "fixed");

  @Override
  public void apply(Write write) {
    JsonArray stored = write.stored == null ? new JsonArray() : Json.array(write.stored, "prices");
    if (!write.sent("prices")) {
      write.set("prices", stored.deepCopy());
      return;
    }
    if (!write.errors.isEmpty()) {
      return;
    }
    JsonArray prices = new JsonArray();
    for (JsonElement element : Json.array(write.params, "prices")) {
      JsonObject sent = element.getAsJsonObject();
      long resourceId = Json.numberOr(sent, "resource_id", 0);
      JsonObject row = find(prices, resourceId);
      if (row == null) {
        JsonObject existing = find(stored, resourceId);
        row = existing == null ? newPrice(write, resourceId) : existing.deepCopy();
        prices.add(row);
      }
      JsonObject before = row.deepCopy();
      assign(write, sent, row);
      row.add("active", sent.has("active") ? sent.get("active") : new JsonPrimitive(true));
      if (!row.equals(before)) {
        row.addProperty("updated_at", write.call.timestamp());
      }
      ModelErrors invalid = validate(row);
      if (!invalid.isEmpty()) {
        write.errors.addAll(invalid);
        return; // price.save! raises on the first invalid price
      }
    }
    write.set("prices", prices);
  }

  /** What the line takes from a price sent. */
  void assign(Write write, JsonObject sent, JsonObject row) {
    row.add("price", value(sent, "price"));
    row.add("compensation_type", value(sent, "compensation_type"));
    row.add("compensation_value", value(sent, "compensation_value"));
  }

  /** The price model's validations. */
  ModelErrors validate(JsonObject row) {
    ModelErrors errors = new ModelErrors();
    Long price = Json.number(row, "price");
    if (price == null) {
      errors.addMessage("price", "is not a number");
    }
    if (!COMPENSATION_TYPES.contains(Json.text(row, "compensation_type"))) {
      errors.addMessage("compensation_type", "is not included in the list");
    }
    Long value = Json.number(row, "compensation_value");
    if (value == null) {
      errors.addMessage("compensation_value", "is not a number");
    } else if ("percent".equals(Json.text(row, "compensation_type"))
        && (value < 0 || value > 100)) {
      errors.addMessage("compensation_value", "must be between 0 and 100 for percent compensation");
    }
    if (Json.isTrue(row, "active") && (price == null || price <= 0)) {
      errors.addMessage("price", "must be greater than 0 when the price is active");
    }
    return errors;
  }

  static JsonElement value(JsonObject sent, String key) {
    JsonElement value = sent.get(key);
    return value == null ? JsonNull.INSTANCE : value.deepCopy();
  }

  private static @Nullable JsonObject find(JsonArray prices, long resourceId) {
    for (JsonElement price : prices) {
      if (Json.numberOr(price.getAsJsonObject(), "resource_id", -1) == resourceId) {
        return price.getAsJsonObject();
      }
    }
    return null;
  }

  private static JsonObject newPrice(Write write, long resourceId) {
    JsonObject row = new JsonObject();
    row.addProperty("id", write.records().table("service_prices").takeId());
    row.addProperty("account_id", write.call.account.id);
    row.addProperty("service_id", write.id());
    row.addProperty("resource_id", resourceId);
    row.addProperty("created_at", write.call.timestamp());
    row.addProperty("updated_at", write.call.timestamp());
    return row;
  }
}
