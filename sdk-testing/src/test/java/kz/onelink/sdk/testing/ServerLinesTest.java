package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import java.util.EnumMap;
import java.util.Map;
import kz.onelink.sdk.testing.RawHttp.Answer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The same requests on each server line ({@code OneLinkSandbox.builder().serverLine(...)}): B0
 * ({@code e9defc735aef}), L1 ({@code 407a22449751}) and L2 ({@code a34a84bfe8bd}) answer them as
 * openapi.yaml says each version does.
 */
class ServerLinesTest {
  private static final Map<ServerLine, OneLinkSandbox> SANDBOXES = new EnumMap<>(ServerLine.class);

  @BeforeAll
  static void start() {
    for (ServerLine line : ServerLine.values()) {
      SANDBOXES.put(
          line, OneLinkSandbox.builder().clock(SandboxContractTest.CLOCK).serverLine(line).start());
    }
  }

  @AfterAll
  static void stop() {
    for (OneLinkSandbox sandbox : SANDBOXES.values()) {
      sandbox.close();
    }
  }

  @BeforeEach
  void reset() {
    for (OneLinkSandbox sandbox : SANDBOXES.values()) {
      sandbox.reset();
    }
  }

  private static RawHttp on(ServerLine line) {
    return new RawHttp(SANDBOXES.get(line));
  }

  private static String booking(String more) {
    return AppointmentWriteRulesTest.booking("10:00", "10:30", more);
  }

  @Test
  void theDefaultLineIsTheBaseline() {
    try (OneLinkSandbox sandbox = OneLinkSandbox.start()) {
      assertThat(sandbox.serverLine()).isEqualTo(ServerLine.B0);
    }
  }

  /**
   * R1: B0 stores the finance keys; L1 ignores them (but {@code service_amount}); L2 refuses any of
   * them, even null ({@code
   * appointments_controller.rb@a34a84bfe8bd#reject_retired_finance_params!}).
   */
  @Test
  void retiredFinanceKeysAreStoredIgnoredOrRefused() {
    String prepaid = ", \"prepaid_amount\": 5000, \"prepaid_payment_method\": \"cash\"";

    JsonObject b0 = on(ServerLine.B0).post("appointments", booking(prepaid)).payload();
    Answer l1 = on(ServerLine.L1).post("appointments", booking(prepaid));
    Answer l2 = on(ServerLine.L2).post("appointments", booking(prepaid));
    Answer l2Null = on(ServerLine.L2).post("appointments", booking(", \"payment_status\": null"));
    Answer l2Amount = on(ServerLine.L2).post("appointments", booking(", \"service_amount\": 100"));

    assertThat(b0.get("prepaid_amount").getAsLong()).isEqualTo(5000);
    assertThat(b0.get("payment_status").getAsString()).isEqualTo("prepaid");
    assertThat(l1.status).isEqualTo(201);
    assertThat(l1.payload().get("prepaid_amount").getAsLong()).isZero(); // a stub: ignored
    assertThat(l1.payload().has("payment_status")).isFalse();
    for (Answer refused : new Answer[] {l2, l2Null, l2Amount}) {
      assertThat(refused.status).isEqualTo(422);
      assertThat(refused.body)
          .isEqualTo(
              "{\"error\":\"Scheduling finance fields are no longer writable\","
                  + "\"code\":\"VALIDATION_ERROR\"}");
    }
    assertThat(
            on(ServerLine.L1)
                .post("appointments", booking(", \"service_amount\": 100").replace("10:", "11:"))
                .payload()
                .get("service_amount")
                .getAsLong())
        .isEqualTo(100); // L1 still takes service_amount
  }

  /** R6: B0 stores {@code source} (and makes {@code medelement} read-only); L1 and L2 ignore it. */
  @Test
  void sourceIsStoredOnlyByTheBaseline() {
    assertThat(source(ServerLine.B0)).isEqualTo("import");
    assertThat(source(ServerLine.L1)).isEqualTo("manual");
    assertThat(source(ServerLine.L2)).isEqualTo("manual");
  }

  private static String source(ServerLine line) {
    return on(line)
        .post("appointments", booking(", \"source\": \"import\""))
        .payload()
        .get("source")
        .getAsString();
  }

  /** B0 sends the finance keys, L1 neutral stubs without {@code payment_status}, L2 none. */
  @Test
  void responsesCarryTheFinanceKeysTheLineSends() {
    JsonObject b0 = on(ServerLine.B0).get("appointments/9001").payload();
    JsonObject l1 = on(ServerLine.L1).get("appointments/9001").payload();
    JsonObject l2 = on(ServerLine.L2).get("appointments/9001").payload();
    JsonObject l1Resource = on(ServerLine.L1).get("resources/3").payload();
    JsonObject l2Resource = on(ServerLine.L2).get("resources/3").payload();

    assertThat(b0.keySet()).contains("payment_status", "payments", "expense", "prepaid_amount");
    assertThat(l1.keySet()).doesNotContain("payment_status").contains("payments", "expense");
    assertThat(l1.getAsJsonArray("payments")).isEmpty();
    assertThat(l1.get("compensation_type_snapshot").isJsonNull()).isTrue();
    assertThat(l2.keySet())
        .doesNotContain(
            "payment_status",
            "payments",
            "expense",
            "prepaid_amount",
            "settlement_amount",
            "compensation_type_snapshot")
        .contains("service_amount");
    assertThat(l1Resource.get("compensation_type").isJsonNull()).isTrue();
    assertThat(l1Resource.get("compensation_value").getAsLong()).isZero();
    assertThat(l2Resource.keySet()).doesNotContain("compensation_type", "compensation_value");
  }

  /** L1 and L2 no longer read the appointment list's {@code payment_status} filter. */
  @Test
  void thePaymentStatusFilterIsIgnoredByTheLaterLines() {
    on(ServerLine.B0).post("appointments", booking(""));
    on(ServerLine.L1).post("appointments", booking(""));

    assertThat(on(ServerLine.B0).get("appointments?payment_status=paid").list()).isEmpty();
    assertThat(on(ServerLine.L1).get("appointments?payment_status=paid").list()).hasSize(2);
  }

  /**
   * R2/S2: a PATCH of another key keeps B0's end (and recomputes its length) but makes L1 and L2
   * recompute the end from the service's length.
   */
  @Test
  void aPatchOfAnotherKeyRecomputesTheEndOnTheLaterLines() {
    for (ServerLine line : ServerLine.values()) {
      RawHttp http = on(line);
      long id =
          http.post("appointments", AppointmentWriteRulesTest.booking("10:00", "11:00", ""))
              .payload()
              .get("id")
              .getAsLong();

      JsonObject commented =
          http.patch("appointments/" + id, "{\"client_comment\": \"x\"}").payload();

      boolean baseline = line == ServerLine.B0;
      assertThat(commented.get("ends_at").getAsString())
          .as(line.name())
          .isEqualTo(baseline ? "2026-03-03T06:00:00Z" : "2026-03-03T05:30:00Z");
      assertThat(commented.get("duration_min").getAsInt())
          .as(line.name())
          .isEqualTo(baseline ? 60 : 30);
    }
  }

  /** R9: L1 and L2 refuse a {@code duration_min} that disagrees with the times; B0 keeps both. */
  @Test
  void aLengthThatDisagreesWithTheTimesIsRefusedByTheLaterLines() {
    String body = booking(", \"duration_min\": 45");

    assertThat(
            on(ServerLine.B0).post("appointments", body).payload().get("duration_min").getAsInt())
        .isEqualTo(45);
    Answer l1 = on(ServerLine.L1).post("appointments", body);
    assertThat(l1.status).isEqualTo(422);
    assertThat(l1.error()).isEqualTo("duration_min does not match ends_at");
  }

  /** S3: B0 checks the slot at a status change, the later lines only when it may have moved. */
  @Test
  void aStatusChangeAfterTheScheduleChangedIs409OnlyOnTheBaseline() {
    for (ServerLine line : ServerLine.values()) {
      RawHttp http = on(line);
      long id = http.post("appointments", booking("")).payload().get("id").getAsLong();
      http.post(
          "time_offs",
          "{\"resource_id\": 3, \"kind\": \"sick\", \"starts_at\": \"2026-03-03T04:00:00Z\","
              + " \"ends_at\": \"2026-03-03T07:00:00Z\"}");

      Answer confirmed = http.patch("appointments/" + id, "{\"status\": \"confirmed\"}");

      assertThat(confirmed.status).as(line.name()).isEqualTo(line == ServerLine.B0 ? 409 : 200);
      Answer moved =
          http.patch(
              "appointments/" + id,
              "{\"starts_at\": \"2026-03-03T05:05:00Z\", \"ends_at\": \"2026-03-03T05:35:00Z\"}");
      assertThat(moved.code()).as(line.name()).isEqualTo("BLOCKED_BY_VACATION");
    }
  }

  /**
   * DELETE of an appointment: no route on B0 (Rails' 404); L1 and L2 delete only a cancelled one
   * (422 {@code APPOINTMENT_DELETE_REQUIRES_CANCELLED}), then answer 204.
   */
  @Test
  void deletingAnAppointmentIsRoutedOnlyOnTheLaterLines() {
    long b0 = on(ServerLine.B0).post("appointments", booking("")).payload().get("id").getAsLong();
    Answer unrouted = on(ServerLine.B0).delete("appointments/" + b0);
    assertThat(unrouted.status).isEqualTo(404);
    assertThat(unrouted.body).isEqualTo("{\"status\":404,\"error\":\"Not Found\"}");

    for (ServerLine line : new ServerLine[] {ServerLine.L1, ServerLine.L2}) {
      RawHttp http = on(line);
      long id = http.post("appointments", booking("")).payload().get("id").getAsLong();
      Answer scheduled = http.delete("appointments/" + id);
      assertThat(scheduled.status).isEqualTo(422);
      assertThat(scheduled.code()).isEqualTo("APPOINTMENT_DELETE_REQUIRES_CANCELLED");
      http.post("appointments/" + id + "/cancel", "");
      assertThat(http.delete("appointments/" + id).status).as(line.name()).isEqualTo(204);
      assertThat(http.get("appointments/" + id).status).isEqualTo(404);
      assertThat(http.delete("appointments/9001").code()).isEqualTo("APPOINTMENT_READ_ONLY");
    }
  }

  /**
   * L1: a PATCH to {@code cancelled} runs the cancel and ignores the other keys; B0 applies all.
   */
  @Test
  void aPatchToCancelledIsTheCancelOnL1() {
    for (ServerLine line : new ServerLine[] {ServerLine.B0, ServerLine.L1}) {
      RawHttp http = on(line);
      long id = http.post("appointments", booking("")).payload().get("id").getAsLong();

      JsonObject cancelled =
          http.patch(
                  "appointments/" + id, "{\"status\": \" cancelled \", \"client_comment\": \"x\"}")
              .payload();

      assertThat(cancelled.get("status").getAsString()).isEqualTo("cancelled");
      assertThat(cancelled.get("client_comment").isJsonNull())
          .as(line.name())
          .isEqualTo(line == ServerLine.L1);
    }
  }

  /**
   * Deleting a resource: B0 deletes it and its schedule for good; L1 and L2 archive it, and refuse
   * while it has current or future appointments (422 {@code RESOURCE_HAS_APPOINTMENTS}).
   */
  @Test
  void deletingAResourceDeletesOrArchivesIt() {
    RawHttp b0 = on(ServerLine.B0);
    b0.post("appointments", booking(""));
    assertThat(b0.delete("resources/3").status).isEqualTo(204);
    assertThat(b0.get("resources/3").status).isEqualTo(404);
    assertThat(b0.get("appointments?resource_ids=3").list()).isEmpty();

    RawHttp l1 = on(ServerLine.L1);
    long id = l1.post("appointments", booking("")).payload().get("id").getAsLong();
    Answer booked = l1.delete("resources/3");
    assertThat(booked.code()).isEqualTo("RESOURCE_HAS_APPOINTMENTS");
    assertThat(
            booked.json().getAsJsonObject("details").get("blocking_appointment_count").getAsInt())
        .isEqualTo(1);
    l1.post("appointments/" + id + "/cancel", "");
    assertThat(l1.delete("resources/3").status).isEqualTo(204);
    JsonObject archived = l1.get("resources/3").payload();
    assertThat(archived.get("active").getAsBoolean()).isFalse();
    assertThat(
            archived
                .getAsJsonObject("custom_attributes")
                .get("deleted_from_scheduling")
                .getAsBoolean())
        .isTrue();
    assertThat(l1.get("resources").list()).hasSize(1);
    assertThat(l1.post("appointments", booking("").replace("10:", "11:")).code())
        .isEqualTo("RESOURCE_NOT_AVAILABLE_FOR_SCHEDULING");
  }

  /**
   * The calendar's {@code resource_ids}: B0 matches nothing for unknown or malformed ids; L1 and L2
   * answer 422 and 404. B0 ignores {@code status}; L1 and L2 filter the appointments by it. L2 also
   * checks the range.
   */
  @Test
  void theCalendarChecksWhatEachLineChecks() {
    String range = "calendar?from=2026-03-03T00:00:00Z&to=2026-03-04T00:00:00Z";
    Answer b0Malformed = on(ServerLine.B0).get(range + "&resource_ids=abc");
    assertThat(b0Malformed.status).isEqualTo(200);
    assertThat(b0Malformed.payload().getAsJsonArray("resources")).isEmpty();
    assertThat(
            on(ServerLine.B0)
                .get(range + "&resource_ids=999")
                .payload()
                .getAsJsonArray("resources"))
        .isEmpty();
    Answer l1Malformed = on(ServerLine.L1).get(range + "&resource_ids=abc");
    assertThat(l1Malformed.status).isEqualTo(422);
    assertThat(l1Malformed.error()).isEqualTo("resource_ids must contain positive integer IDs");
    Answer l1Unknown = on(ServerLine.L1).get(range + "&resource_ids=3,999");
    assertThat(l1Unknown.status).isEqualTo(404);
    assertThat(l1Unknown.body).isEqualTo("{\"error\":\"Resource could not be found\"}");

    for (ServerLine line : new ServerLine[] {ServerLine.B0, ServerLine.L1}) {
      on(line).post("appointments", booking(""));
      assertThat(on(line).get(range + "&status=confirmed").payload().getAsJsonArray("appointments"))
          .as(line.name())
          .hasSize(line == ServerLine.B0 ? 1 : 0);
    }

    Answer backwards =
        on(ServerLine.L2).get("calendar?from=2026-03-04T00:00:00Z&to=2026-03-03T00:00:00Z");
    assertThat(backwards.error()).isEqualTo("to must be after from");
    Answer tooLong =
        on(ServerLine.L2).get("calendar?from=2026-03-01T00:00:00Z&to=2026-06-02T00:00:00Z");
    assertThat(tooLong.code()).isEqualTo("CALENDAR_RANGE_TOO_LARGE");
    assertThat(
            on(ServerLine.B0)
                .get("calendar?from=2026-03-01T00:00:00Z&to=2026-06-02T00:00:00Z")
                .status)
        .isEqualTo(200);
  }

  /** B0 and L1 read a rule replacement without its list as empty; L2 refuses it. */
  @Test
  void aRuleReplacementWithoutItsListEmptiesOrIsRefused() {
    assertThat(on(ServerLine.B0).patch("resources/3/work_rules", "{}").list()).isEmpty();
    assertThat(on(ServerLine.L1).patch("resources/3/break_rules", "{}").list()).isEmpty();
    Answer l2 = on(ServerLine.L2).patch("resources/3/work_rules", "{}");
    assertThat(l2.status).isEqualTo(422);
    assertThat(on(ServerLine.L2).get("resources/3/work_rules").list()).hasSize(6);
  }
}
