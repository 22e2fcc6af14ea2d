package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import kz.onelink.sdk.testing.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The schedule's collections on the baseline (B0): resources with their work and break rules,
 * services with prices, contacts, holidays, workday overrides and time-offs, each with the rules of
 * its controller and model at {@code e9defc735aef} ({@code *_controller.rb}, {@code
 * app/models/scheduling/*.rb}), and what a change does to later bookings.
 */
class ScheduleRulesTest {
  @RegisterExtension
  static final OneLinkSandboxExtension SANDBOX =
      new OneLinkSandboxExtension(SandboxContractTest.CLOCK);

  private final RawHttp http = new RawHttp(SANDBOX);

  private Answer book(String date, String from, String to) {
    return http.post(
        "appointments",
        AppointmentWriteRulesTest.booking(from, to, "").replace("2026-03-03", date));
  }

  /** {@code check_admin_authorization?}: only administrators write the schedule (401). */
  @Test
  void onlyAdministratorsWriteTheSchedule() {
    for (String[] write :
        new String[][] {
          {"POST", "resources", "{\"name\": \"x\"}"},
          {"PATCH", "resources/3", "{\"name\": \"x\"}"},
          {"DELETE", "resources/3", null},
          {"PATCH", "resources/3/work_rules", "{\"work_rules\": []}"},
          {"POST", "services", "{\"name\": \"x\"}"},
          {"POST", "holidays", "{\"date\": \"2026-03-04\", \"title\": \"x\"}"},
          {
            "POST",
            "time_offs",
            "{\"kind\": \"x\", \"starts_at\": \"2026-03-04T05:00:00Z\", \"ends_at\": \"2026-03-04T06:00:00Z\"}"
          },
          {"DELETE", "workday_overrides/1", null}
        }) {
      Answer refused = http.send(write[0], write[1], write[2], OneLinkSandbox.AGENT_TOKEN);
      assertThat(refused.status).as(write[0] + " " + write[1]).isEqualTo(401);
      assertThat(refused.body)
          .isEqualTo("{\"error\":\"You are not authorized to do this action\"}");
    }
    assertThat(http.send("GET", "resources/3/work_rules", null, OneLinkSandbox.AGENT_TOKEN).status)
        .isEqualTo(200);
    assertThat(
            http.send("POST", "contacts", "{\"full_name\": \"x\"}", OneLinkSandbox.AGENT_TOKEN)
                .status)
        .isEqualTo(201); // any member creates contacts
    assertThat(
            http.send(
                    "POST",
                    "appointments",
                    AppointmentWriteRulesTest.booking("10:00", "10:30", ""),
                    OneLinkSandbox.AGENT_TOKEN)
                .status)
        .isEqualTo(201);
  }

  /** A resource gets its columns' defaults; inactive ones are listed only when asked for. */
  @Test
  void resourcesHaveTheirDefaultsAndInactiveOnesAreListedOnlyOnRequest() {
    JsonObject created =
        http.post("resources", "{\"name\": \"Др. Ким\", \"active\": false}").payload();
    assertThat(created.get("timezone").getAsString()).isEqualTo("Asia/Almaty");
    assertThat(created.get("slot_duration_min").getAsInt()).isEqualTo(30);
    assertThat(created.get("compensation_type").getAsString()).isEqualTo("percent");
    assertThat(created.get("compensation_value").getAsInt()).isZero();

    assertThat(names(http.get("resources"))).containsExactly("Ахметова Динара", "Кабинет УЗИ");
    assertThat(names(http.get("resources?include_inactive=true")))
        .containsExactly("Ахметова Динара", "Др. Ким", "Кабинет УЗИ");
    assertThat(names(http.get("resources?include_inactive=0"))).hasSize(2);

    Answer badZone =
        http.patch("resources/" + created.get("id"), "{\"timezone\": \"Mars/Olympus\"}");
    assertThat(badZone.error()).isEqualTo("Timezone must be a valid timezone");
    Answer percent = http.patch("resources/3", "{\"compensation_value\": 120}");
    assertThat(percent.error())
        .isEqualTo("Compensation value must be between 0 and 100 for percent compensation");
    assertThat(http.patch("resources/3", "{\"name\": \" \"}").error())
        .isEqualTo("Name can't be blank");
  }

  /** Work rules are replaced as a whole; later bookings and slots follow the new hours. */
  @Test
  void replacedWorkRulesAreWhatLaterBookingsAreCheckedAgainst() {
    assertThat(book("2026-03-03", "08:00", "08:30").code()).isEqualTo("OUTSIDE_WORKING_HOURS");

    Answer replaced =
        http.patch(
            "resources/3/work_rules",
            "{\"work_rules\": [{\"weekday\": 3, \"start_minute\": 480, \"end_minute\": 1200},"
                + " {\"weekday\": 2, \"start_minute\": 480, \"end_minute\": 720},"
                + " {\"weekday\": 2, \"start_minute\": 780, \"end_minute\": 1080}]}");

    assertThat(replaced.status).isEqualTo(200);
    List<String> rules = new ArrayList<>();
    for (JsonElement rule : replaced.list()) {
      JsonObject r = rule.getAsJsonObject();
      rules.add(r.get("weekday") + "/" + r.get("start_minute") + "/" + r.get("active"));
      assertThat(r.get("id").getAsLong()).isGreaterThan(1000); // new ids
    }
    assertThat(rules).containsExactly("2/480/true", "2/780/true", "3/480/true");
    assertThat(book("2026-03-03", "08:00", "08:30").status).isEqualTo(201);
    assertThat(book("2026-03-05", "10:00", "10:30").error())
        .isEqualTo("No working rules configured for this day"); // Thursday has none now
  }

  /** A replacement the model refuses changes nothing: the transaction rolls back. */
  @Test
  void aRefusedReplacementKeepsTheRulesItWasToReplace() {
    Answer duplicate =
        http.patch(
            "resources/3/work_rules",
            "{\"work_rules\": [{\"weekday\": 2, \"start_minute\": 480, \"end_minute\": 720},"
                + " {\"weekday\": 2, \"start_minute\": 480, \"end_minute\": 720}]}");
    Answer backwards =
        http.patch(
            "resources/3/work_rules",
            "{\"work_rules\": [{\"weekday\": 2, \"start_minute\": 720, \"end_minute\": 480}]}");
    Answer weekday =
        http.patch(
            "resources/3/work_rules",
            "{\"work_rules\": [{\"weekday\": 9, \"start_minute\": 480, \"end_minute\": 720}]}");

    assertThat(duplicate.body)
        .isEqualTo(
            "{\"error\":\"Resource has already been taken\",\"code\":\"VALIDATION_ERROR\","
                + "\"details\":{\"resource_id\":[\"Resource has already been taken\"]}}");
    assertThat(backwards.error()).isEqualTo("End minute must be greater than start_minute");
    assertThat(weekday.json().getAsJsonObject("details").toString())
        .isEqualTo("{\"weekday\":[\"Weekday is not included in the list\"]}");
    assertThat(http.get("resources/3/work_rules").list()).hasSize(6);
  }

  /** A new break blocks bookings in it. */
  @Test
  void aNewBreakBlocksItsTime() {
    http.patch(
        "resources/3/break_rules",
        "{\"break_rules\": [{\"weekday\": 2, \"start_minute\": 600, \"end_minute\": 630,"
            + " \"title\": \"Планёрка\"}]}");

    assertThat(book("2026-03-03", "10:15", "10:45").code()).isEqualTo("BLOCKED_BY_BREAK");
    assertThat(book("2026-03-03", "13:15", "13:45").status).isEqualTo(201); // lunch is gone
  }

  /**
   * Services: B0 needs the fee terms on every price; a resource's price is updated in place and is
   * what its bookings cost; a deleted service leaves its appointments their snapshots.
   */
  @Test
  void servicePricesAreSyncedAndPriceTheResourcesBookings() {
    Answer withoutTerms =
        http.post(
            "services",
            "{\"name\": \"ЭКГ\", \"base_price\": 8000, \"prices\": [{\"resource_id\": 3,"
                + " \"price\": 9000}]}");
    assertThat(withoutTerms.status).isEqualTo(422);
    assertThat(withoutTerms.error())
        .isEqualTo(
            "Compensation type is not included in the list and Compensation value is not a number");
    assertThat(http.post("services", "{\"name\": \"x\", \"prices\": [{\"price\": 1}]}").error())
        .isEqualTo("resource_id is required for service prices");
    assertThat(
            http.post("services", "{\"name\": \"x\", \"prices\": [{\"resource_id\": 999}]}").status)
        .isEqualTo(404);

    JsonObject service =
        http.post(
                "services",
                "{\"name\": \"ЭКГ\", \"base_price\": 8000, \"duration_min\": 20, \"prices\":"
                    + " [{\"resource_id\": 3, \"price\": 9000, \"compensation_type\": \"fixed\","
                    + " \"compensation_value\": 2000}]}")
            .payload();
    long priceId = service.getAsJsonArray("prices").get(0).getAsJsonObject().get("id").getAsLong();
    JsonObject repriced =
        http.patch(
                "services/" + service.get("id"),
                "{\"prices\": [{\"resource_id\": 3, \"price\": 9500, \"compensation_type\":"
                    + " \"fixed\", \"compensation_value\": 2000}]}")
            .payload();
    assertThat(repriced.getAsJsonArray("prices").get(0).getAsJsonObject().get("id").getAsLong())
        .isEqualTo(priceId);

    JsonObject onResource3 =
        http.post(
                "appointments",
                AppointmentWriteRulesTest.booking("10:00", "10:20", "")
                    .replace("\"service_id\": 12", "\"service_id\": " + service.get("id")))
            .payload();
    assertThat(onResource3.get("service_amount").getAsLong()).isEqualTo(9500);
    assertThat(onResource3.get("compensation_type_snapshot").getAsString()).isEqualTo("fixed");
    JsonObject onResource4 =
        http.post(
                "appointments",
                AppointmentWriteRulesTest.booking("10:00", "10:20", "")
                    .replace("\"service_id\": 12", "\"service_id\": " + service.get("id"))
                    .replace("\"resource_id\": 3", "\"resource_id\": 4"))
            .payload();
    assertThat(onResource4.get("service_amount").getAsLong()).isEqualTo(8000); // base price

    assertThat(http.delete("services/" + service.get("id")).status).isEqualTo(204);
    JsonObject orphan = http.get("appointments/" + onResource3.get("id")).payload();
    assertThat(orphan.get("service_id").isJsonNull()).isTrue();
    assertThat(orphan.get("service_name_snapshot").getAsString()).isEqualTo("ЭКГ");
    assertThat(names(http.get("services"))).doesNotContain("Архивная услуга");
    assertThat(names(http.get("services?include_inactive=true"))).contains("Архивная услуга");
  }

  /**
   * Contacts: names, phones and IINs are read as the controller reads them; nothing can be cleared;
   * the search looks at name, email, phone and identifier; the list is newest first and capped by
   * {@code limit}.
   */
  @Test
  void contactsAreWrittenAndSearchedAsTheControllerDoes() {
    JsonObject created =
        http.post(
                "contacts",
                "{\"name\": \"Ерлан Жумабаев\", \"phone_number\": \"8 (702) 111-22-33\","
                    + " \"iin\": \"940720400125\", \"gender\": \"male\","
                    + " \"custom_attributes\": {\"source\": \"instagram\"}}")
            .payload();
    assertThat(created.get("full_name").getAsString()).isEqualTo("Ерлан Жумабаев");
    assertThat(created.get("phone").getAsString()).isEqualTo("+77021112233");
    assertThat(created.get("identifier").getAsString()).isEqualTo("940720400125");
    assertThat(created.getAsJsonObject("custom_attributes").toString())
        .isEqualTo("{\"source\":\"instagram\",\"gender\":\"male\",\"iin\":\"940720400125\"}");

    JsonObject updated =
        http.patch("contacts/" + created.get("id"), "{\"full_name\": \"\", \"phone\": \" \"}")
            .payload();
    assertThat(updated.get("full_name").getAsString()).isEqualTo("Ерлан Жумабаев");
    assertThat(updated.get("phone").getAsString()).isEqualTo("+77021112233");

    assertThat(http.post("contacts", "{\"iin\": \"123456789012\"}").code())
        .isEqualTo("INVALID_IIN");
    assertThat(http.post("contacts", "{\"identifier\": \"940720400125\"}").error())
        .isEqualTo("Identifier has already been taken");
    assertThat(http.post("contacts", "{\"phone\": \"12-34\"}").error())
        .isEqualTo("Phone number should be in e164 format");

    assertThat(names(http.get("contacts?search=ЖУМА"), "full_name"))
        .containsExactly("Ерлан Жумабаев");
    assertThat(ids(http.get("contacts?search=nurlan@"))).containsExactly(926L); // by email
    assertThat(ids(http.get("contacts"))).hasSize(3).startsWith(created.get("id").getAsLong());
    assertThat(ids(http.get("contacts?limit=1"))).hasSize(1);
    assertThat(ids(http.get("contacts?limit=0"))).hasSize(1); // clamped to 1
  }

  /** Holidays block their date for later bookings until deleted; {@code year} filters them. */
  @Test
  void aHolidayBlocksItsDateUntilItIsDeleted() {
    JsonObject holiday =
        http.post("holidays", "{\"date\": \"2026-03-04\", \"title\": \"Санитарный день\"}")
            .payload();
    assertThat(holiday.get("recurring_yearly").getAsBoolean()).isFalse();

    assertThat(book("2026-03-04", "10:00", "10:30").code()).isEqualTo("BLOCKED_BY_HOLIDAY");
    assertThat(http.get("holidays?year=2026").list()).hasSize(15);
    assertThat(http.get("holidays?year=2026abc").list()).hasSize(15); // Ruby's to_i
    assertThat(http.get("holidays?year=abc").list()).isEmpty();
    assertThat(http.patch("holidays/" + holiday.get("id"), "{\"title\": \"\"}").error())
        .isEqualTo("Title can't be blank");

    assertThat(http.delete("holidays/" + holiday.get("id")).status).isEqualTo(204);
    assertThat(book("2026-03-04", "10:00", "10:30").status).isEqualTo(201);
  }

  /** A workday override opens a day (a Sunday, a holiday) with its own hours and break. */
  @Test
  void aWorkdayOverrideOpensTheDayWithItsOwnHours() {
    Answer override =
        http.post(
            "workday_overrides",
            "{\"resource_id\": 3, \"date\": \"2026-03-08\", \"start_minute\": 600,"
                + " \"end_minute\": 780, \"break_start_minute\": 720, \"break_end_minute\": 750}");
    assertThat(override.status).isEqualTo(201);

    assertThat(book("2026-03-08", "10:00", "10:30").status).isEqualTo(201);
    assertThat(book("2026-03-08", "12:10", "12:40").code()).isEqualTo("BLOCKED_BY_BREAK");
    assertThat(
            http.post(
                    "workday_overrides",
                    "{\"resource_id\": 3, \"date\": \"2026-03-08\", \"start_minute\": 600,"
                        + " \"end_minute\": 780}")
                .error())
        .isEqualTo("Date has already been taken");
    assertThat(
            http.post(
                    "workday_overrides",
                    "{\"resource_id\": 999, \"date\": \"2026-03-10\", \"start_minute\": 600,"
                        + " \"end_minute\": 780}")
                .error())
        .isEqualTo("Resource must exist");
    assertThat(
            http.patch(
                    "workday_overrides/" + override.payload().get("id"),
                    "{\"break_end_minute\": null}")
                .error())
        .isEqualTo("break_start_minute and break_end_minute must be provided together");
    assertThat(http.get("workday_overrides?from=2026-03-08&to=2026-03-08").list()).hasSize(1);
    assertThat(http.get("workday_overrides?from=08.03.2026").error()).isEqualTo("invalid date");
  }

  /** A time-off blocks its time for its resource, or for every resource when it has none. */
  @Test
  void aTimeOffBlocksItsResourceOrEveryone() {
    http.post(
        "time_offs",
        "{\"kind\": \"closure\", \"starts_at\": \"2026-03-05T04:00:00Z\","
            + " \"ends_at\": \"2026-03-05T06:00:00Z\"}");

    assertThat(book("2026-03-05", "10:00", "10:30").code()).isEqualTo("BLOCKED_BY_VACATION");
    assertThat(
            http.post(
                    "appointments",
                    AppointmentWriteRulesTest.booking("10:00", "10:30", "")
                        .replace("2026-03-03", "2026-03-05")
                        .replace("\"resource_id\": 3", "\"resource_id\": 4"))
                .code())
        .isEqualTo("BLOCKED_BY_VACATION");
    assertThat(
            http.post(
                    "time_offs",
                    "{\"kind\": \"x\", \"starts_at\": \"2026-03-05T06:00:00Z\","
                        + " \"ends_at\": \"2026-03-05T05:00:00Z\"}")
                .error())
        .isEqualTo("Ends at must be after starts_at");
    Answer unknownResource =
        http.post(
            "time_offs",
            "{\"resource_id\": 999, \"kind\": \"x\", \"starts_at\": \"2026-03-05T06:00:00Z\","
                + " \"ends_at\": \"2026-03-05T07:00:00Z\"}");
    assertThat(unknownResource.status).isEqualTo(500); // the foreign key, on the insert
    assertThat(http.get("time_offs?resource_id=4").list()).hasSize(5);
    assertThat(http.get("time_offs?from=2026-03-01T00:00:00Z&to=2026-04-01T00:00:00Z").list())
        .hasSize(1);
  }

  private static List<String> names(Answer list) {
    return names(list, "name");
  }

  private static List<String> names(Answer list, String key) {
    List<String> names = new ArrayList<>();
    JsonArray items = list.list();
    for (JsonElement item : items) {
      names.add(item.getAsJsonObject().get(key).getAsString());
    }
    return names;
  }

  private static List<Long> ids(Answer list) {
    List<Long> ids = new ArrayList<>();
    for (JsonElement item : list.list()) {
      ids.add(item.getAsJsonObject().get("id").getAsLong());
    }
    return ids;
  }
}
