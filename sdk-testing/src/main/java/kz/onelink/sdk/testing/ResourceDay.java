package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One resource's schedule on one local date, from the account's records, as the server's {@code
 * AvailabilityService} computes it: work rules of the weekday (or the date's workday override), its
 * breaks, holidays (recurring ones by month and day; a {@code working_day_override} holiday blocks
 * nothing), time offs of the resource or of everyone, and the resource's other bookings.
 */
final class ResourceDay {
  final LocalDate date;
  final ZoneId zone;
  private final @Nullable JsonObject override;
  private final boolean holiday;
  final List<Interval> working;
  final List<Interval> breaks;
  final List<Interval> timeOffs;
  final List<Interval> bookings;

  private ResourceDay(Records records, long resourceId, ZoneId zone, LocalDate date, long ignored) {
    this.date = date;
    this.zone = zone;
    this.override = override(records, resourceId, date);
    this.holiday = holidayBlocks(records, date);
    this.working = workingIntervals(records, resourceId);
    this.breaks = breakIntervals(records, resourceId);
    Instant dayStart = date.atStartOfDay(zone).toInstant();
    Instant dayEnd = date.plusDays(1).atStartOfDay(zone).toInstant();
    this.timeOffs = within(records.read("time_offs"), resourceId, true, -1, dayStart, dayEnd);
    this.bookings =
        within(records.read("appointments"), resourceId, false, ignored, dayStart, dayEnd);
  }

  /** The day of {@code resourceId} in its time zone; {@code ignored} is the booking being moved. */
  static ResourceDay of(Records records, long resourceId, LocalDate date, long ignored) {
    return new ResourceDay(records, resourceId, zoneOf(records, resourceId), date, ignored);
  }

  /** The resource's time zone, in which its rules and days are read. */
  static ZoneId zoneOf(Records records, long resourceId) {
    JsonObject resource = records.find("resources", resourceId);
    return Zones.of(resource == null ? null : Json.text(resource, "timezone"));
  }

  /** A holiday closes the day, and no workday override opens it. */
  boolean closedByHoliday() {
    return holiday && override == null;
  }

  private static @Nullable JsonObject override(Records records, long resourceId, LocalDate date) {
    for (JsonObject item : records.read("workday_overrides")) {
      if (Json.numberOr(item, "resource_id", -1) == resourceId
          && date.toString().equals(Json.text(item, "date"))) {
        return item;
      }
    }
    return null;
  }

  private static boolean holidayBlocks(Records records, LocalDate date) {
    boolean matched = false;
    for (JsonObject holiday : records.read("holidays")) {
      LocalDate day = Times.parseDate(Json.text(holiday, "date"));
      boolean matches =
          day != null
              && (Json.isTrue(holiday, "recurring_yearly")
                  ? day.getMonth() == date.getMonth() && day.getDayOfMonth() == date.getDayOfMonth()
                  : day.equals(date));
      if (matches && Json.isTrue(holiday, "working_day_override")) {
        return false;
      }
      matched |= matches;
    }
    return matched;
  }

  private List<Interval> workingIntervals(Records records, long resourceId) {
    if (override != null) {
      return Collections.singletonList(
          local(
              Json.numberOr(override, "start_minute", 0),
              Json.numberOr(override, "end_minute", 0)));
    }
    return holiday
        ? Collections.<Interval>emptyList()
        : rules(records.read("work_rules"), resourceId);
  }

  private List<Interval> breakIntervals(Records records, long resourceId) {
    if (override == null) {
      return rules(records.read("break_rules"), resourceId);
    }
    Long start = Json.number(override, "break_start_minute");
    Long end = Json.number(override, "break_end_minute");
    return start == null || end == null
        ? Collections.<Interval>emptyList()
        : Collections.singletonList(local(start, end));
  }

  /** The active rules of the resource for this weekday ({@code wday}: Sunday is 0). */
  private List<Interval> rules(Collection<JsonObject> rules, long resourceId) {
    long weekday = date.getDayOfWeek().getValue() % 7;
    List<Interval> intervals = new ArrayList<>();
    for (JsonObject rule : rules) {
      if (Json.numberOr(rule, "resource_id", -1) == resourceId
          && Json.numberOr(rule, "weekday", -1) == weekday
          && !"false".equals(Json.text(rule, "active"))) {
        intervals.add(
            local(Json.numberOr(rule, "start_minute", 0), Json.numberOr(rule, "end_minute", 0)));
      }
    }
    return intervals;
  }

  /**
   * Time offs (of the resource, or of everyone when {@code resource_id} is null) or bookings (of
   * the resource, not cancelled, not {@code ignored}) overlapping the day, clipped to it.
   */
  private static List<Interval> within(
      Collection<JsonObject> rows,
      long resourceId,
      boolean global,
      long ignored,
      Instant from,
      Instant to) {
    List<Interval> intervals = new ArrayList<>();
    for (JsonObject row : rows) {
      Long owner = Json.number(row, "resource_id");
      boolean concerned = owner == null ? global : owner == resourceId;
      Instant start = Times.parse(Json.text(row, "starts_at"));
      Instant end = Times.parse(Json.text(row, "ends_at"));
      if (!concerned
          || start == null
          || end == null
          || Json.numberOr(row, "id", 0) == ignored
          || "cancelled".equals(Json.text(row, "status"))) {
        continue;
      }
      Interval clipped = new Interval(start, end).clip(from, to);
      if (clipped != null) {
        intervals.add(clipped);
      }
    }
    return intervals;
  }

  /** {@code time_zone.local(date, minute / 60, minute % 60)}; minute 1440 is the next midnight. */
  private Interval local(long startMinute, long endMinute) {
    return new Interval(
        date.atStartOfDay().plusMinutes(startMinute).atZone(zone).toInstant(),
        date.atStartOfDay().plusMinutes(endMinute).atZone(zone).toInstant(),
        zone,
        zone);
  }
}
