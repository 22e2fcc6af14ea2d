package kz.onelink.sdk.testing;

import java.time.Instant;

/**
 * The model's check that an interval ends after it starts: {@code end_minute} "must be greater than
 * start_minute" ({@code minute_range_validatable.rb@e9defc735aef}), a time-off's {@code ends_at}
 * "must be after starts_at" ({@code time_off.rb@e9defc735aef}). Compares minutes as numbers and
 * times as instants; says nothing while either is missing.
 */
final class EndAfterStart implements WriteRule {
  private final String start;
  private final String end;
  private final String message;

  EndAfterStart(String start, String end, String message) {
    this.start = start;
    this.end = end;
    this.message = message;
  }

  @Override
  public void apply(Write write) {
    Long startMinute = write.number(start);
    Long endMinute = write.number(end);
    if (startMinute != null && endMinute != null) {
      if (endMinute <= startMinute) {
        write.errors.addMessage(end, message);
      }
      return;
    }
    Instant startTime = Times.parse(write.text(start));
    Instant endTime = Times.parse(write.text(end));
    if (startTime != null && endTime != null && !endTime.isAfter(startTime)) {
      write.errors.addMessage(end, message);
    }
  }
}
