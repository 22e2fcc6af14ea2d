package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * Each price sent with a service names a resource of the account: without one, 422 "resource_id is
 * required for service prices"; an unknown one, 404 ({@code
 * services_controller.rb@e9defc735aef#normalize_price_payload}).
 */
final class PriceResourcesMustExist implements WriteRule {
  @Override
  public void apply(Write write) {
    for (JsonElement element : Json.array(write.params, "prices")) {
      JsonObject price = element.isJsonObject() ? element.getAsJsonObject() : new JsonObject();
      if (Json.text(price, "resource_id") == null) {
        throw ApiError.validation("resource_id is required for service prices");
      }
      Long id = Json.number(price, "resource_id");
      if (id == null || !write.records().has("resources", id)) {
        throw ApiError.notFound();
      }
    }
  }
}
