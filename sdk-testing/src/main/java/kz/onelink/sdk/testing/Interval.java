package kz.onelink.sdk.testing;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A half-open span of time {@code [start, end)}, and the server's interval arithmetic on it ({@code
 * Scheduling::IntervalMath}): overlap is strict, so a booking may end where a break begins.
 */
final class Interval {
  final Instant start;
  final Instant end;

  Interval(Instant start, Instant end) {
    this.start = start;
    this.end = end;
  }

  boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  boolean contains(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /** The part inside {@code [from, to)}, or null when there is none. */
  @Nullable Interval clip(Instant from, Instant to) {
    Instant clippedStart = start.isAfter(from) ? start : from;
    Instant clippedEnd = end.isBefore(to) ? end : to;
    return clippedEnd.isAfter(clippedStart) ? new Interval(clippedStart, clippedEnd) : null;
  }

  /** {@code base} minus every blocked interval, in order. */
  static List<Interval> subtract(List<Interval> base, List<Interval> blocked) {
    List<Interval> remaining = base;
    for (Interval block : blocked) {
      List<Interval> next = new ArrayList<>();
      for (Interval interval : remaining) {
        next.addAll(interval.minus(block));
      }
      remaining = next;
    }
    return remaining;
  }

  private List<Interval> minus(Interval block) {
    List<Interval> rest = new ArrayList<>(2);
    if (!overlaps(block)) {
      rest.add(this);
      return rest;
    }
    if (block.start.isAfter(start)) {
      rest.add(new Interval(start, block.start));
    }
    if (block.end.isBefore(end)) {
      rest.add(new Interval(block.end, end));
    }
    return rest;
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
