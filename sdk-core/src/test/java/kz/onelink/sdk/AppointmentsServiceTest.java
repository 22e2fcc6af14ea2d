package kz.onelink.sdk;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.AppointmentStatus;
import kz.onelink.sdk.model.AppointmentType;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import kz.onelink.sdk.model.ExpenseStatus;
import kz.onelink.sdk.model.PaymentKind;
import kz.onelink.sdk.model.PaymentMethod;
import kz.onelink.sdk.model.PaymentStatus;
import kz.onelink.sdk.params.ListAppointmentsParams;
import kz.onelink.sdk.services.AppointmentsService;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class AppointmentsServiceTest {
  private static final String BASE = "/api/v1/accounts/17/scheduling/appointments";

  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private AppointmentsService appointments() {
    return mock.client().appointments();
  }

  @Test
  void get200ReturnsEveryFieldOfTheAppointment() throws Exception {
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    Appointment appointment = appointments().get(17, 4812);

    assertThat(appointment.getId()).isEqualTo(4812L);
    assertThat(appointment.getAccountId()).isEqualTo(17L);
    assertThat(appointment.getResourceId()).isEqualTo(3L);
    assertThat(appointment.getContactId()).isEqualTo(925L);
    assertThat(appointment.getCompanyId()).isNull();
    assertThat(appointment.getServiceNameSnapshot()).isEqualTo("Консультация терапевта");
    assertThat(appointment.getServiceDurationMinSnapshot()).isEqualTo(30);
    assertThat(appointment.getStartsAt())
        .isEqualTo(OffsetDateTime.of(2026, 3, 9, 5, 0, 0, 0, ZoneOffset.UTC));
    assertThat(appointment.getEndsAt())
        .isEqualTo(OffsetDateTime.of(2026, 3, 9, 5, 30, 0, 0, ZoneOffset.UTC));
    assertThat(appointment.getDurationMin()).isEqualTo(30);
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.CONFIRMED);
    assertThat(appointment.getAppointmentType()).isEqualTo(AppointmentType.PRIMARY);
    assertThat(appointment.getClientName()).isEqualTo("Айгерим Сеитова");
    assertThat(appointment.getClientIdentifier()).isEqualTo("940720300129");
    assertThat(appointment.getClientBirthDate()).isEqualTo(LocalDate.of(1994, 7, 20));
    assertThat(appointment.getSource()).isEqualTo("manual");
    assertThat(appointment.getExternalRef()).isNull();
    assertThat(appointment.getServiceAmount()).isEqualTo(15000L);
    assertThat(appointment.getPrepaidAmount()).isEqualTo(5000L);
    assertThat(appointment.getPrepaidPaymentMethod()).isEqualTo(PaymentMethod.KASPI_QR);
    assertThat(appointment.getSettlementPaymentMethod()).isNull();
    assertThat(appointment.getPaymentStatus()).isEqualTo(PaymentStatus.PREPAID);
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("referral", "instagram");
    attributes.put("visit_no", 2L);
    assertThat(appointment.getCustomAttributes()).isEqualTo(attributes);
    assertThat(appointment.getPayments()).hasSize(1);
    assertThat(appointment.getPayments().get(0).getPaymentMethod())
        .isEqualTo(PaymentMethod.KASPI_QR);
    assertThat(appointment.getPayments().get(0).getPaymentKind()).isEqualTo(PaymentKind.PREPAID);
    assertThat(appointment.getExpense()).isNull();

    RecordedRequest request = mock.server().takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo(BASE + "/4812");
    assertThat(request.getHeader("api_access_token")).isEqualTo(MockServerExtension.TOKEN);
    assertThat(request.getHeader("Accept")).isEqualTo("application/json");
    assertThat(request.getHeader("User-Agent")).startsWith("onelink-sdk-java/1.");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void get200ReadsAPaidAppointmentWithItsExpense() {
    mock.server().enqueue(json(200, "appointments/paid-200.json"));

    Appointment appointment = appointments().get(17, 4813);

    assertThat(appointment.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(appointment.getExpense().getAmount()).isEqualTo(6000L);
    assertThat(appointment.getExpense().getStatus()).isEqualTo(ExpenseStatus.UNPAID);
    assertThat(appointment.getExpense().getPaidAt()).isNull();
    assertThat(appointment.getPayments().get(0).getRecordedById()).isNull();
    assertThat(appointment.getCustomAttributes()).isEmpty();
  }

  @Test
  void list200ReturnsThePayloadInServerOrder() throws Exception {
    mock.server().enqueue(json(200, "appointments/list-200.json"));

    List<Appointment> list = appointments().list(17);

    assertThat(list).extracting(Appointment::getId).containsExactly(4812L, 4813L);
    RecordedRequest request = mock.server().takeRequest();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getPath()).isEqualTo(BASE);
  }

  @Test
  void list200WithNoMatchesReturnsAnEmptyList() {
    mock.server().enqueue(json(200, "appointments/list-empty-200.json"));

    assertThat(appointments().list(17)).isEmpty();
  }

  @Test
  void listSendsEveryFilterInTheServersForm() throws Exception {
    mock.server().enqueue(json(200, "appointments/list-empty-200.json"));

    appointments()
        .list(
            17,
            ListAppointmentsParams.builder()
                .from(OffsetDateTime.of(2026, 3, 9, 0, 0, 0, 0, ZoneOffset.UTC))
                .to(OffsetDateTime.of(2026, 3, 16, 5, 0, 0, 0, ZoneOffset.ofHours(5)))
                .resourceIds(3L, 4L)
                .status(AppointmentStatus.SCHEDULED, AppointmentStatus.of("rescheduled"))
                .paymentStatus(PaymentStatus.AWAITING_PAYMENT)
                .build());

    HttpUrl url = mock.server().takeRequest().getRequestUrl();
    assertThat(url.encodedPath()).isEqualTo(BASE);
    assertThat(url.queryParameter("from")).isEqualTo("2026-03-09T00:00:00Z");
    assertThat(url.queryParameter("to")).isEqualTo("2026-03-16T05:00:00+05:00");
    assertThat(url.queryParameter("resource_ids")).isEqualTo("3,4");
    assertThat(url.queryParameter("status")).isEqualTo("scheduled,rescheduled");
    assertThat(url.queryParameter("payment_status")).isEqualTo("awaiting_payment");
  }

  @Test
  void listLeavesOutFiltersThatAreNotSet() throws Exception {
    mock.server().enqueue(json(200, "appointments/list-empty-200.json"));

    appointments()
        .list(
            17,
            ListAppointmentsParams.builder()
                .status(AppointmentStatus.CONFIRMED)
                .resourceIds((List<Long>) null)
                .build());

    HttpUrl url = mock.server().takeRequest().getRequestUrl();
    assertThat(url.queryParameterNames()).containsExactly("status");
  }

  @Test
  void create201SendsTheBodyAndReturnsTheNewAppointment() throws Exception {
    mock.server().enqueue(json(201, "appointments/get-200.json"));

    Appointment created =
        appointments()
            .create(
                17,
                new AppointmentCreateRequest()
                    .resourceId(3L)
                    .serviceId(12L)
                    .startsAt(OffsetDateTime.of(2026, 3, 9, 10, 0, 0, 0, ZoneOffset.ofHours(5)))
                    .endsAt(OffsetDateTime.of(2026, 3, 9, 5, 30, 0, 0, ZoneOffset.UTC))
                    .clientName("Айгерим Сеитова")
                    .clientIdentifier("940720300129")
                    .prepaidAmount(5000L)
                    .prepaidPaymentMethod(PaymentMethod.KASPI_QR)
                    .customAttributes(
                        java.util.Collections.<String, Object>singletonMap(
                            "referral", "instagram")));

    assertThat(created.getId()).isEqualTo(4812L);
    RecordedRequest request = mock.server().takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(BASE);
    assertThat(request.getHeader("Content-Type")).isEqualTo("application/json; charset=UTF-8");
    JsonObject body = JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
    assertThat(body.get("resource_id").getAsLong()).isEqualTo(3L);
    assertThat(body.get("service_id").getAsLong()).isEqualTo(12L);
    assertThat(body.get("starts_at").getAsString()).isEqualTo("2026-03-09T10:00:00+05:00");
    assertThat(body.get("ends_at").getAsString()).isEqualTo("2026-03-09T05:30:00Z");
    assertThat(body.get("client_name").getAsString()).isEqualTo("Айгерим Сеитова");
    assertThat(body.get("prepaid_payment_method").getAsString()).isEqualTo("kaspi_qr");
    assertThat(body.getAsJsonObject("custom_attributes").get("referral").getAsString())
        .isEqualTo("instagram");
    // Only what was set, plus the idempotency key the SDK adds.
    assertThat(body.keySet())
        .containsExactlyInAnyOrder(
            "resource_id",
            "service_id",
            "starts_at",
            "ends_at",
            "client_name",
            "client_identifier",
            "prepaid_amount",
            "prepaid_payment_method",
            "custom_attributes",
            "idempotency_key");
    assertThat(body.get("idempotency_key").getAsString()).matches("[0-9a-f-]{36}");
  }

  @Test
  void createReplayedWith200ReturnsTheOriginalAppointment() throws Exception {
    mock.server().enqueue(json(200, "appointments/get-200.json"));

    Appointment replayed =
        appointments()
            .create(17, minimalCreate().idempotencyKey("3f6c1a52-9c1e-4a59-a8f4-0e1b2c3d4e5f"));

    assertThat(replayed.getIdempotencyKey()).isEqualTo("3f6c1a52-9c1e-4a59-a8f4-0e1b2c3d4e5f");
    JsonObject body =
        JsonParser.parseString(mock.server().takeRequest().getBody().readUtf8()).getAsJsonObject();
    assertThat(body.get("idempotency_key").getAsString())
        .isEqualTo("3f6c1a52-9c1e-4a59-a8f4-0e1b2c3d4e5f");
  }

  @Test
  void createWithoutARequiredFieldFailsBeforeSending() {
    AppointmentCreateRequest noEnd =
        new AppointmentCreateRequest()
            .resourceId(3L)
            .startsAt(OffsetDateTime.parse("2026-03-09T05:00:00Z"));

    assertThatThrownBy(() -> appointments().create(17, noEnd))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("AppointmentCreateRequest.ends_at is required, but was not set");
    assertThat(mock.server().getRequestCount()).isZero();
  }

  @Test
  void update200SendsOnlyWhatChangedAndNullsThatClear() throws Exception {
    mock.server().enqueue(json(200, "appointments/update-200.json"));

    Appointment updated =
        appointments()
            .update(
                17,
                4812,
                new AppointmentUpdateRequest()
                    .startsAt(OffsetDateTime.parse("2026-03-09T06:00:00Z"))
                    .endsAt(OffsetDateTime.parse("2026-03-09T06:30:00Z"))
                    .clientComment(null)
                    .contactId(null)
                    .contactId(925L));

    assertThat(updated.getStartsAt()).isEqualTo(OffsetDateTime.parse("2026-03-09T06:00:00Z"));
    assertThat(updated.getClientComment()).isNull();
    RecordedRequest request = mock.server().takeRequest();
    assertThat(request.getMethod()).isEqualTo("PATCH");
    assertThat(request.getPath()).isEqualTo(BASE + "/4812");
    assertThat(request.getBody().readUtf8())
        .isEqualTo(
            "{\"contact_id\":925,\"starts_at\":\"2026-03-09T06:00:00Z\",\"ends_at\":\"2026-03-09T06:30:00Z\","
                + "\"client_comment\":null}");
  }

  @Test
  void cancel200PostsToTheCancelPathWithoutABody() throws Exception {
    mock.server().enqueue(json(200, "appointments/cancel-200.json"));

    Appointment cancelled = appointments().cancel(17, 4812);

    assertThat(cancelled.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(cancelled.getPaymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
    RecordedRequest request = mock.server().takeRequest();
    assertThat(request.getMethod()).isEqualTo("POST");
    assertThat(request.getPath()).isEqualTo(BASE + "/4812/cancel");
    assertThat(request.getBodySize()).isZero();
  }

  @Test
  void invalidArgumentsFailClearlyBeforeSending() {
    assertThatThrownBy(() -> appointments().get(0, 4812))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("accountId must be at least 1 but was 0");
    assertThatThrownBy(() -> appointments().cancel(17, -5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("id must be at least 1 but was -5");
    assertThatThrownBy(() -> appointments().create(17, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("request == null");
    assertThatThrownBy(() -> appointments().list(17, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("params == null");
    assertThatThrownBy(() -> appointments().get(17, 1, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("options == null");
    assertThatThrownBy(() -> ListAppointmentsParams.builder().resourceIds(1L, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("resourceIds[1] == null");
    assertThat(mock.server().getRequestCount()).isZero();
  }

  @Test
  void aBaseUrlWithAPathPrefixKeepsIt() throws Exception {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient proxied =
        mock.clientBuilder()
            .baseUrl("http://127.0.0.1:" + mock.server().getPort() + "/proxy")
            .build();

    proxied.appointments().get(17, 4812);

    assertThat(mock.server().takeRequest().getPath()).isEqualTo("/proxy" + BASE + "/4812");
  }

  @Test
  void moneyBeyondThePostgresIntegerTheServerStoresItInIsRefusedBeforeSending() {
    assertThatThrownBy(() -> minimalCreate().serviceAmount(2_147_483_648L))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "AppointmentCreateRequest.service_amount must be between 0 and 2147483647 but was"
                + " 2147483648");
    assertThatThrownBy(() -> minimalCreate().prepaidAmount(-1L))
        .isExactlyInstanceOf(IllegalArgumentException.class);
    assertThat(minimalCreate().serviceAmount(2_147_483_647L).getServiceAmount())
        .isEqualTo(2_147_483_647L);
    assertThat(mock.server().getRequestCount()).isZero();
  }

  static AppointmentCreateRequest minimalCreate() {
    return new AppointmentCreateRequest()
        .resourceId(3L)
        .startsAt(OffsetDateTime.parse("2026-03-09T05:00:00Z"))
        .endsAt(OffsetDateTime.parse("2026-03-09T05:30:00Z"))
        .clientName("Айгерим Сеитова");
  }
}
