package kz.onelink.sdk.internal.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.StringReader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Date-times and dates at and beyond the bounds of each field: a value the calendar has is read,
 * one it has not (second 60, month 13, February 29 of a common year) is refused while decoding with
 * the JSON path, never accepted and then thrown later as a raw {@link DateTimeException} by a
 * getter. The fast path for the server's own form accepts exactly the valid ones.
 */
class DateTimeBoundsTest {
  private static final int[] YEARS = {0, 1, 1900, 1999, 2000, 2024, 2026, 2100, 9999};
  private static final int[] HOURS = {0, 1, 23, 24, 99};
  private static final int[] MINUTES = {0, 1, 59, 60, 99};

  @Test
  void everyCanonicalDateTimeIsReadExactlyWhenTheCalendarHasIt() throws IOException {
    List<String> wrong = new ArrayList<>();
    // Every date with one time of day, then every time of day with one date: each field at and
    // beyond its bounds, without the product of all of them.
    for (int year : YEARS) {
      for (int month = 0; month <= 13; month++) {
        for (int day = 0; day <= 32; day++) {
          check(year, month, day, 12, 30, 30, wrong);
        }
      }
    }
    for (int hour : HOURS) {
      for (int minute : MINUTES) {
        for (int second : MINUTES) {
          check(2026, 3, 9, hour, minute, second, wrong);
        }
      }
    }
    assertThat(wrong).isEmpty();
  }

  private static void check(
      int year, int month, int day, int hour, int minute, int second, List<String> wrong)
      throws IOException {
    String text =
        String.format("%04d-%02d-%02dT%02d:%02d:%02dZ", year, month, day, hour, minute, second);
    OffsetDateTime expected;
    try {
      expected = OffsetDateTime.of(year, month, day, hour, minute, second, 0, ZoneOffset.UTC);
    } catch (DateTimeException notInTheCalendar) {
      expected = null;
    }
    if (Json.isValidCanonicalUtc(text) != (expected != null)) {
      wrong.add(text + ": fast path says " + Json.isValidCanonicalUtc(text));
    }
    Throwable refused = catchThrowable(() -> readDateTime(text));
    if (expected == null) {
      if (!(refused instanceof JsonParseException)
          || !refused
              .getMessage()
              .equals("Expected an ISO-8601 date-time but was \"" + text + "\" at $.starts_at")) {
        wrong.add(text + ": not refused while decoding but " + refused);
      }
    } else if (refused != null) {
      wrong.add(text + ": refused " + refused);
    } else if (!Json.parseDateTime(text).equals(expected)) {
      wrong.add(text + ": read as " + Json.parseDateTime(text));
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2026-03-09T05:00:60+05:00",
        "2026-13-09T05:00:00+05:00",
        "2026-02-29T05:00:00.5Z",
        "2026-03-32T05:00:00",
        "2026-03-09 24:00:00 UTC",
        "2026-03-09 10:00:00 +2500",
        "2026-00-09T05:00:00Z",
        "2026-03-09T05:60:00Z",
        "+2026-03-09T05:00:00Z",
        "2026-03-09T05:00Z0",
        "2026-3-09T05:00:00Z",
        "2026-03-09T05:00:00+05:00 trailing",
        "",
        // the server's own form with one character wrong: the fast path must not take it
        "2026x03-09T05:00:00Z",
        "2026-03x09T05:00:00Z",
        "2026-03-09x05:00:00Z",
        "2026-03-09T05x00:00Z",
        "2026-03-09T05:00x00Z",
        "2026-03-09T05:00:00x",
        "2026-03-09T05:00:00+",
        "20x6-03-09T05:00:00Z",
        "x026-03-09T05:00:00Z",
        "2026-0/-09T05:00:00Z",
        "2026-03-0:T05:00:00Z",
        "2026-03-09T0/:00:00Z",
        "2026-03-09T05:0/:00Z",
        "2026-03-09T05:00:0/Z",
        "2026-03-09",
        "2026-03-09X05:00:00Z",
      })
  void otherFormsOutsideTheCalendarAreRefusedWithThePath(String text) {
    assertThat(Json.isValidCanonicalUtc(text)).isFalse();
    Throwable refused = catchThrowable(() -> readDateTime(text));

    assertThat(refused)
        .isExactlyInstanceOf(JsonParseException.class)
        .hasMessage("Expected an ISO-8601 date-time but was \"" + text + "\" at $.starts_at")
        .hasCauseInstanceOf(DateTimeException.class);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "2028-02-29T23:59:59+05:00",
        "2000-02-29T00:00:00.999999Z",
        "2026-12-31 23:59:59 UTC",
        "2026-01-01 00:00:00 -1200",
        "2026-03-09T05:00:00"
      })
  void otherFormsAtTheBoundsAreRead(String text) throws IOException {
    assertThat(readDateTime(text)).isEqualTo(text);
    assertThat(Json.parseDateTime(text)).isNotNull();
  }

  @Test
  void datesAtAndBeyondTheBoundsOfTheCalendar() {
    assertThat(Json.parseDate("2028-02-29")).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(Json.parseDate("2000-02-29")).isEqualTo(LocalDate.of(2000, 2, 29));
    assertThat(Json.parseDate("0000-01-01")).isEqualTo(LocalDate.of(0, 1, 1));
    assertThat(Json.parseDate("2026-12-31")).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(Json.parseDate("2026-03-09T23:30:00+05:00")).isEqualTo(LocalDate.of(2026, 3, 9));
    for (String invalid :
        new String[] {
          "1900-02-29",
          "2026-02-29",
          "2026-13-01",
          "2026-00-10",
          "2026-04-31",
          "2026-01-32",
          "2026-1-10",
          "20260110",
          "2026-01-1x",
          "2026/03/09",
          "2026-03/09",
          "2026/03-09",
          "20x6-01-10",
          "x026-01-10"
        }) {
      assertThat(catchThrowable(() -> Json.parseDate(invalid)))
          .as(invalid)
          .isInstanceOf(DateTimeException.class);
      assertThat(catchThrowable(() -> readDate(invalid)))
          .as(invalid)
          .isExactlyInstanceOf(JsonParseException.class)
          .hasMessage(
              "Expected an ISO-8601 date (yyyy-MM-dd) but was \"" + invalid + "\" at $.birth_date");
    }
  }

  private static String readDateTime(String text) throws IOException {
    JsonReader in = new JsonReader(new StringReader("{\"starts_at\": \"" + text + "\"}"));
    in.beginObject();
    assertThat(in.nextName()).isEqualTo("starts_at");
    return Json.readDateTimeText(in);
  }

  private static LocalDate readDate(String text) throws IOException {
    JsonReader in = new JsonReader(new StringReader("{\"birth_date\": \"" + text + "\"}"));
    in.beginObject();
    assertThat(in.nextName()).isEqualTo("birth_date");
    return Json.localDate().read(in);
  }
}
