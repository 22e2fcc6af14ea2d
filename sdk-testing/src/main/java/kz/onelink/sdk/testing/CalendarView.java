package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * B0's {@code GET /calendar} ({@code calendar_controller.rb@e9defc735aef}, {@code
 * calendar_view_service.rb@e9defc735aef}, {@code payload_builder.rb@e9defc735aef#calendar}). It
 * refuses, in the server's order, a {@code view} outside day, week, month, list, then a missing or
 * unreadable {@code from} and {@code to} (422). It lists the resources (those of {@code
 * resource_ids} if sent; unknown or malformed ids match nothing), all their rules, every holiday,
 * their workday overrides from the day before {@code from} to the day after {@code to} (UTC dates),
 * their time-offs and the account-wide ones overlapping the range, their appointments overlapping
 * it (cancelled ones too), and the payments and fees of those appointments. With {@code
 * include_slots}, the free slots of each resource come from {@link Availability}, the same that
 * accepts or refuses a booking: every 5 minutes, {@code duration_min} long (the resource's slot
 * length when left out). Each list is filtered by the query parameters whose {@code
 * x-onelink-filter} names it and ordered as its own list operation is.
 */
class CalendarView implements ViewRule {
  static final String COLLECTION = "calendar";
  private static final List<String> VIEWS = Arrays.asList("day", "week", "month", "list");

  @Override
  public JsonObject render(Call call) {
    String view = call.queryValue("view");
    if (view == null) {
      view = "week";
    } else if (!VIEWS.contains(view)) {
      throw ApiError.validation("view must be one of: " + String.join(", ", VIEWS));
    }
    Instant from = time(call, "from");
    Instant to = time(call, "to");
    checkRange(from, to);
    Map<String, List<String>> sent = ListHandler.sent(call, COLLECTION);
    List<JsonObject> resources = resources(call, sent);
    Set<Long> ids = new HashSet<>();
    for (JsonObject resource : resources) {
      ids.add(Json.numberOr(resource, "id", 0));
    }
    List<JsonObject> appointments = ofResources(call, sent, "appointments", ids, false);
    JsonObject payload = new JsonObject();
    payload.addProperty("view", view);
    JsonObject range = new JsonObject();
    range.addProperty("from", Times.format(from));
    range.addProperty("to", Times.format(to));
    payload.add("range", range);
    payload.add("resources", array(resources));
    payload.add("work_rules", array(ofResources(call, sent, "work_rules", ids, false)));
    payload.add("break_rules", array(ofResources(call, sent, "break_rules", ids, false)));
    payload.add(
        "holidays", array(filtered(call, sent, "holidays", call.records().all("holidays"))));
    payload.add("workday_overrides", array(overrides(call, sent, ids, from, to)));
    payload.add("time_offs", array(ofResources(call, sent, "time_offs", ids, true)));
    payload.add("appointments", array(appointments));
    payload.add("payments", finance(appointments, "payments"));
    payload.add("expenses", finance(appointments, "expense"));
    payload.add("slots", slots(call, sent, resources, from, to));
    return payload;
  }

  /** L2 refuses a range the wrong way round or too long; B0 and L1 take any. */
  void checkRange(Instant from, Instant to) {}

  /**
   * The resources listed: those the {@code resources} filters keep (all when no {@code
   * resource_ids} was sent), by the resources list's order.
   */
  List<JsonObject> resources(Call call, Map<String, List<String>> sent) {
    return filtered(call, sent, "resources", call.records().all("resources"));
  }

  private static Instant time(Call call, String name) {
    String value = call.queryValue(name);
    if (value == null) {
      throw ApiError.validation(name + " is required");
    }
    Instant parsed = Times.parse(value);
    if (parsed == null) {
      throw ApiError.validation(name + " must be a valid datetime");
    }
    return parsed;
  }

  /** {@code where(resource_id: ids)} (or {@code [nil] + ids}), then the declared filters. */
  private static List<JsonObject> ofResources(
      Call call,
      Map<String, List<String>> sent,
      String collection,
      Set<Long> ids,
      boolean accountWideToo) {
    List<JsonObject> found = new ArrayList<>();
    for (JsonObject record : call.records().all(collection)) {
      Long owner = Json.number(record, "resource_id");
      if (owner == null ? accountWideToo : ids.contains(owner)) {
        found.add(record);
      }
    }
    return filtered(call, sent, collection, found);
  }

  /** The overrides of the resources dated {@code from.to_date - 1 .. to.to_date + 1}. */
  private static List<JsonObject> overrides(
      Call call, Map<String, List<String>> sent, Set<Long> ids, Instant from, Instant to) {
    LocalDate first = from.atOffset(ZoneOffset.UTC).toLocalDate().minusDays(1);
    LocalDate last = to.atOffset(ZoneOffset.UTC).toLocalDate().plusDays(1);
    List<JsonObject> found = new ArrayList<>();
    for (JsonObject override : ofResources(call, sent, "workday_overrides", ids, false)) {
      LocalDate date = Times.parseDate(Json.text(override, "date"));
      if (date != null && !date.isBefore(first) && !date.isAfter(last)) {
        found.add(override);
      }
    }
    return found;
  }

  /** The records the query's filters for {@code collection} keep, in its list's order. */
  static List<JsonObject> filtered(
      Call call, Map<String, List<String>> sent, String collection, List<JsonObject> records) {
    List<JsonObject> kept = new ArrayList<>();
    for (JsonObject record : records) {
      if (ListHandler.matchesAll(call, sent, record, collection)) {
        kept.add(record);
      }
    }
    kept.sort(call.spec.orderOf(collection));
    return kept;
  }

  /** The listed appointments' payments (oldest first) or fees. */
  private static JsonArray finance(List<JsonObject> appointments, String key) {
    List<JsonObject> rows = new ArrayList<>();
    for (JsonObject appointment : appointments) {
      JsonElement value = Json.get(appointment, key);
      if (value != null && value.isJsonArray()) {
        for (JsonElement row : value.getAsJsonArray()) {
          rows.add(row.getAsJsonObject());
        }
      } else if (value != null && value.isJsonObject()) {
        rows.add(value.getAsJsonObject());
      }
    }
    rows.sort(PaymentRows.BY_CREATION);
    return array(rows);
  }

  /** The free slots of each resource, when asked for, from the same {@link Availability}. */
  private static JsonArray slots(
      Call call,
      Map<String, List<String>> sent,
      List<JsonObject> resources,
      Instant from,
      Instant to) {
    JsonArray slots = new JsonArray();
    String include = call.queryValue("include_slots");
    if (include == null || !Coercion.railsBoolean(include)) {
      return slots;
    }
    String asked = call.queryValue("duration_min");
    Availability availability = new Availability(call.records());
    List<JsonObject> all = new ArrayList<>();
    for (JsonObject resource : resources) {
      long id = Json.numberOr(resource, "id", 0);
      long minutes =
          asked != null
              ? Coercion.rubyToI(asked)
              : Json.numberOr(resource, "slot_duration_min", 30);
      for (Interval slot : availability.slots(id, from, to, (int) Math.min(minutes, 1440))) {
        all.add(slot(id, slot));
      }
    }
    for (JsonObject slot : filteredInOrder(call, sent, all)) {
      slots.add(slot);
    }
    return slots;
  }

  private static List<JsonObject> filteredInOrder(
      Call call, Map<String, List<String>> sent, List<JsonObject> slots) {
    List<JsonObject> kept = new ArrayList<>();
    for (JsonObject slot : slots) {
      if (ListHandler.matchesAll(call, sent, slot, "slots")) {
        kept.add(slot);
      }
    }
    return kept;
  }

  private static JsonObject slot(long resourceId, Interval slot) {
    JsonObject json = new JsonObject();
    json.addProperty("resource_id", resourceId);
    json.addProperty("starts_at", Times.format(slot.start, slot.startZone));
    json.addProperty("ends_at", Times.format(slot.end, slot.endZone));
    json.addProperty("status", "available");
    return json;
  }

  static JsonArray array(List<JsonObject> records) {
    JsonArray array = new JsonArray();
    for (JsonObject record : records) {
      array.add(record);
    }
    return array;
  }

  /** A query value as Rails' {@code parse_csv_ids} reads it. */
  static List<String> csv(@Nullable String value) {
    List<String> ids = new ArrayList<>();
    if (value != null) {
      for (String part : value.split(",", -1)) {
        if (!part.trim().isEmpty()) {
          ids.add(part.trim());
        }
      }
    }
    return ids;
  }
}
