package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Availability} over the seed data: the server's codes in the server's order and boundaries,
 * the rules the seed does not use yet (recurring and working-day holidays, workday overrides, time
 * off for everyone), and slots that are exactly the bookable starts.
 */
class AvailabilityTest {
  private static final long RESOURCE = OneLinkSandbox.RESOURCE_ID;
  private static final LocalDate TUESDAY = LocalDate.of(2026, 3, 3);

  private Records records;

  @BeforeEach
  void seed() {
    Tenancy tenancy = Seed.packaged().tenancy();
    Seed.packaged().load(tenancy, SandboxContractTest.CLOCK.instant());
    records = tenancy.account(OneLinkSandbox.ACCOUNT_ID).records;
  }

  /** A snapshot of the records as they are now. */
  private Availability availability() {
    return new Availability(records);
  }

  @Test
  void theSeedWeekIsOpenInsideItsHoursAndClosedAroundThem() {
    assertThat(code(TUESDAY, "09:00", "09:30")).isNull();
    assertThat(code(TUESDAY, "17:30", "18:00")).isNull(); // may end at closing time
    assertThat(code(TUESDAY, "12:30", "13:00")).isNull(); // may end where the break begins
    assertThat(code(TUESDAY, "14:00", "14:30")).isNull(); // may start where it ends
    assertThat(code(TUESDAY, "08:55", "09:25")).isEqualTo("OUTSIDE_WORKING_HOURS");
    assertThat(code(TUESDAY, "17:45", "18:15")).isEqualTo("OUTSIDE_WORKING_HOURS");
    assertThat(code(TUESDAY, "12:45", "13:15")).isEqualTo("BLOCKED_BY_BREAK");
    assertThat(code(TUESDAY.plusDays(4), "10:00", "14:00")).isNull(); // Saturday, no break
    assertThat(code(TUESDAY.plusDays(4), "13:30", "14:30")).isEqualTo("OUTSIDE_WORKING_HOURS");
    assertThat(refusal(TUESDAY.plusDays(5), "10:00", "10:30").body.get("error").getAsString())
        .isEqualTo("No working rules configured for this day"); // Sunday
  }

  @Test
  void refusalsComeInTheServersOrder() {
    ApiError backwards = refusal(TUESDAY, "10:00", "10:00");
    assertThat(backwards.status).isEqualTo(422);
    assertThat(backwards.body.get("code").getAsString()).isEqualTo("VALIDATION_ERROR");
    // Two local days: refused before anything else is looked at.
    assertThat(
            availability()
                .refusal(RESOURCE, at(TUESDAY, "17:30"), at(TUESDAY.plusDays(1), "09:30"), -1)
                .body
                .get("error")
                .getAsString())
        .isEqualTo("Appointment must fit into one local day");
    // A holiday outranks the hours: 8 March moved to Monday 9 March.
    assertThat(code(LocalDate.of(2026, 3, 9), "07:00", "07:30")).isEqualTo("BLOCKED_BY_HOLIDAY");
    // Hours outrank the break, the break outranks time off, time off outranks other bookings.
    book(4, LocalDate.of(2026, 12, 29), "12:00", "13:30");
    assertThat(code(4, LocalDate.of(2026, 12, 29), "12:30", "18:30"))
        .isEqualTo("OUTSIDE_WORKING_HOURS");
    assertThat(code(4, LocalDate.of(2026, 12, 29), "12:30", "13:30")).isEqualTo("BLOCKED_BY_BREAK");
    assertThat(code(4, LocalDate.of(2026, 12, 29), "12:00", "12:30"))
        .isEqualTo("BLOCKED_BY_VACATION");
    book(RESOURCE, TUESDAY, "10:00", "10:30");
    assertThat(code(TUESDAY, "10:15", "10:45")).isEqualTo("SLOT_CONFLICT");
    assertThat(code(TUESDAY, "10:30", "11:00")).isNull(); // back to back is fine
  }

  @Test
  void recurringAndWorkingDayHolidaysAndTimeOffForEveryone() {
    insert(
        "holidays",
        "{\"id\": 900, \"date\": \"2020-06-02\", \"title\": \"Every 2 June\","
            + " \"recurring_yearly\": true, \"working_day_override\": false}");
    assertThat(code(LocalDate.of(2026, 6, 2), "10:00", "10:30")).isEqualTo("BLOCKED_BY_HOLIDAY");

    insert(
        "holidays",
        "{\"id\": 901, \"date\": \"2026-03-23\", \"title\": \"Worked after all\","
            + " \"recurring_yearly\": false, \"working_day_override\": true}");
    assertThat(code(LocalDate.of(2026, 3, 23), "10:00", "10:30")).isNull();

    insert(
        "time_offs",
        "{\"id\": 902, \"resource_id\": null, \"kind\": \"closure\","
            + " \"starts_at\": \"2026-03-04T04:00:00Z\", \"ends_at\": \"2026-03-04T06:00:00Z\"}");
    assertThat(code(TUESDAY.plusDays(1), "10:00", "10:30")).isEqualTo("BLOCKED_BY_VACATION");
    assertThat(code(4, TUESDAY.plusDays(1), "10:00", "10:30")).isEqualTo("BLOCKED_BY_VACATION");
    assertThat(code(TUESDAY.plusDays(1), "11:00", "11:30")).isNull();
  }

  @Test
  void aWorkdayOverrideReplacesTheWeekdayAndOpensAHoliday() {
    insert(
        "workday_overrides",
        "{\"id\": 910, \"resource_id\": 3, \"date\": \"2026-03-08\","
            + " \"start_minute\": 600, \"end_minute\": 720, \"break_start_minute\": 660,"
            + " \"break_end_minute\": 675}");
    LocalDate sunday = LocalDate.of(2026, 3, 8);
    assertThat(code(sunday, "10:00", "10:30")).isNull();
    assertThat(code(sunday, "11:00", "11:30")).isEqualTo("BLOCKED_BY_BREAK");
    assertThat(code(sunday, "11:45", "12:15")).isEqualTo("OUTSIDE_WORKING_HOURS");

    insert(
        "workday_overrides",
        "{\"id\": 911, \"resource_id\": 3, \"date\": \"2026-03-09\","
            + " \"start_minute\": 540, \"end_minute\": 780}");
    assertThat(code(LocalDate.of(2026, 3, 9), "12:30", "13:00")).isNull(); // holiday, opened
    assertThat(code(4, LocalDate.of(2026, 3, 9), "12:30", "13:00"))
        .isEqualTo("BLOCKED_BY_HOLIDAY"); // not for the other resource
  }

  @Test
  void slotsStartEveryFiveMinutesInsideTheFreeIntervals() {
    List<Interval> slots =
        availability().slots(RESOURCE, at(TUESDAY, "00:00"), at(TUESDAY.plusDays(1), "00:00"), 30);

    assertThat(slots).hasSize(86); // 09:00..12:30 and 14:00..17:30, every 5 minutes
    assertThat(slots.get(0).start).isEqualTo(at(TUESDAY, "09:00"));
    assertThat(slots.get(42).start).isEqualTo(at(TUESDAY, "12:30"));
    assertThat(slots.get(43).start).isEqualTo(at(TUESDAY, "14:00"));
    assertThat(slots.get(85).end).isEqualTo(at(TUESDAY, "18:00"));
  }

  /**
   * Over a week with bookings, a time off, a holiday, a workday override and a Saturday: on the
   * 5-minute grid, a start is offered exactly when a booking there is accepted.
   */
  @Test
  void aSlotIsOfferedExactlyWhenItCanBeBooked() {
    book(RESOURCE, TUESDAY, "10:00", "10:45");
    book(RESOURCE, TUESDAY.plusDays(1), "16:20", "17:05");
    insert(
        "time_offs",
        "{\"id\": 920, \"resource_id\": 3, \"kind\": \"sick\","
            + " \"starts_at\": \"2026-03-05T06:10:00Z\", \"ends_at\": \"2026-03-05T09:40:00Z\"}");
    insert(
        "workday_overrides",
        "{\"id\": 921, \"resource_id\": 3, \"date\": \"2026-03-08\","
            + " \"start_minute\": 600, \"end_minute\": 750, \"break_start_minute\": 690,"
            + " \"break_end_minute\": 705}");
    Availability availability = availability();
    Instant from = at(TUESDAY.minusDays(1), "00:00");
    Instant to =
        at(
            TUESDAY.plusDays(7),
            "00:00"); // Monday 2 March to Sunday 8 March, and Monday 9 (holiday)
    for (int minutes : new int[] {15, 45}) {
      List<Instant> offered = new ArrayList<>();
      for (Interval slot : availability.slots(RESOURCE, from, to, minutes)) {
        offered.add(slot.start);
      }
      List<Instant> bookable = new ArrayList<>();
      for (LocalDate day = TUESDAY.minusDays(1);
          day.isBefore(TUESDAY.plusDays(7));
          day = day.plusDays(1)) {
        // 07:00-20:00 holds every working hour of the week and some closed ones around them.
        for (Instant start = at(day, "07:00");
            start.isBefore(at(day, "20:00"));
            start = start.plusSeconds(300)) {
          if (availability.refusal(RESOURCE, start, start.plusSeconds(minutes * 60L), -1) == null) {
            bookable.add(start);
          }
        }
      }
      assertThat(offered).as("%d-minute slots", minutes).isNotEmpty().isEqualTo(bookable);
    }
  }

  @Test
  void aWorkingDayHasHoursAndNoTimeOff() {
    assertThat(availability().isWorkingDay(RESOURCE, TUESDAY)).isTrue();
    assertThat(availability().isWorkingDay(RESOURCE, LocalDate.of(2026, 3, 8))).isFalse(); // Sunday
    assertThat(availability().isWorkingDay(RESOURCE, LocalDate.of(2026, 3, 9)))
        .isFalse(); // holiday
    assertThat(availability().isWorkingDay(4, LocalDate.of(2026, 12, 29))).isFalse(); // time off
    assertThat(availability().isWorkingDay(RESOURCE, LocalDate.of(2026, 12, 29))).isTrue();
  }

  private @Nullable String code(LocalDate date, String from, String to) {
    return code(RESOURCE, date, from, to);
  }

  private @Nullable String code(long resource, LocalDate date, String from, String to) {
    ApiError refusal = availability().refusal(resource, at(date, from), at(date, to), -1);
    return refusal == null ? null : refusal.body.get("code").getAsString();
  }

  private ApiError refusal(LocalDate date, String from, String to) {
    ApiError refusal = availability().refusal(RESOURCE, at(date, from), at(date, to), -1);
    assertThat(refusal).isNotNull();
    return refusal;
  }

  private void book(long resource, LocalDate date, String from, String to) {
    JsonObject booking = new JsonObject();
    booking.addProperty("id", records.table("appointments").peekId());
    booking.addProperty("resource_id", resource);
    booking.addProperty("status", "scheduled");
    booking.addProperty("starts_at", Times.format(at(date, from)));
    booking.addProperty("ends_at", Times.format(at(date, to)));
    records.table("appointments").insert(booking);
  }

  private void insert(String collection, String json) {
    records.table(collection).insert(JsonParser.parseString(json).getAsJsonObject());
  }

  /** {@code time} on {@code date} in Almaty. */
  private static Instant at(LocalDate date, String time) {
    return date.atTime(LocalTime.parse(time)).toInstant(ZoneOffset.ofHours(5));
  }
}
