package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;

/**
 * B0 deletes a resource for good, and with it ({@code dependent: :destroy_async}, {@code
 * resource.rb@e9defc735aef}) its appointments, work and break rules, service prices, workday
 * overrides and own time-offs; the server does the dependents in the background, the sandbox at
 * once.
 */
final class DeletingAResourceDeletesItsSchedule implements DeleteRule {
  private static final String[] DEPENDENTS = {
    "appointments", "work_rules", "break_rules", "workday_overrides", "time_offs"
  };

  @Override
  public boolean delete(Call call, JsonObject stored) {
    long id = Json.numberOr(stored, "id", 0);
    for (String collection : DEPENDENTS) {
      Table table = call.records().table(collection);
      for (JsonObject row : table.all()) {
        if (Json.numberOr(row, "resource_id", -1) == id) {
          table.remove(Json.numberOr(row, "id", 0));
        }
      }
    }
    Table services = call.records().table("services");
    for (JsonObject service : services.all()) {
      JsonArray kept = new JsonArray();
      for (JsonElement price : Json.array(service, "prices")) {
        if (Json.numberOr(price.getAsJsonObject(), "resource_id", -1) != id) {
          kept.add(price);
        }
      }
      if (kept.size() != Json.array(service, "prices").size()) {
        service.add("prices", kept);
        services.put(service);
      }
    }
    call.table().remove(id);
    return true;
  }
}
