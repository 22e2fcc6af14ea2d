package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * L1's calendar ({@code calendar_controller.rb@407a22449751}, {@code
 * calendar_view_service.rb@407a22449751}): as B0's, but resources deleted from scheduling are left
 * out, {@code resource_ids} must be positive integers (422 "resource_ids must contain positive
 * integer IDs") naming resources that exist (404, generic body), and the {@code status} filter is
 * applied to the appointments listed (the slots still avoid every booking).
 */
class CalendarViewL1 extends CalendarView {
  @Override
  List<JsonObject> resources(Call call, Map<String, List<String>> sent) {
    List<String> wanted = csv(call.queryValue("resource_ids"));
    for (String id : wanted) {
      if (!id.matches("[0-9]+") || Long.parseLong(id) <= 0) {
        throw ApiError.validation("resource_ids must contain positive integer IDs");
      }
    }
    List<JsonObject> live = new ArrayList<>();
    for (JsonObject resource : call.records().all("resources")) {
      if (!ArchiveResource.archived(resource)) {
        live.add(resource);
      }
    }
    List<JsonObject> found = filtered(call, sent, "resources", live);
    for (String id : wanted) {
      boolean present = false;
      for (JsonObject resource : found) {
        present |= Json.numberOr(resource, "id", 0) == Long.parseLong(id);
      }
      if (!present) {
        throw ApiError.notFound(); // "Resources not found: …", rendered generically
      }
    }
    return found;
  }
}
