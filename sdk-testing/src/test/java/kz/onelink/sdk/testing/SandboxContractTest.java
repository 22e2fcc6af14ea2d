package kz.onelink.sdk.testing;

import static kz.onelink.sdk.testing.OneLinkSandbox.ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collections;
import java.util.List;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.PermissionDeniedException;
import kz.onelink.sdk.errors.UnauthorizedException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentCreateRequest;
import kz.onelink.sdk.model.AppointmentStatus;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import kz.onelink.sdk.model.PaymentMethod;
import kz.onelink.sdk.model.PaymentStatus;
import kz.onelink.sdk.params.ListAppointmentsParams;
import kz.onelink.sdk.services.AppointmentsService;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The sandbox behaves like the real server of ../shared/contract, seen through the SDK. */
class SandboxContractTest {
  /** A fixed "now" (Monday 2 March 2026, Almaty) so slots and holidays are deterministic. */
  static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T04:00:00Z"), ZoneOffset.UTC);

  @RegisterExtension final OneLinkSandboxExtension running = new OneLinkSandboxExtension(CLOCK);
  private OneLinkSandbox sandbox;
  private AppointmentsService appointments;

  @BeforeEach
  void start(OneLinkSandbox sandbox) {
    this.sandbox = sandbox;
    appointments = client(sandbox.apiAccessToken()).appointments();
  }

  private OneLinkClient client(String token) {
    return OneLinkClient.builder()
        .baseUrl(sandbox.baseUrl())
        .apiAccessToken(token)
        .maxRetries(0)
        .build();
  }

  /** Tuesday 3 March 2026 at {@code hour}:00 in Almaty. */
  static OffsetDateTime tuesdayAt(int hour, int minute) {
    return OffsetDateTime.of(2026, 3, 3, hour, minute, 0, 0, ZoneOffset.ofHours(5));
  }

  static AppointmentCreateRequest booking(OffsetDateTime start, int minutes) {
    return new AppointmentCreateRequest()
        .resourceId(OneLinkSandbox.RESOURCE_ID)
        .serviceId(OneLinkSandbox.SERVICE_ID)
        .startsAt(start)
        .endsAt(start.plusMinutes(minutes))
        .clientName("Айгерим Сеитова");
  }

  @Test
  void createFillsTheServersDefaultsAndDerivedFields() {
    Appointment created =
        appointments.create(
            ACCOUNT_ID,
            booking(tuesdayAt(10, 0), 30)
                .contactId(OneLinkSandbox.CONTACT_ID)
                .prepaidAmount(5000L)
                .prepaidPaymentMethod(PaymentMethod.KASPI_QR));

    assertThat(created.getStatus()).isEqualTo(AppointmentStatus.SCHEDULED);
    assertThat(created.getStartsAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T05:00:00Z"));
    assertThat(created.getDurationMin()).isEqualTo(30);
    assertThat(created.getServiceAmount()).isEqualTo(15000L);
    assertThat(created.getServiceNameSnapshot()).isEqualTo("Консультация терапевта");
    assertThat(created.getPaymentStatus()).isEqualTo(PaymentStatus.PREPAID);
    assertThat(created.getPayments()).hasSize(1);
    assertThat(created.getExpense()).isNull();
    assertThat(created.getClientIdentifier()).isEqualTo("940720400105"); // copied from the contact
    assertThat(created.getCreatedById()).isEqualTo(OneLinkSandbox.USER_ID);
    assertThat(created.getSource()).isEqualTo("manual");
    assertThat(created.getIdempotencyKey()).hasSize(36); // the SDK's key
    assertThat(created.getCreatedAt()).isEqualTo(OffsetDateTime.parse("2026-03-02T04:00:00Z"));
    assertThat(appointments.get(ACCOUNT_ID, created.getId())).isEqualTo(created);
  }

  @Test
  void aFullyPaidAppointmentGetsAnUnpaidExpense() {
    Appointment paid =
        appointments.create(
            ACCOUNT_ID,
            booking(tuesdayAt(11, 0), 30)
                .prepaidAmount(15000L)
                .prepaidPaymentMethod(PaymentMethod.CARD));

    assertThat(paid.getPaymentStatus()).isEqualTo(PaymentStatus.PAID);
    assertThat(paid.getExpense().getAmount()).isEqualTo(6000L); // 40% of 15 000
  }

  @Test
  void clientNameFallsBackToTheContact() {
    Appointment created =
        appointments.create(
            ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).clientName(null).contactId(926L));

    assertThat(created.getClientName()).isEqualTo("nurlan@example.kz");
  }

  @Test
  void aRepeatedIdempotencyKeyReplaysTheOriginalWith200() {
    Appointment first =
        appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).idempotencyKey("k-1"));
    Appointment replay =
        appointments.create(ACCOUNT_ID, booking(tuesdayAt(15, 0), 60).idempotencyKey("k-1"));

    assertThat(replay).isEqualTo(first);
    assertThat(sandbox.appointmentCount()).isEqualTo(2); // the imported one and this
    List<Exchange> creates = sandbox.exchanges();
    assertThat(creates.get(0).status()).isEqualTo(201);
    assertThat(creates.get(1).status()).isEqualTo(200);
  }

  @Test
  void theAvailabilityRulesAnswer409WithTheirCodes() {
    appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30));

    assertThat(code(() -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 15), 30))))
        .isEqualTo("SLOT_CONFLICT");
    assertThat(code(() -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(8, 0), 30))))
        .isEqualTo("OUTSIDE_WORKING_HOURS");
    assertThat(code(() -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(13, 15), 30))))
        .isEqualTo("BLOCKED_BY_BREAK");
    assertThat(
            code(
                () ->
                    appointments.create(
                        ACCOUNT_ID,
                        booking(
                            OffsetDateTime.of(2026, 3, 9, 10, 0, 0, 0, ZoneOffset.ofHours(5)),
                            30))))
        .isEqualTo("BLOCKED_BY_HOLIDAY");
    assertThat(
            code(
                () ->
                    appointments.create(
                        ACCOUNT_ID,
                        booking(
                            OffsetDateTime.of(2026, 3, 8, 10, 0, 0, 0, ZoneOffset.ofHours(5)),
                            30))))
        .isEqualTo("OUTSIDE_WORKING_HOURS");
    assertThat(
            code(
                () ->
                    appointments.create(
                        ACCOUNT_ID,
                        booking(
                                OffsetDateTime.of(2026, 12, 29, 10, 0, 0, 0, ZoneOffset.ofHours(5)),
                                30)
                            .resourceId(OneLinkSandbox.SECOND_RESOURCE_ID))))
        .isEqualTo("BLOCKED_BY_VACATION");
    assertThat(code(() -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(17, 30), 60))))
        .isEqualTo("OUTSIDE_WORKING_HOURS");
  }

  @Test
  void aCancelledAppointmentFreesItsSlot() {
    Appointment first = appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30));
    appointments.cancel(ACCOUNT_ID, first.getId());

    Appointment second = appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30));

    assertThat(second.getId()).isNotEqualTo(first.getId());
  }

  @Test
  void validationErrorsCarryTheirCodeAndDetails() {
    // The SDK refuses a duration outside the spec's 5..720 itself; an unknown status reaches the
    // server's model validation.
    assertThatThrownBy(
            () -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).durationMin(900)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("duration_min");
    UnprocessableEntityException badStatus =
        catchThrowableOfType(
            UnprocessableEntityException.class,
            () ->
                appointments.create(
                    ACCOUNT_ID,
                    booking(tuesdayAt(10, 0), 30)
                        .status(kz.onelink.sdk.model.AppointmentStatus.of("bogus"))));
    assertThat(badStatus.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(badStatus.details())
        .containsEntry("status", Collections.singletonList("Status is not included in the list"));

    UnprocessableEntityException backwards =
        catchThrowableOfType(
            UnprocessableEntityException.class,
            () ->
                appointments.create(
                    ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).endsAt(tuesdayAt(9, 0))));
    assertThat(backwards.serverMessage()).isEqualTo("End date must be greater than start date");

    assertThat(
            code(
                () ->
                    appointments.create(
                        ACCOUNT_ID,
                        booking(tuesdayAt(10, 0), 30)
                            .serviceId(OneLinkSandbox.INACTIVE_SERVICE_ID))))
        .isEqualTo("SERVICE_NOT_AVAILABLE_FOR_RESOURCE");
    assertThat(
            code(
                () ->
                    appointments.create(
                        ACCOUNT_ID,
                        booking(tuesdayAt(10, 0), 30).status(AppointmentStatus.of("waitlisted")))))
        .isEqualTo("VALIDATION_ERROR");
  }

  @Test
  void clientIdentifierIsCheckedAsAnIin() {
    assertThat(
            code(
                () ->
                    appointments.create(
                        ACCOUNT_ID,
                        booking(tuesdayAt(10, 0), 30).clientIdentifier("123456789012"))))
        .isEqualTo("INVALID_IIN");

    Appointment normalized =
        appointments.create(
            ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).clientIdentifier("940 720 300 129"));
    Appointment other =
        appointments.create(
            ACCOUNT_ID, booking(tuesdayAt(11, 0), 30).clientIdentifier("passport N1234567"));

    assertThat(normalized.getClientIdentifier()).isEqualTo("940720300129");
    assertThat(other.getClientIdentifier()).isEqualTo("passport N1234567");
  }

  @Test
  void updateIsAPartialMergeAndNullClears() {
    Appointment created =
        appointments.create(
            ACCOUNT_ID,
            booking(tuesdayAt(10, 0), 30).clientComment("first visit").externalRef("crm-1"));

    Appointment moved =
        appointments.update(
            ACCOUNT_ID,
            created.getId(),
            new AppointmentUpdateRequest()
                .startsAt(tuesdayAt(11, 0))
                .endsAt(tuesdayAt(11, 30))
                .clientComment(null));

    assertThat(moved.getStartsAt()).isEqualTo(OffsetDateTime.parse("2026-03-03T06:00:00Z"));
    assertThat(moved.getClientComment()).isNull();
    assertThat(moved.getExternalRef()).isEqualTo("crm-1");
    assertThat(moved.getClientName()).isEqualTo("Айгерим Сеитова");
  }

  @Test
  void cancelIsSafeToRepeat() {
    Appointment created = appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30));

    Appointment once = appointments.cancel(ACCOUNT_ID, created.getId());
    Appointment twice = appointments.cancel(ACCOUNT_ID, created.getId());

    assertThat(once.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
    assertThat(once.getPaymentStatus()).isEqualTo(PaymentStatus.CANCELLED);
    assertThat(twice.getStatus()).isEqualTo(AppointmentStatus.CANCELLED);
  }

  @Test
  void importedAppointmentsAreReadOnly() {
    assertThat(appointments.get(ACCOUNT_ID, OneLinkSandbox.IMPORTED_APPOINTMENT_ID).getSource())
        .isEqualTo("medelement");
    assertThat(
            code(
                () ->
                    appointments.update(
                        ACCOUNT_ID,
                        OneLinkSandbox.IMPORTED_APPOINTMENT_ID,
                        new AppointmentUpdateRequest().clientComment("x"))))
        .isEqualTo("APPOINTMENT_READ_ONLY");
    assertThat(code(() -> appointments.cancel(ACCOUNT_ID, OneLinkSandbox.IMPORTED_APPOINTMENT_ID)))
        .isEqualTo("APPOINTMENT_READ_ONLY");
  }

  @Test
  void uniqueKeysConflict() {
    appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).externalRef("crm-7"));
    Appointment other =
        appointments.create(ACCOUNT_ID, booking(tuesdayAt(11, 0), 30).idempotencyKey("k-2"));

    assertThat(
            code(
                () ->
                    appointments.create(
                        ACCOUNT_ID, booking(tuesdayAt(12, 0), 30).externalRef("crm-7"))))
        .isEqualTo("DUPLICATE_EXTERNAL_REF");
    assertThat(
            code(
                () ->
                    appointments.update(
                        ACCOUNT_ID,
                        other.getId(),
                        new AppointmentUpdateRequest().externalRef("crm-7"))))
        .isEqualTo("DUPLICATE_EXTERNAL_REF");
  }

  @Test
  void unknownIdsAnswerTheGenericNotFound() {
    NotFoundException missing =
        catchThrowableOfType(NotFoundException.class, () -> appointments.get(ACCOUNT_ID, 424242));
    assertThat(missing.errorCode()).isNull();
    assertThat(missing.serverMessage()).isEqualTo("Resource could not be found");

    assertThatThrownBy(
            () -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).resourceId(999L)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> appointments.create(ACCOUNT_ID, booking(tuesdayAt(10, 0), 30).serviceId(999L)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> appointments.list(123456)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void listFiltersAndOrdersLikeTheServer() {
    Appointment late = appointments.create(ACCOUNT_ID, booking(tuesdayAt(16, 0), 30));
    Appointment early = appointments.create(ACCOUNT_ID, booking(tuesdayAt(9, 0), 30));
    Appointment other =
        appointments.create(
            ACCOUNT_ID,
            booking(tuesdayAt(9, 0), 45)
                .resourceId(OneLinkSandbox.SECOND_RESOURCE_ID)
                .serviceId(OneLinkSandbox.SECOND_SERVICE_ID));
    appointments.cancel(ACCOUNT_ID, late.getId());

    assertThat(
            appointments.list(
                ACCOUNT_ID,
                ListAppointmentsParams.builder()
                    .from(tuesdayAt(0, 0))
                    .to(tuesdayAt(23, 0))
                    .build()))
        .extracting(Appointment::getId)
        .containsExactly(early.getId(), other.getId(), late.getId());
    assertThat(
            appointments.list(
                ACCOUNT_ID,
                ListAppointmentsParams.builder()
                    .from(tuesdayAt(0, 0))
                    .resourceIds(OneLinkSandbox.RESOURCE_ID)
                    .status(AppointmentStatus.SCHEDULED)
                    .build()))
        .extracting(Appointment::getId)
        .containsExactly(early.getId());
    assertThat(
            appointments.list(
                ACCOUNT_ID,
                ListAppointmentsParams.builder().paymentStatus(PaymentStatus.CANCELLED).build()))
        .extracting(Appointment::getId)
        .containsExactly(late.getId());
    assertThat(
            appointments.list(
                ACCOUNT_ID, ListAppointmentsParams.builder().to(tuesdayAt(9, 0)).build()))
        .extracting(Appointment::getId)
        .containsExactly(OneLinkSandbox.IMPORTED_APPOINTMENT_ID);
  }

  @Test
  void tokensAndAccountsAreCheckedLikeTheServer() throws IOException {
    UnauthorizedException badToken =
        catchThrowableOfType(
            UnauthorizedException.class, () -> client("nope").appointments().list(ACCOUNT_ID));
    assertThat(badToken.serverMessage()).isEqualTo("Invalid Access Token");
    assertThat(
            catchThrowableOfType(
                    UnauthorizedException.class,
                    () -> client(OneLinkSandbox.BOT_TOKEN).appointments().list(ACCOUNT_ID))
                .serverMessage())
        .isEqualTo("Access to this endpoint is not authorized for bots");
    assertThat(
            catchThrowableOfType(
                    UnauthorizedException.class,
                    () -> appointments.list(OneLinkSandbox.FOREIGN_ACCOUNT_ID))
                .serverMessage())
        .isEqualTo("You are not authorized to access this account");
    assertThat(
            catchThrowableOfType(
                    PermissionDeniedException.class,
                    () -> appointments.list(OneLinkSandbox.DISABLED_ACCOUNT_ID))
                .errorCode())
        .isEqualTo("FEATURE_DISABLED");

    OkHttpClient raw = new OkHttpClient();
    try (Response noToken =
        raw.newCall(
                new Request.Builder()
                    .url(sandbox.baseUrl() + "api/v1/accounts/17/scheduling/appointments")
                    .build())
            .execute()) {
      assertThat(noToken.code()).isEqualTo(401);
      assertThat(noToken.body().string())
          .isEqualTo("{\"errors\":[\"You need to sign in or sign up before continuing.\"]}");
    }
    try (Response noRoute =
        raw.newCall(
                new Request.Builder()
                    .url(sandbox.baseUrl() + "api/v1/accounts/17/scheduling/appointments/1")
                    .delete()
                    .header("api_access_token", OneLinkSandbox.API_ACCESS_TOKEN)
                    .build())
            .execute()) {
      assertThat(noRoute.code()).isEqualTo(404);
    }
  }

  @Test
  void nextWorkingDayAtIsBookable() {
    OneLinkSandbox live = OneLinkSandbox.start();
    try {
      OffsetDateTime slot = live.nextWorkingDayAt(LocalTime.of(10, 0));
      AppointmentsService service =
          OneLinkClient.builder()
              .baseUrl(live.baseUrl())
              .apiAccessToken(live.apiAccessToken())
              .build()
              .appointments();

      assertThat(service.create(ACCOUNT_ID, booking(slot, 30)).getStartsAt()).isEqualTo(slot);
    } finally {
      live.close();
    }
  }

  private static String code(Runnable call) {
    OneLinkServiceException e = catchThrowableOfType(OneLinkServiceException.class, call::run);
    assertThat(e).as("expected an error").isNotNull();
    if (e instanceof ConflictException) {
      assertThat(e.statusCode()).isEqualTo(409);
    }
    return e.errorCode();
  }
}
