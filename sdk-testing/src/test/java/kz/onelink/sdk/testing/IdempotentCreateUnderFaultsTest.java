package kz.onelink.sdk.testing;

import static kz.onelink.sdk.testing.OneLinkSandbox.ACCOUNT_ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.Set;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.services.AppointmentsService;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * N creates through a network that drops, cuts and refuses a third of the exchanges (some of them
 * after the server saved the appointment, some racing a repeat against the first attempt's commit)
 * leave exactly N appointments and N successes: the SDK retries with one idempotency key per
 * create, asks again after the race's 409, and the server replays instead of booking again.
 */
@Timeout(60)
class IdempotentCreateUnderFaultsTest {
  private static final int CREATES = 60;

  @RegisterExtension
  final OneLinkSandboxExtension running = new OneLinkSandboxExtension(SandboxContractTest.CLOCK);

  private OneLinkSandbox sandbox;

  @BeforeEach
  void start(OneLinkSandbox sandbox) {
    this.sandbox = sandbox;
  }

  @Test
  void nCreatesUnderInjectedFaultsMakeExactlyNAppointments() {
    AppointmentsService appointments =
        OneLinkClient.builder()
            .baseUrl(sandbox.baseUrl())
            .apiAccessToken(sandbox.apiAccessToken())
            .maxRetries(8)
            .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(10))
            .readTimeout(Duration.ofMillis(300))
            .build()
            .appointments();
    int before = sandbox.appointmentCount();
    sandbox.failRandomly(0.35, 20261125L, Fault.values());

    Set<Long> ids = new HashSet<>();
    int successes = 0;
    for (int i = 0; i < CREATES; i++) {
      // 60 back-to-back 15-minute slots across Tuesday and Wednesday mornings and afternoons.
      OffsetDateTime start = slot(i);
      Appointment created = appointments.create(ACCOUNT_ID, SandboxContractTest.booking(start, 15));
      ids.add(created.getId());
      successes++;
    }

    long faulted = sandbox.exchanges().stream().filter(e -> e.fault() != null).count();
    long faultedAfterSaving =
        sandbox.exchanges().stream()
            .filter(e -> e.fault() != null && e.fault().processes())
            .count();
    assertThat(faulted).as("faults injected").isGreaterThan(CREATES / 5);
    assertThat(faultedAfterSaving)
        .as("faults after the appointment was saved")
        .isGreaterThan(CREATES / 20);
    long races =
        sandbox.exchanges().stream()
            .filter(
                e ->
                    e.fault() == Fault.IDEMPOTENCY_RACE_DUPLICATE_KEY
                        || e.fault() == Fault.IDEMPOTENCY_RACE_SLOT_CONFLICT)
            .count();
    long raceConflicts = sandbox.exchanges().stream().filter(e -> e.status() == 409).count();
    assertThat(races).as("idempotency races injected").isPositive();
    assertThat(raceConflicts).as("repeats that met their first attempt mid-commit").isPositive();
    assertThat(successes).isEqualTo(CREATES);
    assertThat(ids).hasSize(CREATES);
    assertThat(sandbox.appointmentCount() - before).isEqualTo(CREATES);
    report(
        String.format(
            "%d creates, %d successes, %d requests, %d faults injected (%d after the appointment"
                + " was saved, %d idempotency races, %d repeats answered 409), %d appointments"
                + " made%n",
            CREATES,
            successes,
            sandbox.exchanges().size(),
            faulted,
            faultedAfterSaving,
            races,
            raceConflicts,
            sandbox.appointmentCount() - before));
  }

  private static void report(String line) {
    try {
      java.nio.file.Files.createDirectories(java.nio.file.Paths.get("target"));
      java.nio.file.Files.write(
          java.nio.file.Paths.get("target", "idempotent-create.txt"),
          line.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * The race of the real server ({@code appointments_controller.rb@13b0940975ef#create} looks the
   * key up outside the upsert's transaction; review S24): a repeat that arrives while the first
   * attempt commits gets 409 (the unique index, or the slot it holds), the next one the replay.
   */
  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Fault.class,
      names = {"IDEMPOTENCY_RACE_DUPLICATE_KEY", "IDEMPOTENCY_RACE_SLOT_CONFLICT"})
  void aRepeatThatMeetsItsFirstAttemptMidCommitGets409ThenTheReplay(Fault race) {
    RawHttp http = new RawHttp(sandbox);
    String body =
        AppointmentWriteRulesTest.booking("10:00", "10:30", ", \"idempotency_key\": \"k-race\"");
    int before = sandbox.appointmentCount();
    sandbox.failNext(race);

    assertThatThrownBy(() -> http.post("appointments", body)).hasCauseInstanceOf(IOException.class);
    RawHttp.Answer repeat = http.post("appointments", body);
    RawHttp.Answer again = http.post("appointments", body);

    assertThat(repeat.status).isEqualTo(409);
    assertThat(repeat.body)
        .isEqualTo(
            race == Fault.IDEMPOTENCY_RACE_SLOT_CONFLICT
                ? "{\"error\":\"Slot is already occupied\",\"code\":\"SLOT_CONFLICT\"}"
                : "{\"error\":\"idempotency_key must be unique within account\","
                    + "\"code\":\"DUPLICATE_IDEMPOTENCY_KEY\"}");
    assertThat(again.status).isEqualTo(200);
    assertThat(again.payload().get("idempotency_key").getAsString()).isEqualTo("k-race");
    assertThat(sandbox.appointmentCount() - before).isEqualTo(1);
  }

  /** The SDK rides the race: its create returns the one booking the first attempt made. */
  @ParameterizedTest(name = "{0}")
  @EnumSource(
      value = Fault.class,
      names = {"IDEMPOTENCY_RACE_DUPLICATE_KEY", "IDEMPOTENCY_RACE_SLOT_CONFLICT"})
  void theSdkCreateRidesTheRaceToTheOneBooking(Fault race) {
    AppointmentsService appointments =
        OneLinkClient.builder()
            .baseUrl(sandbox.baseUrl())
            .apiAccessToken(sandbox.apiAccessToken())
            .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(10))
            .build()
            .appointments();
    int before = sandbox.appointmentCount();
    sandbox.failNext(race);

    Appointment created =
        appointments.create(
            ACCOUNT_ID, SandboxContractTest.booking(SandboxContractTest.tuesdayAt(10, 0), 30));

    assertThat(sandbox.appointmentCount() - before).isEqualTo(1);
    assertThat(sandbox.exchanges()).extracting(Exchange::status).containsExactly(0, 409, 200);
    assertThat(created.getId()).isNotNull();
  }

  /**
   * Without an idempotency key, one retry after a lost response books twice: why the SDK sends one.
   */
  @Test
  void aRetryWithoutAKeyWouldBookTwice() throws IOException {
    OkHttpClient raw = new OkHttpClient.Builder().retryOnConnectionFailure(false).build();
    String body =
        "{\"resource_id\":3,\"service_id\":12,\"client_name\":\"Айгерим\","
            + "\"starts_at\":\"2026-03-03T05:00:00Z\",\"ends_at\":\"2026-03-03T05:15:00Z\"}";
    int before = sandbox.appointmentCount();
    sandbox.failNext(Fault.DROP_AFTER_PROCESSING);

    for (int attempt = 0; attempt < 2; attempt++) {
      try (Response response =
          raw.newCall(
                  new Request.Builder()
                      .url(sandbox.baseUrl() + "api/v1/accounts/17/scheduling/appointments")
                      .header("api_access_token", sandbox.apiAccessToken())
                      .post(
                          RequestBody.create(
                              body.replace("05:00", attempt == 0 ? "05:00" : "05:30")
                                  .replace("05:15", attempt == 0 ? "05:15" : "05:45"),
                              MediaType.get("application/json")))
                      .build())
              .execute()) {
        assertThat(response.code()).isEqualTo(201);
      } catch (IOException lostResponse) {
        // the first attempt was saved, but its answer never arrived
      }
    }

    assertThat(sandbox.appointmentCount() - before).isEqualTo(2);
  }

  private static OffsetDateTime slot(int i) {
    int day = i / 30;
    int index = i % 30;
    int minutes = index < 16 ? 9 * 60 + index * 15 : 14 * 60 + (index - 16) * 15;
    return OffsetDateTime.of(2026, 3, 3 + day, 0, 0, 0, 0, java.time.ZoneOffset.ofHours(5))
        .plusMinutes(minutes);
  }
}
