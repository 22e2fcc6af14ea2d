package kz.onelink.sdk.testing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A half-open span of time {@code [start, end)}, and the server's interval arithmetic on it ({@code
 * interval_math.rb@e9defc735aef}): overlap is strict, so a booking may end where a break begins.
 *
 * <p>Each bound keeps the zone of the time it came from, as the server's {@code TimeWithZone}
 * objects do through {@code clip} and {@code subtract}: a work rule's bounds are in the resource's
 * zone, a booking's or a time-off's in UTC. That is why a free slot that starts where the working
 * hours start is written {@code 09:00:00+05:00}, and one that starts where a booking ends {@code
 * 05:30:00Z}.
 */
final class Interval {
  final Instant start;
  final Instant end;
  final ZoneId startZone;
  final ZoneId endZone;

  Interval(Instant start, Instant end) {
    this(start, end, ZoneOffset.UTC, ZoneOffset.UTC);
  }

  Interval(Instant start, Instant end, ZoneId startZone, ZoneId endZone) {
    this.start = start;
    this.end = end;
    this.startZone = startZone;
    this.endZone = endZone;
  }

  boolean overlaps(Interval other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  boolean contains(Interval other) {
    return !other.start.isBefore(start) && !other.end.isAfter(end);
  }

  /**
   * The part inside {@code [from, to)} (both UTC), or null when there is none; a bound equal to
   * {@code from} or {@code to} keeps its own zone, as Ruby's {@code [a, b].max} keeps the first.
   */
  @Nullable Interval clip(Instant from, Instant to) {
    boolean fromWins = from.isAfter(start);
    boolean toWins = to.isBefore(end);
    Instant clippedStart = fromWins ? from : start;
    Instant clippedEnd = toWins ? to : end;
    if (!clippedEnd.isAfter(clippedStart)) {
      return null;
    }
    return new Interval(
        clippedStart,
        clippedEnd,
        fromWins ? ZoneOffset.UTC : startZone,
        toWins ? ZoneOffset.UTC : endZone);
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
      rest.add(new Interval(start, block.start, startZone, block.startZone));
    }
    if (block.end.isBefore(end)) {
      rest.add(new Interval(block.end, end, block.endZone, endZone));
    }
    return rest;
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
