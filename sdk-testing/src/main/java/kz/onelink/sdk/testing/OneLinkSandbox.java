package kz.onelink.sdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;

/**
 * An in-process fake of the OneLink scheduling appointments API on 127.0.0.1, for tests and demos.
 * It keeps state and answers like the real server (its statuses, error shapes and codes, idempotent
 * create, availability checks, IIN checksum, read-only imports), and can inject network faults.
 *
 * <pre>{@code
 * try (OneLinkSandbox sandbox = OneLinkSandbox.start()) {
 *   OneLinkClient client = OneLinkClient.builder()
 *       .baseUrl(sandbox.baseUrl())
 *       .apiAccessToken(sandbox.apiAccessToken())
 *       .build();
 *   client.appointments().list(OneLinkSandbox.ACCOUNT_ID);
 * }
 * }</pre>
 *
 * <p>Seed data, in Almaty time (UTC+5): account {@value #ACCOUNT_ID} with resources {@value
 * #RESOURCE_ID} and {@value #SECOND_RESOURCE_ID} (Mon–Fri 09:00–18:00 with a 13:00–14:00 break, Sat
 * 10:00–14:00), services {@value #SERVICE_ID} (30 min, 15 000 KZT) and {@value #SECOND_SERVICE_ID}
 * (45 min, 20 000 KZT), contact {@value #CONTACT_ID}, and the imported, read-only appointment
 * {@value #IMPORTED_APPOINTMENT_ID}. Use {@link OneLinkSandboxExtension} to get one per test class.
 */
public final class OneLinkSandbox implements AutoCloseable {
  /** The token the sandbox accepts. */
  public static final String API_ACCESS_TOKEN = "sandbox-token";

  /** A token that belongs to a bot, which the server refuses (401). */
  public static final String BOT_TOKEN = "sandbox-bot-token";

  public static final long ACCOUNT_ID = 17;

  /** An account the token's user is not a member of: every call answers 401. */
  public static final long FOREIGN_ACCOUNT_ID = 18;

  /** An account with scheduling turned off: every call answers 403 FEATURE_DISABLED. */
  public static final long DISABLED_ACCOUNT_ID = 19;

  /** Dr. Akhmetova: 40% fee. */
  public static final long RESOURCE_ID = 3;

  /** The ultrasound room: fixed 6 000 KZT fee, on time off from 28 December to 9 January. */
  public static final long SECOND_RESOURCE_ID = 4;

  /** A therapist consultation: 30 minutes, 15 000 KZT. */
  public static final long SERVICE_ID = 12;

  /** An abdominal ultrasound: 45 minutes, 20 000 KZT. */
  public static final long SECOND_SERVICE_ID = 13;

  /** A retired service: booking it answers 422 SERVICE_NOT_AVAILABLE_FOR_RESOURCE. */
  public static final long INACTIVE_SERVICE_ID = 14;

  /** Aigerim Seitova, with a phone, a valid IIN and a birth date the appointment copies. */
  public static final long CONTACT_ID = 925;

  /**
   * Appointment imported from Medelement: readable, but update and cancel answer 422
   * APPOINTMENT_READ_ONLY.
   */
  public static final long IMPORTED_APPOINTMENT_ID = 9001;

  /** The user the token belongs to ({@code created_by_id} of new appointments). */
  public static final long USER_ID = 41;

  /** Public holidays the seed data closes (Kazakhstan, 2026–2027). */
  static final Set<LocalDate> HOLIDAYS =
      new HashSet<>(
          Arrays.asList(
              LocalDate.of(2026, 1, 1),
              LocalDate.of(2026, 1, 2),
              LocalDate.of(2026, 1, 7),
              LocalDate.of(2026, 3, 9),
              LocalDate.of(2026, 3, 23),
              LocalDate.of(2026, 3, 24),
              LocalDate.of(2026, 3, 25),
              LocalDate.of(2026, 5, 1),
              LocalDate.of(2026, 5, 7),
              LocalDate.of(2026, 5, 8),
              LocalDate.of(2026, 7, 6),
              LocalDate.of(2026, 8, 31),
              LocalDate.of(2026, 10, 26),
              LocalDate.of(2026, 12, 16),
              LocalDate.of(2027, 1, 1),
              LocalDate.of(2027, 1, 7)));

  /**
   * MockWebServer logs every dropped or idle connection at INFO/WARNING through java.util.logging;
   * for a fake server that is noise in test and demo output. Held here so the setting is not
   * garbage-collected with the logger.
   */
  private static final Logger MOCK_WEB_SERVER_LOG =
      quiet(Logger.getLogger(MockWebServer.class.getName()));

  private final MockWebServer server;
  private final Clock clock;
  private final FaultPlan faults = new FaultPlan();
  private final Map<Long, Store> stores = new LinkedHashMap<>();
  private final SandboxDispatcher dispatcher;

  private OneLinkSandbox(Clock clock) {
    this.clock = clock;
    this.server = new MockWebServer();
    seed();
    Map<Long, Boolean> memberships = new LinkedHashMap<>();
    memberships.put(ACCOUNT_ID, true);
    memberships.put(DISABLED_ACCOUNT_ID, false);
    Map<String, Long> tokens = new LinkedHashMap<>();
    tokens.put(API_ACCESS_TOKEN, USER_ID);
    tokens.put(BOT_TOKEN, -1L);
    this.dispatcher = new SandboxDispatcher(stores, memberships, tokens, faults);
    server.setDispatcher(dispatcher);
  }

  /** Starts a sandbox on a free port of 127.0.0.1. */
  public static OneLinkSandbox start() {
    return start(0, Clock.systemUTC());
  }

  /**
   * Starts a sandbox on {@code port} of 127.0.0.1 (0 for any free port), reading time from {@code
   * clock}.
   */
  public static OneLinkSandbox start(int port, Clock clock) {
    OneLinkSandbox sandbox = new OneLinkSandbox(clock);
    try {
      sandbox.server.setServerSocketFactory(new NoDelayServerSocketFactory());
      sandbox.server.start(InetAddress.getByName("127.0.0.1"), port);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the OneLink sandbox", e);
    }
    return sandbox;
  }

  /** The base URL to give the client, e.g. {@code http://127.0.0.1:53121/}. */
  public String baseUrl() {
    // server.url() names the host "localhost", which may resolve to ::1 first; the sandbox listens
    // on 127.0.0.1.
    return "http://127.0.0.1:" + server.getPort() + "/";
  }

  /** The token the sandbox accepts: {@value #API_ACCESS_TOKEN}. */
  public String apiAccessToken() {
    return API_ACCESS_TOKEN;
  }

  /** Makes the next request fail with {@code fault}. */
  public OneLinkSandbox failNext(Fault fault) {
    return failNext(1, fault);
  }

  /** Makes the next {@code times} requests fail with {@code fault}. */
  public OneLinkSandbox failNext(int times, Fault fault) {
    faults.queue(times, fault);
    return this;
  }

  /**
   * Makes each later request fail with the given probability, with one of {@code faults},
   * reproducibly from {@code seed}.
   */
  public OneLinkSandbox failRandomly(double probability, long seed, Fault... faults) {
    this.faults.random(probability, seed, faults.length == 0 ? Fault.values() : faults);
    return this;
  }

  /** Stops injecting faults. */
  public OneLinkSandbox clearFaults() {
    faults.clear();
    return this;
  }

  /** Every request so far, in arrival order, with what the sandbox answered. */
  public List<Exchange> exchanges() {
    return new ArrayList<>(dispatcher.exchanges());
  }

  /** How many appointments account {@value #ACCOUNT_ID} holds, the imported one included. */
  public int appointmentCount() {
    return stores.get(ACCOUNT_ID).size();
  }

  /** Forgets every appointment created, every recorded exchange and every fault. */
  public void reset() {
    faults.clear();
    dispatcher.exchanges().clear();
    stores.get(ACCOUNT_ID).clearAppointments();
  }

  /**
   * The first working weekday after today (Almaty time) that is not a holiday, at {@code localTime}
   * in Almaty, as UTC: a slot the seed resources can book.
   */
  public OffsetDateTime nextWorkingDayAt(LocalTime localTime) {
    LocalDate day = LocalDate.now(clock.withZone(Schedule.ALMATY)).plusDays(1);
    while (day.getDayOfWeek() == DayOfWeek.SATURDAY
        || day.getDayOfWeek() == DayOfWeek.SUNDAY
        || HOLIDAYS.contains(day)
        || Schedule.isNewYearBreak(day)) {
      day = day.plusDays(1);
    }
    return day.atTime(localTime).atOffset(Schedule.ALMATY).withOffsetSameInstant(ZoneOffset.UTC);
  }

  @Override
  public void close() {
    try {
      server.shutdown();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public String toString() {
    return "OneLinkSandbox{" + baseUrl() + "}";
  }

  private static Logger quiet(Logger logger) {
    logger.setLevel(Level.OFF);
    return logger;
  }

  private void seed() {
    Store account = new Store(ACCOUNT_ID, USER_ID, clock);
    account.addResource(RESOURCE_ID, "percent", 40, new Schedule(false));
    account.addResource(SECOND_RESOURCE_ID, "fixed", 6000, new Schedule(true));
    account.addService(
        new Store.Service(SERVICE_ID, "Консультация терапевта", "consultation", 30, 15000, true));
    account.addService(
        new Store.Service(
            SECOND_SERVICE_ID, "УЗИ брюшной полости", "diagnostics", 45, 20000, true));
    account.addService(
        new Store.Service(
            INACTIVE_SERVICE_ID, "Архивная услуга", "consultation", 30, 10000, false));
    account.addContact(
        new Store.Contact(
            CONTACT_ID,
            "Айгерим Сеитова",
            "aigerim@example.kz",
            "+77011234567",
            "940720300129",
            LocalDate.of(1994, 7, 20),
            "female"));
    account.addContact(
        new Store.Contact(926, null, "nurlan@example.kz", "+77027654321", null, null, null));
    account.addCompany(8);
    account.addConversation(30117);
    account.addUser(USER_ID);
    account.addUser(42);
    for (LocalDate holiday : HOLIDAYS) {
      account.addHoliday(holiday);
    }
    account.addImported(
        IMPORTED_APPOINTMENT_ID,
        SECOND_RESOURCE_ID,
        OffsetDateTime.of(2026, 2, 2, 5, 0, 0, 0, ZoneOffset.UTC),
        45,
        "Медэлемент Пациент");
    stores.put(ACCOUNT_ID, account);
    stores.put(FOREIGN_ACCOUNT_ID, new Store(FOREIGN_ACCOUNT_ID, 77, clock));
    stores.put(DISABLED_ACCOUNT_ID, new Store(DISABLED_ACCOUNT_ID, USER_ID, clock));
  }
}
