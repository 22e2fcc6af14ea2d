package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import kz.onelink.sdk.testing.RawHttp.Answer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sandbox follows the spec, not Java: on a copy of openapi.yaml with a new resource, a new list
 * filter and a new optional field ({@link ProofSpec}), it serves all three over plain HTTP, and
 * every answer matches the copied spec.
 */
class SpecDrivenProofTest {
  @TempDir static Path directory;
  private static Path spec;
  private static OpenApiInteractionValidator validator;

  private OneLinkSandbox sandbox;
  private RawHttp http;

  @BeforeAll
  static void writeSpec() {
    spec = ProofSpec.write(directory);
    validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(ProofSpec.text(spec)).build();
  }

  @BeforeEach
  void start() {
    sandbox = OneLinkSandbox.builder().spec(spec).clock(SandboxContractTest.CLOCK).start();
    http = new RawHttp(sandbox);
  }

  /** Whatever a test did, every answer it got must match the copied spec. */
  @AfterEach
  void everyAnswerMatchesTheCopiedSpec() {
    try {
      List<String> problems = new ArrayList<>();
      for (Exchange exchange : sandbox.exchanges()) {
        ValidationReport report =
            validator.validateResponse(
                exchange.path(),
                Request.Method.valueOf(exchange.method()),
                SimpleResponse.Builder.status(exchange.status())
                    .withContentType(exchange.responseHeaders().get("content-type"))
                    .withBody(exchange.responseBody().isEmpty() ? null : exchange.responseBody())
                    .build());
        if (report.hasErrors()) {
          problems.add(exchange + ": " + report.getMessages());
        }
      }
      assertThat(problems).isEmpty();
    } finally {
      sandbox.close();
    }
  }

  @Test
  void theCopiedSpecNeedsNoNewRule() {
    assertThat(sandbox.unsupported()).isEmpty();
  }

  @Test
  void aNewResourceIsCreatedListedReadUpdatedAndDeleted() {
    Answer created =
        http.post(
            "rooms",
            "{\"name\": \"Кабинет 2\", \"capacity\": 4, \"equipment\": [\"кушетка\"],"
                + " \"secret\": \"not in the schema\"}");
    http.post("rooms", "{\"name\": \"Кабинет 1\", \"capacity\": 2, \"floor\": 2}");

    assertThat(created.status).isEqualTo(201);
    JsonObject room = created.payload();
    assertThat(room.keySet())
        .containsExactly(
            "id",
            "account_id",
            "name",
            "capacity",
            "floor",
            "active",
            "equipment",
            "notes",
            "custom_attributes",
            "created_at",
            "updated_at");
    assertThat(room.get("account_id").getAsLong()).isEqualTo(OneLinkSandbox.ACCOUNT_ID);
    assertThat(room.get("floor").getAsInt()).isEqualTo(1); // the schema's default
    assertThat(room.get("active").getAsBoolean()).isTrue();
    assertThat(room.get("notes").isJsonNull()).isTrue();
    assertThat(room.get("custom_attributes").getAsJsonObject().size()).isZero();
    assertThat(room.get("created_at").getAsString()).isEqualTo("2026-03-02T04:00:00Z");
    String id = room.get("id").getAsString();

    assertThat(names(http.get("rooms"))).containsExactly("Кабинет 1", "Кабинет 2");
    assertThat(http.get("rooms").json().getAsJsonObject("meta").get("count").getAsInt())
        .isEqualTo(2);
    assertThat(names(http.get("rooms?min_capacity=3"))).containsExactly("Кабинет 2");
    assertThat(names(http.get("rooms?floors=2,3"))).containsExactly("Кабинет 1");
    assertThat(http.get("rooms/" + id).payload()).isEqualTo(room);

    JsonObject updated =
        http.patch("rooms/" + id, "{\"capacity\": 6, \"notes\": \"После ремонта\"}").payload();
    assertThat(updated.get("capacity").getAsInt()).isEqualTo(6);
    assertThat(updated.get("name").getAsString()).isEqualTo("Кабинет 2");
    assertThat(
            http.patch("rooms/" + id, "{\"capacity\": null}")
                .payload()
                .get("capacity")
                .isJsonNull())
        .isTrue();

    Answer deleted = http.delete("rooms/" + id);
    assertThat(deleted.status).isEqualTo(204);
    assertThat(deleted.body).isEmpty();
    Answer gone = http.get("rooms/" + id);
    assertThat(gone.status).isEqualTo(404);
    assertThat(gone.body).isEqualTo("{\"error\":\"Resource could not be found\"}");
  }

  @Test
  void aNewResourceIsValidatedAndGuardedLikeTheOthers() {
    Answer empty = http.post("rooms", "{}");
    assertThat(empty.status).isEqualTo(422);
    assertThat(empty.body)
        .isEqualTo(
            "{\"error\":\"Name can't be blank\",\"code\":\"VALIDATION_ERROR\","
                + "\"details\":{\"name\":[\"Name can't be blank\"]}}");

    // A value that cannot be read is refused at once; a value out of range by the model, at save.
    Answer unreadable =
        http.post("rooms", "{\"name\": \"x\", \"capacity\": \"many\", \"floor\": 900}");
    assertThat(unreadable.status).isEqualTo(422);
    assertThat(unreadable.json().getAsJsonObject("details").toString())
        .isEqualTo("{\"capacity\":[\"Capacity must be an integer\"]}");
    Answer outOfRange = http.post("rooms", "{\"name\": \"x\", \"capacity\": -1, \"floor\": 900}");
    assertThat(outOfRange.json().getAsJsonObject("details").toString())
        .isEqualTo(
            "{\"capacity\":[\"Capacity is not included in the list\"],"
                + "\"floor\":[\"Floor is not included in the list\"]}");

    // Rails reads "5" sent for an integer as 5.
    assertThat(
            http.post("rooms", "{\"name\": \"x\", \"capacity\": \"5\"}")
                .payload()
                .get("capacity")
                .getAsInt())
        .isEqualTo(5);

    assertThat(http.send("GET", "rooms", null, null).body)
        .isEqualTo("{\"errors\":[\"You need to sign in or sign up before continuing.\"]}");
    assertThat(
            http.send(
                    "GET",
                    "api/v1/accounts/19/scheduling/rooms",
                    null,
                    OneLinkSandbox.API_ACCESS_TOKEN)
                .get("code")
                .getAsString())
        .isEqualTo("FEATURE_DISABLED");
    assertThat(http.patch("rooms/987654321", "{\"name\": \"y\"}").status).isEqualTo(404);
  }

  @Test
  void aNewFilterOnAnExistingListIsApplied() {
    Answer withContact = http.post("appointments", booking(10, ", \"contact_id\": 925"));
    http.post("appointments", booking(11, ""));

    assertThat(ids(http.get("appointments?contact_ids=925")))
        .containsExactly(withContact.payload().get("id").getAsLong());
    assertThat(ids(http.get("appointments?contact_ids=926"))).isEmpty();
    assertThat(ids(http.get("appointments"))).hasSize(3); // with the imported one
  }

  @Test
  void aNewOptionalFieldIsAnsweredAndAccepted() {
    JsonObject imported =
        http.get("appointments/" + OneLinkSandbox.IMPORTED_APPOINTMENT_ID).payload();
    assertThat(imported.has("title")).isTrue();
    assertThat(imported.get("title").isJsonNull()).isTrue();

    JsonObject created =
        http.post("appointments", booking(10, ", \"title\": \"Осмотр\"")).payload();
    assertThat(created.get("title").getAsString()).isEqualTo("Осмотр");
    String id = created.get("id").getAsString();
    assertThat(
            http.patch("appointments/" + id, "{\"title\": null}")
                .payload()
                .get("title")
                .isJsonNull())
        .isTrue();
  }

  @Test
  void aResourcesWorkRulesAreServedAndAreWhatBookingsAreCheckedAgainst() {
    JsonObject first =
        http.get("resources/3/work_rules")
            .json()
            .getAsJsonArray("payload")
            .get(0)
            .getAsJsonObject();
    assertThat(
            http.get("resources/3/work_rules")
                .json()
                .getAsJsonObject("meta")
                .get("count")
                .getAsInt())
        .isEqualTo(6);
    assertThat(first.keySet())
        .containsExactly(
            "id",
            "account_id",
            "resource_id",
            "weekday",
            "start_minute",
            "end_minute",
            "active",
            "created_at",
            "updated_at");
    assertThat(first.get("weekday").getAsInt()).isEqualTo(1);
    assertThat(http.post("appointments", booking(8, "")).json().get("code").getAsString())
        .isEqualTo("OUTSIDE_WORKING_HOURS");

    Answer replaced =
        http.patch(
            "resources/3/work_rules",
            "{\"work_rules\": [{\"weekday\": 2, \"start_minute\": 480, \"end_minute\": 1080}]}");

    assertThat(replaced.status).isEqualTo(200);
    JsonObject rule = replaced.json().getAsJsonArray("payload").get(0).getAsJsonObject();
    assertThat(replaced.json().getAsJsonArray("payload")).hasSize(1);
    assertThat(rule.get("resource_id").getAsLong()).isEqualTo(OneLinkSandbox.RESOURCE_ID);
    assertThat(rule.get("active").getAsBoolean()).isTrue(); // the schema's default
    assertThat(http.post("appointments", booking(8, "")).status).isEqualTo(201);
    assertThat(
            http.post("appointments", booking(10, "").replace("2026-03-03", "2026-03-04"))
                .json()
                .get("error")
                .getAsString())
        .isEqualTo("No working rules configured for this day"); // Wednesday has none now
    assertThat(http.get("resources/999/work_rules").status).isEqualTo(404);
    assertThat(names(http.get("resources"))).containsExactly("Ахметова Динара", "Кабинет УЗИ");
  }

  @Test
  void searchAndYearFiltersComeFromTheSpecToo() {
    http.post("rooms", "{\"name\": \"Процедурная\", \"notes\": \"После ремонта\"}");
    http.post("rooms", "{\"name\": \"Кабинет 1\"}");

    assertThat(names(http.get("rooms?q=%D0%A0%D0%95%D0%9C%D0%9E%D0%9D%D0%A2"))) // "РЕМОНТ"
        .containsExactly("Процедурная");
    assertThat(names(http.get("rooms?q=кабинет"))).containsExactly("Кабинет 1");
    List<String> dates = new ArrayList<>();
    for (JsonElement holiday : http.get("holidays?year=2027").json().getAsJsonArray("payload")) {
      dates.add(holiday.getAsJsonObject().get("date").getAsString());
    }
    assertThat(dates).containsExactly("2027-01-01", "2027-01-07");
  }

  @Test
  void aListFilterWithoutItsExtensionFailsLoudly() {
    Path bare =
        ProofSpec.withoutFilter(
            spec, "/api/v1/accounts/{account_id}/scheduling/rooms", "min_capacity");
    try (OneLinkSandbox loose = OneLinkSandbox.builder().spec(bare).start()) {
      RawHttp looseHttp = new RawHttp(loose);

      assertThat(loose.unsupported())
          .containsExactly(
              "listRooms (GET /api/v1/accounts/{account_id}/scheduling/rooms):"
                  + " query parameter min_capacity has no x-onelink-filter");
      assertThat(looseHttp.get("rooms").status).isEqualTo(200);
      assertThat(looseHttp.get("rooms?min_capacity=3").status).isEqualTo(501);
    }
  }

  /** A raw create body for Tuesday 3 March 2026 at {@code hour}:00 Almaty, 30 minutes. */
  private static String booking(int hour, String more) {
    return String.format(
        "{\"resource_id\": 3, \"service_id\": 12, \"client_name\": \"Айгерим\","
            + " \"starts_at\": \"2026-03-03T%02d:00:00+05:00\","
            + " \"ends_at\": \"2026-03-03T%02d:30:00+05:00\"%s}",
        hour, hour, more);
  }

  private static List<String> names(Answer list) {
    List<String> names = new ArrayList<>();
    for (JsonElement room : list.json().getAsJsonArray("payload")) {
      names.add(room.getAsJsonObject().get("name").getAsString());
    }
    return names;
  }

  private static List<Long> ids(Answer list) {
    List<Long> ids = new ArrayList<>();
    for (JsonElement item : list.json().getAsJsonArray("payload")) {
      ids.add(item.getAsJsonObject().get("id").getAsLong());
    }
    return ids;
  }
}
