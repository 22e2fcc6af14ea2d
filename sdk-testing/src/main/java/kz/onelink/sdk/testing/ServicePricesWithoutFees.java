package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;

/**
 * L1 and L2's prices: as on B0, but the fee terms are not taken (the finance features are retired)
 * and a price left out is the service's {@code base_price}.
 */
final class ServicePricesWithoutFees extends ServicePrices {
  @Override
  void assign(Write write, JsonObject sent, JsonObject row) {
    JsonElement price = sent.get("price");
    boolean given = price != null && !price.isJsonNull();
    row.add("price", given ? price.deepCopy() : new JsonPrimitive(write.amount("base_price")));
  }

  @Override
  ModelErrors validate(JsonObject row) {
    ModelErrors errors = new ModelErrors();
    long price = Json.numberOr(row, "price", 0);
    if (Json.isTrue(row, "active") && price <= 0) {
      errors.addMessage("price", "must be greater than 0 when the price is active");
    }
    return errors;
  }
}
