package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * L1 and L2 archive a resource instead of deleting it ({@code
 * resources_controller.rb@407a22449751#destroy}, same at {@code @a34a84bfe8bd}): it becomes
 * inactive with {@code custom_attributes.deleted_from_scheduling: true}, keeps its history and
 * leaves the calendar. While it has appointments that are not completed, cancelled or no-show and
 * have not ended, the answer is 422 {@code RESOURCE_HAS_APPOINTMENTS} with their count and the
 * first 10. Deleting an archived resource again succeeds.
 */
final class ArchiveResource implements DeleteRule {
  private static final List<String> FINISHED = Arrays.asList("completed", "cancelled", "no_show");
  private static final int DETAIL_LIMIT = 10;

  @Override
  public boolean delete(Call call, JsonObject stored) {
    if (!archived(stored)) {
      refuseWhileBooked(call, stored);
    }
    JsonObject changes = new JsonObject();
    JsonObject attributes = Json.object(stored, "custom_attributes").deepCopy();
    attributes.addProperty("deleted_from_scheduling", true);
    changes.addProperty("active", false);
    changes.add("custom_attributes", attributes);
    JsonObject archived = stored.deepCopy();
    for (String key : changes.keySet()) {
      archived.add(key, changes.get(key));
    }
    if (!archived.equals(stored)) {
      archived.addProperty("updated_at", call.timestamp());
      call.table().put(archived);
    }
    return true;
  }

  static boolean archived(JsonObject resource) {
    return Json.isTrue(Json.object(resource, "custom_attributes"), "deleted_from_scheduling");
  }

  private static void refuseWhileBooked(Call call, JsonObject resource) {
    List<JsonObject> blocking = new ArrayList<>();
    for (JsonObject appointment : call.records().all("appointments")) {
      Instant end = Times.parse(Json.text(appointment, "ends_at"));
      if (Json.numberOr(appointment, "resource_id", -1) == Json.numberOr(resource, "id", 0)
          && !FINISHED.contains(Json.text(appointment, "status"))
          && end != null
          && !end.isBefore(call.now)) {
        blocking.add(appointment);
      }
    }
    if (blocking.isEmpty()) {
      return;
    }
    blocking.sort(call.spec.orderOf("appointments"));
    JsonArray first = new JsonArray();
    for (JsonObject appointment : blocking.subList(0, Math.min(DETAIL_LIMIT, blocking.size()))) {
      JsonObject item = new JsonObject();
      for (String key : new String[] {"id", "status", "starts_at", "ends_at"}) {
        item.add(key, appointment.get(key));
      }
      first.add(item);
    }
    JsonObject details = new JsonObject();
    details.addProperty("blocking_appointment_count", blocking.size());
    details.add("blocking_appointments", first);
    throw ApiError.scheduling(
        422,
        "RESOURCE_HAS_APPOINTMENTS",
        "Specialist with current or future active appointments cannot be deleted",
        details);
  }
}
