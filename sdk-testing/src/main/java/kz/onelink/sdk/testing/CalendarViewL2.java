package kz.onelink.sdk.testing;

import java.time.Duration;
import java.time.Instant;

/**
 * L2's calendar ({@code calendar_controller.rb@a34a84bfe8bd#validate_range!}): as L1's, and a range
 * that does not end after it starts is 422 "to must be after from", one longer than 92 days 422
 * {@code CALENDAR_RANGE_TOO_LARGE}.
 */
final class CalendarViewL2 extends CalendarViewL1 {
  private static final Duration LONGEST = Duration.ofDays(92);

  @Override
  void checkRange(Instant from, Instant to) {
    if (!to.isAfter(from)) {
      throw ApiError.validation("to must be after from");
    }
    if (Duration.between(from, to).compareTo(LONGEST) > 0) {
      throw ApiError.scheduling(
          422, "CALENDAR_RANGE_TOO_LARGE", "calendar range cannot exceed 92 days");
    }
  }
}
