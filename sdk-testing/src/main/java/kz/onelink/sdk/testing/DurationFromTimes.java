package kz.onelink.sdk.testing;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * {@code duration_min}, when not set or not positive, is the minutes between {@code starts_at} and
 * {@code ends_at}, rounded, at least 5. (B0 recomputes it on every write that leaves it out; the
 * sandbox keeps a stored one: review S1.)
 */
final class DurationFromTimes implements WriteRule {
  @Override
  public void apply(Write write) {
    Long minutes = write.number("duration_min");
    Instant start = Times.parse(write.text("starts_at"));
    Instant end = Times.parse(write.text("ends_at"));
    if ((minutes == null || minutes <= 0) && start != null && end != null) {
      long seconds = ChronoUnit.SECONDS.between(start, end);
      write.set("duration_min", Math.max(Math.round(seconds / 60.0), 5));
    }
  }
}
