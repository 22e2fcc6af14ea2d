package kz.onelink.sdk.testing;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Time as the server reads and writes it: {@code Time.zone.parse} in UTC on the way in, {@code
 * iso8601} (seconds, {@code Z}) on the way out.
 */
final class Times {
  private static final Pattern BASIC_DATE = Pattern.compile("\\d{8}");
  private static final Pattern LENIENT =
      Pattern.compile(
          "(\\d{4}-\\d{2}-\\d{2})(?:[T ](\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?))?\\s*(Z|[+-]\\d{2}:?\\d{2})?");
  private static final DateTimeFormatter SERVER =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss'Z'");
  private static final DateTimeFormatter ZONED =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ssxxx");

  private Times() {}

  /** {@code 2026-03-09T05:00:00Z}, the form of every timestamp the server sends. */
  static String format(Instant instant) {
    return SERVER.format(instant.truncatedTo(ChronoUnit.SECONDS).atOffset(ZoneOffset.UTC));
  }

  /**
   * {@code iso8601} of a time in {@code zone}: {@code Z} in UTC, else the offset ({@code
   * 2026-03-09T09:00:00+05:00}), as Ruby writes a {@code TimeWithZone}.
   */
  static String format(Instant instant, ZoneId zone) {
    if (zone.equals(ZoneOffset.UTC)
        || "UTC".equals(zone.getId())
        || "Etc/UTC".equals(zone.getId())) {
      return format(instant);
    }
    return ZONED.format(instant.truncatedTo(ChronoUnit.SECONDS).atZone(zone));
  }

  /**
   * Reads a date-time leniently, like {@code Time.zone.parse} with the server zone UTC: an offset
   * is honoured ({@code +05:00}, {@code +0500}, {@code Z}, with or without a space before it), none
   * means UTC, a space may stand for the {@code T}, seconds may be left out, a date alone means its
   * midnight.
   */
  static @Nullable Instant parse(@Nullable String text) {
    if (text == null) {
      return null;
    }
    Matcher parts = LENIENT.matcher(text.trim());
    if (!parts.matches()) {
      return null;
    }
    String time = parts.group(2) == null ? "00:00" : parts.group(2);
    String offset = parts.group(3) == null ? "Z" : parts.group(3).replace(":", "");
    try {
      LocalDateTime local = LocalDateTime.parse(parts.group(1) + "T" + time);
      return local.toInstant(
          "Z".equals(offset)
              ? ZoneOffset.UTC
              : ZoneOffset.of(offset.substring(0, 3) + ":" + offset.substring(3)));
    } catch (DateTimeException e) {
      return null;
    }
  }

  /** {@code Date.iso8601}: {@code 1994-07-20}, also with a time after it or without dashes. */
  static @Nullable LocalDate parseDate(@Nullable String text) {
    if (text == null) {
      return null;
    }
    String value = text.trim();
    try {
      if (BASIC_DATE.matcher(value).matches()) {
        return LocalDate.parse(value, DateTimeFormatter.BASIC_ISO_DATE);
      }
      return LocalDate.parse(value.length() > 10 ? value.substring(0, 10) : value);
    } catch (DateTimeException e) {
      return null;
    }
  }
}
