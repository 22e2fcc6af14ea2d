package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.CalendarSlot;
import kz.onelink.sdk.model.SchedulingCalendar;
import kz.onelink.sdk.model.TimeOffCreateRequest;
import kz.onelink.sdk.model.WorkdayOverrideCreateRequest;
import kz.onelink.sdk.params.GetCalendarParams;
import kz.onelink.sdk.testing.RawHttp.Answer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code GET /calendar} ({@code calendar_controller.rb@e9defc735aef}, {@code
 * calendar_view_service.rb@e9defc735aef}, {@code availability_service.rb@e9defc735aef#slots}): what
 * it refuses, what it lists, and slots that are exactly the bookings the same sandbox accepts.
 */
class CalendarTest {
  private static final ZoneOffset ALMATY = ZoneOffset.ofHours(5);

  @RegisterExtension
  static final OneLinkSandboxExtension SANDBOX =
      new OneLinkSandboxExtension(SandboxContractTest.CLOCK);

  private RawHttp http;
  private OneLinkClient client;

  @BeforeEach
  void start() {
    http = new RawHttp(SANDBOX.sandbox());
    client =
        OneLinkClient.builder()
            .baseUrl(SANDBOX.sandbox().baseUrl())
            .apiAccessToken(OneLinkSandbox.API_ACCESS_TOKEN)
            .maxRetries(0)
            .build();
  }

  @Test
  void theCalendarRefusesInTheServersOrder() {
    assertThat(http.get("calendar?view=year").error())
        .isEqualTo("view must be one of: day, week, month, list");
    assertThat(http.get("calendar?to=2026-03-04T00:00:00Z").error()).isEqualTo("from is required");
    assertThat(http.get("calendar?from=soon&to=2026-03-04T00:00:00Z").error())
        .isEqualTo("from must be a valid datetime");
    assertThat(http.get("calendar?from=2026-03-03T00:00:00Z").error()).isEqualTo("to is required");
    Answer week = http.get("calendar?from=2026-03-03%2000:00&to=2026-03-04");
    assertThat(week.status).isEqualTo(200);
    assertThat(week.payload().get("view").getAsString()).isEqualTo("week");
    assertThat(week.payload().getAsJsonObject("range").toString())
        .isEqualTo("{\"from\":\"2026-03-03T00:00:00Z\",\"to\":\"2026-03-04T00:00:00Z\"}");
  }

  /**
   * The range's records: appointments and time-offs overlapping it (cancelled appointments too,
   * account-wide time-offs too), overrides from the day before to the day after, every holiday, the
   * resources' rules, each list in its own list's order; payments of the appointments.
   */
  @Test
  void theCalendarListsWhatOverlapsTheRange() {
    long early =
        book(
            "2026-03-03T09:00:00+05:00",
            "2026-03-03T09:30:00+05:00",
            ", \"prepaid_amount\": 5000, \"prepaid_payment_method\": \"cash\"");
    long cancelled = book("2026-03-03T10:00:00+05:00", "2026-03-03T10:30:00+05:00", "");
    http.post("appointments/" + cancelled + "/cancel", "");
    book("2026-03-04T10:00:00+05:00", "2026-03-04T10:30:00+05:00", ""); // the day after
    http.post(
        "time_offs",
        "{\"kind\": \"meeting\", \"starts_at\": \"2026-03-02T23:00:00Z\","
            + " \"ends_at\": \"2026-03-03T03:00:00Z\"}"); // everyone's, from the night before
    http.post(
        "workday_overrides",
        "{\"resource_id\": 3, \"date\": \"2026-03-04\", \"start_minute\": 600, \"end_minute\": 720}");
    http.post(
        "workday_overrides",
        "{\"resource_id\": 3, \"date\": \"2026-03-06\", \"start_minute\": 600, \"end_minute\": 720}");

    JsonObject calendar =
        http.get(
                "calendar?view=day&from=2026-03-02T19:00:00Z&to=2026-03-03T19:00:00Z&resource_ids=3")
            .payload();

    assertThat(ids(calendar, "resources")).containsExactly(3L);
    assertThat(ids(calendar, "appointments")).containsExactly(early, cancelled);
    assertThat(calendar.getAsJsonArray("time_offs")).hasSize(1);
    assertThat(calendar.getAsJsonArray("workday_overrides")).hasSize(1); // 4 March, not 6 March
    assertThat(calendar.getAsJsonArray("holidays")).hasSize(16);
    assertThat(calendar.getAsJsonArray("work_rules")).hasSize(6);
    assertThat(
            calendar
                .getAsJsonArray("work_rules")
                .get(0)
                .getAsJsonObject()
                .get("weekday")
                .getAsInt())
        .isEqualTo(1);
    assertThat(calendar.getAsJsonArray("break_rules")).hasSize(5);
    assertThat(calendar.getAsJsonArray("payments")).hasSize(1);
    assertThat(calendar.getAsJsonArray("slots")).isEmpty(); // not asked for
  }

  /** Slots start every 5 minutes and carry the offset of where their free time starts. */
  @Test
  void slotsCarryTheOffsetOfWhereTheirFreeTimeStarts() {
    book("2026-03-03T10:00:00+05:00", "2026-03-03T10:30:00+05:00", "");

    JsonArray slots =
        http.get(
                "calendar?from=2026-03-03T04:00:00Z&to=2026-03-03T06:00:00Z&resource_ids=3"
                    + "&include_slots=true&duration_min=30")
            .payload()
            .getAsJsonArray("slots");

    List<String> starts = new ArrayList<>();
    for (JsonElement slot : slots) {
      starts.add(slot.getAsJsonObject().get("starts_at").getAsString());
    }
    assertThat(starts)
        .containsExactly(
            "2026-03-03T09:00:00+05:00", // the work rule's start, in the resource's zone
            "2026-03-03T09:05:00+05:00",
            "2026-03-03T09:10:00+05:00",
            "2026-03-03T09:15:00+05:00",
            "2026-03-03T09:20:00+05:00",
            "2026-03-03T09:25:00+05:00",
            "2026-03-03T09:30:00+05:00",
            "2026-03-03T05:30:00Z"); // where the booking ends, in UTC; clipped at the range's end
  }

  /**
   * Over two days with a booking, a time-off, a workday override and the weekly break, for both
   * resources and two lengths: every slot the calendar offers can be booked through the API, and a
   * start on the 5-minute grid it does not offer cannot.
   */
  @Test
  void everySlotOfferedCanBeBookedAndNoOtherStartCan() {
    book("2026-03-03T10:00:00+05:00", "2026-03-03T10:45:00+05:00", "");
    client
        .timeOffs()
        .create(
            OneLinkSandbox.ACCOUNT_ID,
            new TimeOffCreateRequest()
                .resourceId(OneLinkSandbox.SECOND_RESOURCE_ID)
                .kind("meeting")
                .startsAt(OffsetDateTime.of(2026, 3, 3, 15, 10, 0, 0, ALMATY))
                .endsAt(OffsetDateTime.of(2026, 3, 3, 16, 20, 0, 0, ALMATY)));
    client
        .workdayOverrides()
        .create(
            OneLinkSandbox.ACCOUNT_ID,
            new WorkdayOverrideCreateRequest()
                .resourceId(OneLinkSandbox.RESOURCE_ID)
                .date(LocalDate.of(2026, 3, 4))
                .startMinute(600)
                .endMinute(900)
                .breakStartMinute(720)
                .breakEndMinute(750));
    OffsetDateTime from = OffsetDateTime.of(2026, 3, 3, 0, 0, 0, 0, ALMATY);
    OffsetDateTime to = from.plusDays(2);

    for (int minutes : new int[] {30, 45}) {
      SchedulingCalendar calendar =
          client
              .calendar()
              .get(
                  OneLinkSandbox.ACCOUNT_ID,
                  from,
                  to,
                  GetCalendarParams.builder().includeSlots(true).durationMin(minutes).build());
      Set<String> offered = new LinkedHashSet<>();
      for (CalendarSlot slot : calendar.getSlots()) {
        assertThat(slot.getEndsAt()).isEqualTo(slot.getStartsAt().plusMinutes(minutes));
        offered.add(slot.getResourceId() + "@" + slot.getStartsAt().toInstant());
        assertThat(bookable(slot.getResourceId(), slot.getStartsAt(), minutes))
            .as("offered %s", slot)
            .isTrue();
      }
      assertThat(offered).hasSizeGreaterThan(100);
      for (long resource :
          new long[] {OneLinkSandbox.RESOURCE_ID, OneLinkSandbox.SECOND_RESOURCE_ID}) {
        for (OffsetDateTime start = from.plusHours(8);
            start.isBefore(to);
            start = start.plusMinutes(5)) {
          if (start.getHour() < 8 || start.getHour() >= 19) {
            continue; // the nights hold nothing
          }
          if (!offered.contains(resource + "@" + start.toInstant())) {
            assertThat(bookable(resource, start, minutes))
                .as("not offered %s@%s", resource, start)
                .isFalse();
          }
        }
      }
    }
  }

  /** Books through the SDK and, when that worked, cancels again so the slot is free once more. */
  private boolean bookable(long resource, OffsetDateTime start, int minutes) {
    try {
      long id =
          client
              .appointments()
              .create(
                  OneLinkSandbox.ACCOUNT_ID,
                  new AppointmentCreateRequest()
                      .resourceId(resource)
                      .startsAt(start)
                      .endsAt(start.plusMinutes(minutes))
                      .serviceAmount(1000L)
                      .clientName("Проверка слота"))
              .getId();
      client.appointments().cancel(OneLinkSandbox.ACCOUNT_ID, id);
      return true;
    } catch (OneLinkServiceException refused) {
      assertThat(refused.statusCode()).isIn(409, 422);
      return false;
    }
  }

  private long book(String from, String to, String more) {
    Answer booked =
        http.post(
            "appointments",
            "{\"resource_id\": 3, \"service_id\": 12, \"client_name\": \"Айгерим\","
                + " \"starts_at\": \""
                + from
                + "\", \"ends_at\": \""
                + to
                + "\""
                + more
                + "}");
    assertThat(booked.status).as(booked.toString()).isEqualTo(201);
    return booked.payload().get("id").getAsLong();
  }

  private static List<Long> ids(JsonObject calendar, String key) {
    List<Long> ids = new ArrayList<>();
    for (JsonElement item : calendar.getAsJsonArray(key)) {
      ids.add(item.getAsJsonObject().get("id").getAsLong());
    }
    return ids;
  }
}
