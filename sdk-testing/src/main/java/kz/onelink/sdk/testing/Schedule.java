package kz.onelink.sdk.testing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.Map;
import java.util.Set;

/**
 * A resource's working week and the availability rules of contract §4, in the resource's time zone
 * (Asia/Almaty, UTC+5): one local day, working hours, holidays, the lunch break, time off.
 */
final class Schedule {
  static final ZoneOffset ALMATY = ZoneOffset.ofHours(5);

  private final Map<DayOfWeek, LocalTime[]> hours = new EnumMap<>(DayOfWeek.class);
  private final LocalTime breakStart;
  private final LocalTime breakEnd;
  private final boolean offOverNewYear;

  /**
   * Mon–Fri 09:00–18:00 with a 13:00–14:00 break, Sat 10:00–14:00, closed on Sunday; with {@code
   * offOverNewYear}, on time off every year from 28 December to 9 January.
   */
  Schedule(boolean offOverNewYear) {
    for (DayOfWeek day :
        new DayOfWeek[] {
          DayOfWeek.MONDAY,
          DayOfWeek.TUESDAY,
          DayOfWeek.WEDNESDAY,
          DayOfWeek.THURSDAY,
          DayOfWeek.FRIDAY
        }) {
      hours.put(day, new LocalTime[] {LocalTime.of(9, 0), LocalTime.of(18, 0)});
    }
    hours.put(DayOfWeek.SATURDAY, new LocalTime[] {LocalTime.of(10, 0), LocalTime.of(14, 0)});
    this.breakStart = LocalTime.of(13, 0);
    this.breakEnd = LocalTime.of(14, 0);
    this.offOverNewYear = offOverNewYear;
  }

  /** Throws the server's error for a slot that is not bookable, ignoring other appointments. */
  void check(OffsetDateTime startsAt, OffsetDateTime endsAt, Set<LocalDate> holidays) {
    if (!endsAt.isAfter(startsAt)) {
      throw ApiError.validation("End date must be greater than start date");
    }
    LocalDateTime start = startsAt.atZoneSameInstant(ALMATY).toLocalDateTime();
    LocalDateTime end = endsAt.atZoneSameInstant(ALMATY).toLocalDateTime();
    LocalDate day = start.toLocalDate();
    if (!end.minusNanos(1).toLocalDate().equals(day)) {
      throw ApiError.conflict("OUTSIDE_WORKING_HOURS", "Appointment must fit into one local day");
    }
    if (holidays.contains(day)) {
      throw ApiError.conflict("BLOCKED_BY_HOLIDAY", "The resource does not work on this holiday");
    }
    LocalTime[] open = hours.get(day.getDayOfWeek());
    if (open == null) {
      throw ApiError.conflict("OUTSIDE_WORKING_HOURS", "No working rules configured for this day");
    }
    LocalTime from = start.toLocalTime();
    LocalTime to = end.toLocalTime().equals(LocalTime.MIDNIGHT) ? LocalTime.MAX : end.toLocalTime();
    if (from.isBefore(open[0]) || to.isAfter(open[1])) {
      throw ApiError.conflict("OUTSIDE_WORKING_HOURS", "Appointment is outside working hours");
    }
    if (day.getDayOfWeek() != DayOfWeek.SATURDAY
        && from.isBefore(breakEnd)
        && to.isAfter(breakStart)) {
      throw ApiError.conflict("BLOCKED_BY_BREAK", "Appointment overlaps a break");
    }
    if (offOverNewYear && isNewYearBreak(day)) {
      throw ApiError.conflict("BLOCKED_BY_VACATION", "The resource is on time off");
    }
  }

  static boolean isNewYearBreak(LocalDate day) {
    return (day.getMonthValue() == 12 && day.getDayOfMonth() >= 28)
        || (day.getMonthValue() == 1 && day.getDayOfMonth() <= 9);
  }
}
