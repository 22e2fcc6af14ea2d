package kz.onelink.sdk.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * B0 and P1: {@code duration_min} left out is recomputed from {@code starts_at} and {@code ends_at}
 * at every write, cancel included: the minutes between them, rounded, at least 5; sent as null or
 * not positive, the model recomputes it the same way ({@code
 * upsert_service.rb@e9defc735aef#resolve_duration_min}, {@code
 * appointment.rb@e9defc735aef#assign_duration_min}; review S1).
 */
final class DurationFromTimes implements WriteRule {
  @Override
  public void apply(Write write) {
    Long minutes = write.number("duration_min");
    if (write.sent("duration_min") && minutes != null && minutes > 0) {
      return;
    }
    Instant start = Times.parse(write.text("starts_at"));
    Instant end = Times.parse(write.text("ends_at"));
    if (start != null && end != null) {
      write.set("duration_min", minutesBetween(start, end));
    }
  }

  /** {@code [((ends_at - starts_at) / 60).round, 5].max}. */
  static long minutesBetween(Instant start, Instant end) {
    long seconds = ChronoUnit.SECONDS.between(start, end);
    return Math.max(Math.round(seconds / 60.0), 5);
  }
}
