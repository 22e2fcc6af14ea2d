package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import kz.onelink.sdk.testing.RawHttp.Answer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The write rules of the baseline server (B0), one test each, in raw HTTP so that what is sent is
 * exactly what the server would get. Sources: {@code upsert_service.rb@e9defc735aef}, {@code
 * availability_service.rb@e9defc735aef}, {@code finance_sync_service.rb@e9defc735aef}, {@code
 * appointment.rb@e9defc735aef}; the S- and R-numbers are those of
 * shared/contract/review-2026-11-29.md.
 */
class AppointmentWriteRulesTest {
  @RegisterExtension
  static final OneLinkSandboxExtension SANDBOX =
      new OneLinkSandboxExtension(SandboxContractTest.CLOCK);

  private final RawHttp http = new RawHttp(SANDBOX);

  /** A booking body for Tuesday 3 March 2026 in Almaty, resource 3, service 12. */
  static String booking(String from, String to, String more) {
    return "{\"resource_id\": 3, \"service_id\": 12, \"client_name\": \"Айгерим\","
        + " \"starts_at\": \"2026-03-03T"
        + from
        + ":00+05:00\", \"ends_at\": \"2026-03-03T"
        + to
        + ":00+05:00\""
        + more
        + "}";
  }

  private JsonObject create(String from, String to, String more) {
    Answer created = http.post("appointments", booking(from, to, more));
    assertThat(created.status).as(created.toString()).isEqualTo(201);
    return created.payload();
  }

  private Answer patch(JsonObject appointment, String json) {
    return http.patch("appointments/" + appointment.get("id").getAsLong(), json);
  }

  /** S1: B0 recomputes {@code duration_min} from the times at every write that does not send it. */
  @Test
  void durationIsRecomputedFromTheTimesAtEveryWriteThatDoesNotSendIt() {
    JsonObject created = create("10:00", "10:30", ", \"duration_min\": 45");
    assertThat(created.get("duration_min").getAsInt()).isEqualTo(45); // sent, kept on create

    JsonObject commented = patch(created, "{\"client_comment\": \"перезвонить\"}").payload();
    assertThat(commented.get("duration_min").getAsInt()).isEqualTo(30);

    JsonObject moved =
        patch(
                created,
                "{\"starts_at\": \"2026-03-03T11:00:00+05:00\","
                    + " \"ends_at\": \"2026-03-03T12:00:00+05:00\"}")
            .payload();
    assertThat(moved.get("duration_min").getAsInt()).isEqualTo(60);
    assertThat(
            http.post("appointments/" + created.get("id") + "/cancel", "{}")
                .payload()
                .get("duration_min")
                .getAsInt())
        .isEqualTo(60);
  }

  /**
   * R2/S3: B0 checks the slot at every write of an appointment that is not cancelled, so a status
   * change after the schedule changed answers 409; a cancel skips the check.
   */
  @Test
  void everyWriteChecksTheSlotSoAStatusChangeAfterTheScheduleChangedIs409() {
    JsonObject created = create("10:00", "10:30", "");
    assertThat(
            http.post(
                    "time_offs",
                    "{\"resource_id\": 3, \"kind\": \"sick\", \"starts_at\":"
                        + " \"2026-03-03T09:00:00+05:00\", \"ends_at\": \"2026-03-03T12:00:00+05:00\"}")
                .status)
        .isEqualTo(201);

    Answer confirmed = patch(created, "{\"status\": \"confirmed\"}");

    assertThat(confirmed.status).isEqualTo(409);
    assertThat(confirmed.code()).isEqualTo("BLOCKED_BY_VACATION");
    assertThat(confirmed.error()).isEqualTo("Appointment overlaps blocked time");
    assertThat(http.post("appointments/" + created.get("id") + "/cancel", "").status)
        .isEqualTo(200);
  }

  /** R5/S6: {@code payment_status} stays {@code cancelled} after an un-cancel unless sent. */
  @Test
  void paymentStatusStaysCancelledAfterAnUncancelUntilOneIsSent() {
    JsonObject created =
        create(
            "10:00",
            "10:30",
            ", \"prepaid_amount\": 5000, \"prepaid_payment_method\": \"kaspi_qr\"");
    assertThat(created.get("payment_status").getAsString()).isEqualTo("prepaid");
    http.post("appointments/" + created.get("id") + "/cancel", "");

    JsonObject uncancelled = patch(created, "{\"status\": \"scheduled\"}").payload();
    assertThat(uncancelled.get("status").getAsString()).isEqualTo("scheduled");
    assertThat(uncancelled.get("payment_status").getAsString()).isEqualTo("cancelled");

    JsonObject rederived = patch(created, "{\"payment_status\": \"awaiting_payment\"}").payload();
    assertThat(rederived.get("payment_status").getAsString()).isEqualTo("prepaid");
  }

  /** S7: a {@code payment_status} other than {@code cancelled} is derived, never stored. */
  @Test
  void aPaymentStatusOtherThanCancelledIsDerivedFromTheAmounts() {
    JsonObject created = create("10:00", "10:30", "");

    assertThat(
            patch(created, "{\"payment_status\": \"paid\"}")
                .payload()
                .get("payment_status")
                .getAsString())
        .isEqualTo("awaiting_payment");
    JsonObject cancelled =
        patch(created, "{\"status\": \"cancelled\", \"payment_status\": \"paid\"}").payload();
    assertThat(cancelled.get("status").getAsString()).isEqualTo("cancelled");
    assertThat(cancelled.get("payment_status").getAsString()).isEqualTo("awaiting_payment");
  }

  /** S11: client fields cleared with null come back from the linked contact at the next write. */
  @Test
  void clientFieldsClearedWithNullComeBackFromTheContactAtTheNextWrite() {
    long contact =
        http.post(
                "contacts",
                "{\"full_name\": \"Нурлан Абенов\", \"phone\": \"8 701 555 0202\","
                    + " \"iin\": \"940720400115\", \"birth_date\": \"1994-07-20\","
                    + " \"gender\": \"male\", \"company_id\": 8}")
            .payload()
            .get("id")
            .getAsLong();
    JsonObject created = create("10:00", "10:30", ", \"contact_id\": " + contact);
    assertThat(created.get("client_phone").getAsString()).isEqualTo("+77015550202");
    assertThat(created.get("client_identifier").getAsString()).isEqualTo("940720400115");
    assertThat(created.get("company_id").getAsLong()).isEqualTo(8);

    JsonObject cleared =
        patch(
                created,
                "{\"client_phone\": null, \"client_identifier\": null, \"client_birth_date\":"
                    + " null, \"client_gender\": null, \"company_id\": null}")
            .payload();
    for (String key :
        new String[] {
          "client_phone", "client_identifier", "client_birth_date", "client_gender", "company_id"
        }) {
      assertThat(cleared.get(key).isJsonNull()).as(key).isTrue();
    }

    JsonObject next = patch(created, "{\"client_comment\": \"повторно\"}").payload();
    assertThat(next.get("client_phone").getAsString()).isEqualTo("+77015550202");
    assertThat(next.get("client_identifier").getAsString()).isEqualTo("940720400115");
    assertThat(next.get("client_birth_date").getAsString()).isEqualTo("1994-07-20");
    assertThat(next.get("client_gender").getAsString()).isEqualTo("male");
    assertThat(next.get("company_id").getAsLong()).isEqualTo(8);
  }

  /** S12: {@code created_by_id} cleared with null becomes the user of the next write. */
  @Test
  void createdByClearedWithNullIsTheNextWriter() {
    JsonObject created = create("10:00", "10:30", "");
    assertThat(created.get("created_by_id").getAsLong()).isEqualTo(OneLinkSandbox.USER_ID);
    assertThat(
            patch(created, "{\"created_by_id\": null}").payload().get("created_by_id").isJsonNull())
        .isTrue();

    Answer byAgent =
        http.send(
            "PATCH",
            "appointments/" + created.get("id"),
            "{\"client_comment\": \"регистратура\"}",
            OneLinkSandbox.AGENT_TOKEN);

    assertThat(byAgent.payload().get("created_by_id").getAsLong())
        .isEqualTo(OneLinkSandbox.AGENT_USER_ID);
  }

  /**
   * S9: the settlement is an {@code adjustment} row, updated in place with a stable id, beside the
   * {@code prepaid} row; S10: the unpaid fee of a paid appointment follows its price.
   */
  @Test
  void settlementIsAnAdjustmentRowUpdatedInPlaceAndTheFeeFollowsThePrice() {
    JsonObject created =
        create(
            "10:00",
            "10:30",
            ", \"prepaid_amount\": 5000, \"prepaid_payment_method\": \"kaspi_qr\"");
    long prepaidId = row(created, "prepaid").get("id").getAsLong();

    JsonObject settled =
        patch(created, "{\"settlement_amount\": 5000, \"settlement_payment_method\": \"cash\"}")
            .payload();
    JsonObject adjustment = row(settled, "adjustment");
    assertThat(settled.getAsJsonArray("payments")).hasSize(2);
    assertThat(row(settled, "prepaid").get("id").getAsLong()).isEqualTo(prepaidId);
    assertThat(settled.get("payment_status").getAsString()).isEqualTo("prepaid");

    JsonObject paid =
        patch(created, "{\"settlement_amount\": 10000, \"settlement_payment_method\": \"card\"}")
            .payload();
    assertThat(row(paid, "adjustment").get("id")).isEqualTo(adjustment.get("id"));
    assertThat(row(paid, "adjustment").get("amount").getAsLong()).isEqualTo(10000);
    assertThat(row(paid, "adjustment").get("payment_method").getAsString()).isEqualTo("card");
    assertThat(paid.get("payment_status").getAsString()).isEqualTo("paid");
    JsonObject fee = paid.getAsJsonObject("expense");
    assertThat(fee.get("amount").getAsLong()).isEqualTo(6000); // 40% of 15 000

    JsonObject repriced =
        patch(created, "{\"service_amount\": 20000, \"settlement_amount\": 15000}").payload();
    assertThat(repriced.getAsJsonObject("expense").get("id")).isEqualTo(fee.get("id"));
    assertThat(repriced.getAsJsonObject("expense").get("amount").getAsLong()).isEqualTo(8000);
  }

  private static JsonObject row(JsonObject appointment, String kind) {
    JsonArray payments = appointment.getAsJsonArray("payments");
    for (int i = 0; i < payments.size(); i++) {
      if (kind.equals(payments.get(i).getAsJsonObject().get("payment_kind").getAsString())) {
        return payments.get(i).getAsJsonObject();
      }
    }
    throw new AssertionError("no " + kind + " row in " + payments);
  }

  /** R7: amounts are Postgres int4; a larger one passes validation and fails on the insert. */
  @Test
  void anAmountAboveInt4IsA500AndNothingIsSaved() {
    int before = SANDBOX.sandbox().appointmentCount();

    Answer tooMuch =
        http.post("appointments", booking("10:00", "10:30", ", \"service_amount\": 2147483648"));

    assertThat(tooMuch.status).isEqualTo(500);
    assertThat(tooMuch.body).isEqualTo("{\"status\":500,\"error\":\"Internal Server Error\"}");
    assertThat(SANDBOX.sandbox().appointmentCount()).isEqualTo(before);
    assertThat(
            http.post("appointments", booking("10:00", "10:30", ", \"service_amount\": 2147483647"))
                .status)
        .isEqualTo(201);
  }

  /** S26: the server's own error texts. */
  @Test
  void errorTextsAreTheServers() {
    create("10:00", "10:30", "");
    assertThat(http.post("appointments", booking("10:15", "10:45", "")).error())
        .isEqualTo("Slot is already occupied");
    assertThat(http.post("appointments", booking("13:15", "13:45", "")).error())
        .isEqualTo("Appointment overlaps resource break");
    assertThat(
            http.post(
                    "appointments",
                    booking("10:00", "10:30", "").replace("2026-03-03", "2026-03-09"))
                .error())
        .isEqualTo("Date is blocked by holiday");
    assertThat(http.post("appointments", booking("11:00", "11:30", ", \"service_id\": 14")).error())
        .isEqualTo("Service is not available for the selected resource");
    Answer tooLong =
        http.post("appointments", booking("11:00", "11:30", ", \"duration_min\": 900"));
    assertThat(tooLong.error()).isEqualTo("Duration min is not included in the list");
    assertThat(tooLong.json().getAsJsonObject("details").toString())
        .isEqualTo("{\"duration_min\":[\"Duration min is not included in the list\"]}");
    assertThat(
            http.post("appointments", booking("11:00", "11:30", ", \"prepaid_amount\": 100"))
                .error())
        .isEqualTo("Prepaid payment method must be present when prepaid_amount is greater than 0");
    assertThat(
            http.post(
                    "appointments",
                    booking(
                        "11:00",
                        "11:30",
                        ", \"prepaid_amount\": 20000, \"prepaid_payment_method\": \"cash\""))
                .error())
        .isEqualTo("total received amount cannot exceed service_amount");
  }

  /** S4: the slot is checked before the model validations, so a bad slot wins over a bad status. */
  @Test
  void theSlotIsCheckedBeforeTheModelValidations() {
    Answer both = http.post("appointments", booking("08:00", "08:30", ", \"status\": \"bogus\""));

    assertThat(both.status).isEqualTo(409);
    assertThat(both.code()).isEqualTo("OUTSIDE_WORKING_HOURS");
  }

  /** R4: once its service is deactivated, an appointment refuses every write, cancel included. */
  @Test
  void aDeactivatedServiceMakesItsAppointmentsRefuseEveryWrite() {
    JsonObject created = create("10:00", "10:30", "");
    assertThat(http.patch("services/12", "{\"active\": false}").status).isEqualTo(200);

    Answer completed = patch(created, "{\"status\": \"completed\"}");
    Answer cancelled = http.post("appointments/" + created.get("id") + "/cancel", "");

    assertThat(completed.status).isEqualTo(422);
    assertThat(completed.code()).isEqualTo("SERVICE_NOT_AVAILABLE_FOR_RESOURCE");
    assertThat(cancelled.code()).isEqualTo("SERVICE_NOT_AVAILABLE_FOR_RESOURCE");
  }

  /** R3: B0 cannot write a service-less appointment of amount 0 without being sent an amount. */
  @Test
  void aServiceLessAppointmentOfAmountZeroNeedsAnAmountAtEveryWrite() {
    Answer booked =
        http.post(
            "appointments",
            booking("10:00", "10:30", ", \"service_amount\": 0")
                .replace("\"service_id\": 12, ", ""));
    assertThat(booked.status).isEqualTo(201);
    JsonObject created = booked.payload();

    Answer commented = patch(created, "{\"client_comment\": \"x\"}");

    assertThat(commented.status).isEqualTo(422);
    assertThat(commented.error())
        .isEqualTo("service_amount is required and must be greater than 0");
    assertThat(http.post("appointments/" + created.get("id") + "/cancel", "").status)
        .isEqualTo(422);
    assertThat(patch(created, "{\"client_comment\": \"x\", \"service_amount\": 0}").status)
        .isEqualTo(200);
  }

  /**
   * S14: naming the resource or the service, even unchanged, resets the price; S13: clearing the
   * service clears the snapshots and takes the fee terms from the resource.
   */
  @Test
  void theSnapshotsAndThePriceFollowWhatTheRequestNames() {
    JsonObject created = create("10:00", "10:30", ", \"service_amount\": 20000");
    assertThat(created.get("service_amount").getAsLong()).isEqualTo(20000);
    assertThat(
            patch(created, "{\"client_comment\": \"x\"}")
                .payload()
                .get("service_amount")
                .getAsLong())
        .isEqualTo(20000);

    JsonObject renamed = patch(created, "{\"resource_id\": 3}").payload();
    assertThat(renamed.get("service_amount").getAsLong()).isEqualTo(15000);

    JsonObject cleared = patch(created, "{\"service_id\": null}").payload();
    assertThat(cleared.get("service_name_snapshot").isJsonNull()).isTrue();
    assertThat(cleared.get("service_duration_min_snapshot").isJsonNull()).isTrue();
    assertThat(cleared.get("compensation_type_snapshot").getAsString()).isEqualTo("percent");
    assertThat(cleared.get("service_amount").getAsLong()).isEqualTo(15000); // kept: above 0
  }

  /** S17: a {@code client_name} sent blank is refused, whatever the contact. */
  @Test
  void aClientNameSentBlankIsRefusedEvenWithAContact() {
    Answer blank =
        http.post(
            "appointments",
            booking("10:00", "10:30", ", \"contact_id\": 925").replace("\"Айгерим\"", "\"\""));

    assertThat(blank.status).isEqualTo(422);
    assertThat(blank.error()).isEqualTo("client_name is required");
    assertThat(
            http.post(
                    "appointments",
                    booking("10:00", "10:30", ", \"contact_id\": 925")
                        .replace("\"client_name\": \"Айгерим\",", ""))
                .payload()
                .get("client_name")
                .getAsString())
        .isEqualTo("Айгерим Сеитова");
  }

  /** S22: an identifier copied from the contact is checked as an IIN too. */
  @Test
  void anIdentifierCopiedFromTheContactIsCheckedAsAnIin() {
    long contact =
        http.post("contacts", "{\"full_name\": \"Х\", \"identifier\": \"123456789012\"}")
            .payload()
            .get("id")
            .getAsLong();

    Answer booked =
        http.post("appointments", booking("10:00", "10:30", ", \"contact_id\": " + contact));

    assertThat(booked.status).isEqualTo(422);
    assertThat(booked.code()).isEqualTo("INVALID_IIN");
  }

  /** S25: a taken {@code external_ref} is a model error: 409 with the validation's text. */
  @Test
  void aTakenExternalRefIsTheValidationsConflict() {
    create("10:00", "10:30", ", \"external_ref\": \"crm-1\"");

    Answer taken =
        http.post("appointments", booking("11:00", "11:30", ", \"external_ref\": \"crm-1\""));

    assertThat(taken.status).isEqualTo(409);
    assertThat(taken.body)
        .isEqualTo(
            "{\"error\":\"External ref has already been taken\",\"code\":\"DUPLICATE_EXTERNAL_REF\","
                + "\"details\":{\"external_ref\":[\"External ref has already been taken\"]}}");
  }

  /** A body that is not JSON is Rails' 400 page, before the application. */
  @Test
  void aBodyThatIsNotJsonIsRails400() {
    Answer broken = http.post("appointments", "{\"resource_id\": ");

    assertThat(broken.status).isEqualTo(400);
    assertThat(broken.body).isEqualTo("{\"status\":400,\"error\":\"Bad Request\"}");
  }

  /** The 503 the spec declares for L1/L2's Medelement check, as a fault, on writes only. */
  @Test
  void theMedelementFaultIsTheSpecs503OnAWriteOnly() {
    SANDBOX.sandbox().failNext(Fault.MEDELEMENT_UNAVAILABLE);
    assertThat(http.get("appointments").status).isEqualTo(200); // declares no 503: unaffected

    SANDBOX.sandbox().failNext(Fault.MEDELEMENT_UNAVAILABLE);
    int before = SANDBOX.sandbox().appointmentCount();
    Answer unverified = http.post("appointments", booking("10:00", "10:30", ""));

    assertThat(unverified.status).isEqualTo(503);
    assertThat(unverified.code()).isEqualTo("MEDELEMENT_AVAILABILITY_UNVERIFIED");
    assertThat(unverified.json().getAsJsonObject("details").keySet())
        .containsExactly("provider_reason", "provider_checked_at");
    assertThat(SANDBOX.sandbox().appointmentCount()).isEqualTo(before);
  }
}
