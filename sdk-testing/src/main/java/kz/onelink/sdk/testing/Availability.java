package kz.onelink.sdk.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Whether a resource can take {@code [start, end)}, with the server's codes, order and boundaries
 * ({@code availability_service.rb@e9defc735aef}), and the free slots it offers. Both read the same
 * {@link ResourceDay}, so a slot offered can always be booked.
 *
 * <p>An instance reads each resource's day once: it is a snapshot for one request, to be made anew
 * once the records change.
 */
final class Availability {
  /** The server's {@code SLOT_STEP_MINUTES}: slots start every 5 minutes. */
  static final Duration SLOT_STEP = Duration.ofMinutes(5);

  /** The server's text for {@code SLOT_CONFLICT}. */
  static final String SLOT_OCCUPIED = "Slot is already occupied";

  private final Records records;
  private final Map<String, ResourceDay> days = new HashMap<>();

  Availability(Records records) {
    this.records = records;
  }

  /**
   * Null when the resource can take the booking, else the server's refusal, checked in its order:
   * end after start (422), one local day, holiday, working hours, breaks, time off, other bookings
   * (409). {@code ignored} is the booking being moved, which does not block itself.
   */
  @Nullable ApiError refusal(long resourceId, Instant start, Instant end, long ignored) {
    if (!end.isAfter(start)) {
      return ApiError.validation("End date must be greater than start date");
    }
    ZoneId zone = ResourceDay.zoneOf(records, resourceId);
    LocalDate date = start.atZone(zone).toLocalDate();
    if (!end.minusSeconds(1).atZone(zone).toLocalDate().equals(date)) {
      return refused("OUTSIDE_WORKING_HOURS", "Appointment must fit into one local day");
    }
    ResourceDay day = day(resourceId, date, ignored);
    Interval booking = new Interval(start, end);
    if (day.closedByHoliday()) {
      return refused("BLOCKED_BY_HOLIDAY", "Date is blocked by holiday");
    }
    if (day.working.isEmpty()) {
      return refused("OUTSIDE_WORKING_HOURS", "No working rules configured for this day");
    }
    if (!anyContains(day.working, booking)) {
      return refused("OUTSIDE_WORKING_HOURS", "Appointment is outside working hours");
    }
    if (anyOverlaps(day.breaks, booking)) {
      return refused("BLOCKED_BY_BREAK", "Appointment overlaps resource break");
    }
    if (anyOverlaps(day.timeOffs, booking)) {
      return refused("BLOCKED_BY_VACATION", "Appointment overlaps blocked time");
    }
    if (anyOverlaps(day.bookings, booking)) {
      return refused("SLOT_CONFLICT", SLOT_OCCUPIED);
    }
    return null;
  }

  /**
   * The bookable slots of {@code minutes} (at least 5) in {@code [from, to)}: every 5 minutes from
   * the start of each free interval (working hours minus breaks, time off and bookings), as the
   * server's {@code build_slots_for_interval}.
   */
  List<Interval> slots(long resourceId, Instant from, Instant to, int minutes) {
    Duration length = Duration.ofMinutes(Math.max(minutes, 5));
    List<Interval> slots = new ArrayList<>();
    for (Interval free : freeIntervals(resourceId, from, to)) {
      for (Instant cursor = free.start;
          !cursor.plus(length).isAfter(free.end);
          cursor = cursor.plus(SLOT_STEP)) {
        // both times in the zone of the free interval's start, as Ruby's cursor + duration
        slots.add(new Interval(cursor, cursor.plus(length), free.startZone, free.startZone));
      }
    }
    return slots;
  }

  /**
   * Working hours with breaks, time off and bookings taken out, day by day, clipped to the range.
   */
  List<Interval> freeIntervals(long resourceId, Instant from, Instant to) {
    ZoneId zone = ResourceDay.zoneOf(records, resourceId);
    List<Interval> free = new ArrayList<>();
    LocalDate last = to.minusSeconds(1).atZone(zone).toLocalDate();
    for (LocalDate date = from.atZone(zone).toLocalDate();
        !date.isAfter(last);
        date = date.plusDays(1)) {
      ResourceDay day = day(resourceId, date, -1);
      List<Interval> blocked = new ArrayList<>(day.breaks);
      blocked.addAll(day.timeOffs);
      blocked.addAll(day.bookings);
      for (Interval interval : Interval.subtract(day.working, blocked)) {
        Interval clipped = interval.clip(from, to);
        if (clipped != null) {
          free.add(clipped);
        }
      }
    }
    return free;
  }

  /** The resource works that local date: working hours, not closed for a holiday, no time off. */
  boolean isWorkingDay(long resourceId, LocalDate date) {
    ResourceDay day = day(resourceId, date, -1);
    return !day.working.isEmpty() && day.timeOffs.isEmpty();
  }

  private ResourceDay day(long resourceId, LocalDate date, long ignored) {
    String key = resourceId + "/" + date + "/" + ignored;
    ResourceDay day = days.get(key);
    if (day == null) {
      day = ResourceDay.of(records, resourceId, date, ignored);
      days.put(key, day);
    }
    return day;
  }

  private static boolean anyContains(List<Interval> intervals, Interval booking) {
    for (Interval interval : intervals) {
      if (interval.contains(booking)) {
        return true;
      }
    }
    return false;
  }

  private static boolean anyOverlaps(List<Interval> intervals, Interval booking) {
    for (Interval interval : intervals) {
      if (interval.overlaps(booking)) {
        return true;
      }
    }
    return false;
  }

  private static ApiError refused(String code, String message) {
    return ApiError.conflict(code, message);
  }
}
