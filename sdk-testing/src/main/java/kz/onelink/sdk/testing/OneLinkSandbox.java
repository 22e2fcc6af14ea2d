package kz.onelink.sdk.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URL;
import java.nio.file.Path;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import okhttp3.mockwebserver.MockWebServer;
import org.jspecify.annotations.Nullable;

/**
 * An in-process fake of the OneLink scheduling API on 127.0.0.1, for tests and demos. It serves
 * every operation of {@code openapi.yaml}: routed, validated and answered in the shape the spec
 * gives, over stateful data, with the business rules of the server version chosen with {@link
 * Builder#serverLine} (idempotent create, availability and free slots, recomputed fields, IIN
 * checksum, read-only imports, payments, what each version keeps, refuses or ignores). It can
 * inject network faults and the server's idempotency race.
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
 * {@value #IMPORTED_APPOINTMENT_ID}. Use {@link OneLinkSandboxExtension} to get one per test class,
 * and {@link #builder()} for another spec, a fixed clock, a server line or a fixed port.
 */
public final class OneLinkSandbox implements AutoCloseable {
  /** The token the sandbox accepts. */
  public static final String API_ACCESS_TOKEN = "sandbox-token";

  /** A token that belongs to a bot, which the server refuses (401). */
  public static final String BOT_TOKEN = "sandbox-bot-token";

  /**
   * The token of user {@value #AGENT_USER_ID}, a member of account {@value #ACCOUNT_ID} who is not
   * an administrator: writes to resources, services, holidays, overrides and time-offs answer 401.
   */
  public static final String AGENT_TOKEN = "sandbox-agent-token";

  /** The user {@link #AGENT_TOKEN} belongs to: an agent, not an administrator. */
  public static final long AGENT_USER_ID = 42;

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

  /**
   * Aigerim Seitova, with a phone (+77015550101), a valid IIN (940720400105), a birth date and a
   * gender that an appointment linked to her copies.
   */
  public static final long CONTACT_ID = 925;

  /**
   * Appointment imported from Medelement: readable, but update and cancel answer 422
   * APPOINTMENT_READ_ONLY.
   */
  public static final long IMPORTED_APPOINTMENT_ID = 9001;

  /** The user the token belongs to ({@code created_by_id} of new appointments). */
  public static final long USER_ID = 41;

  /**
   * MockWebServer logs every dropped or idle connection at INFO/WARNING through java.util.logging;
   * for a fake server that is noise in test and demo output. Held here so the setting is not
   * garbage-collected with the logger.
   */
  @SuppressWarnings("UnusedVariable") // held, never read: see above
  private static final Logger MOCK_WEB_SERVER_LOG =
      quiet(Logger.getLogger(MockWebServer.class.getName()));

  private final MockWebServer server;
  private final Clock clock;
  private final FaultPlan faults = new FaultPlan();
  private final Seed seed = Seed.packaged();
  private final Tenancy tenancy = seed.tenancy();
  private final Engine engine;
  private final SandboxDispatcher dispatcher;

  private final ServerLine serverLine;

  private OneLinkSandbox(Spec spec, Clock clock, ServerLine serverLine) {
    this.clock = clock;
    this.serverLine = serverLine;
    this.server = new MockWebServer();
    seed.load(tenancy, clock.instant());
    this.engine = new Engine(spec, ServerRules.of(serverLine), tenancy, clock);
    this.dispatcher = new SandboxDispatcher(engine, faults, clock);
    server.setDispatcher(dispatcher);
  }

  /** Options for a sandbox: {@code OneLinkSandbox.builder().clock(clock).start()}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Starts a sandbox on a free port of 127.0.0.1, on the packaged spec. */
  public static OneLinkSandbox start() {
    return builder().start();
  }

  /**
   * Starts a sandbox on {@code port} of 127.0.0.1 (0 for any free port), reading time from {@code
   * clock}.
   */
  public static OneLinkSandbox start(int port, Clock clock) {
    return builder().port(port).clock(clock).start();
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
    Tenancy.Account account = account();
    synchronized (account) {
      return account.records.table("appointments").size();
    }
  }

  /**
   * Puts the seed data back (every appointment created is forgotten) and forgets every recorded
   * exchange and every fault. Ids keep counting, so an id from before never names a new record.
   */
  public void reset() {
    faults.clear();
    dispatcher.exchanges().clear();
    seed.load(tenancy, clock.instant());
  }

  /**
   * The first weekday after today (Almaty time) on which both seed resources work (no holiday, no
   * time off), at {@code localTime} in Almaty, as UTC: a slot the seed resources can book.
   */
  public OffsetDateTime nextWorkingDayAt(LocalTime localTime) {
    Tenancy.Account account = account();
    synchronized (account) {
      Availability availability = new Availability(account.records);
      ZoneId zone = ResourceDay.zoneOf(account.records, RESOURCE_ID);
      LocalDate day = LocalDate.now(clock.withZone(zone)).plusDays(1);
      for (int tries = 0; tries < 366; tries++, day = day.plusDays(1)) {
        if (day.getDayOfWeek() != DayOfWeek.SATURDAY
            && day.getDayOfWeek() != DayOfWeek.SUNDAY
            && availability.isWorkingDay(RESOURCE_ID, day)
            && availability.isWorkingDay(SECOND_RESOURCE_ID, day)) {
          return day.atTime(localTime)
              .atZone(zone)
              .toOffsetDateTime()
              .withOffsetSameInstant(ZoneOffset.UTC);
        }
      }
      throw new IllegalStateException("the seed resources do not work in the next year");
    }
  }

  /** The server version this sandbox behaves like. */
  public ServerLine serverLine() {
    return serverLine;
  }

  /** What the spec asks for that this sandbox cannot serve (answered with 501); empty normally. */
  List<String> unsupported() {
    return engine.unsupported();
  }

  /** The operations of the spec this server line has no route for: they answer 404. */
  List<String> unrouted() {
    return engine.unrouted();
  }

  private Tenancy.Account account() {
    Tenancy.Account account = tenancy.account(ACCOUNT_ID);
    if (account == null) {
      throw new IllegalStateException("the seed has no account " + ACCOUNT_ID);
    }
    return account;
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

  /**
   * Options for a sandbox, each with a default: the packaged spec, the system clock, any free port.
   *
   * <pre>{@code
   * OneLinkSandbox sandbox = OneLinkSandbox.builder()
   *     .spec(Paths.get("build/openapi.yaml"))
   *     .clock(Clock.fixed(Instant.parse("2026-03-02T04:00:00Z"), ZoneOffset.UTC))
   *     .start();
   * }</pre>
   */
  public static final class Builder {
    private @Nullable SpecSource spec;
    private Clock clock = Clock.systemUTC();
    private int port;
    private ServerLine serverLine = ServerLine.B0;

    private Builder() {}

    /**
     * Serves this spec instead of the packaged one, e.g. a spec with operations not yet released.
     */
    public Builder spec(Path path) {
      this.spec = SpecSource.of(checkNotNull(path, "path"));
      return this;
    }

    /** Serves the spec at {@code url} (a {@code file:} or {@code jar:} URL, say). */
    public Builder spec(URL url) {
      this.spec = SpecSource.of(checkNotNull(url, "url"));
      return this;
    }

    /** The clock that says what "now" is: a fixed one makes slots and timestamps repeatable. */
    public Builder clock(Clock clock) {
      this.clock = checkNotNull(clock, "clock");
      return this;
    }

    /**
     * The server version to behave like: {@link ServerLine#B0} (the default, the docs-era
     * baseline), {@link ServerLine#L1} or {@link ServerLine#L2}. Each is its own set of rules: what
     * a write keeps, recomputes, refuses or ignores, which finance keys responses carry, what
     * deleting does.
     */
    public Builder serverLine(ServerLine serverLine) {
      this.serverLine = checkNotNull(serverLine, "serverLine");
      return this;
    }

    /** The port on 127.0.0.1; 0 (the default) takes any free port. */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be 0..65535 but was " + port);
      }
      this.port = port;
      return this;
    }

    /** Reads the spec (cached after the first time) and starts the sandbox. */
    public OneLinkSandbox start() {
      SpecSource source = spec == null ? SpecSource.packaged() : spec;
      OneLinkSandbox sandbox = new OneLinkSandbox(Spec.load(source), clock, serverLine);
      try {
        sandbox.server.setServerSocketFactory(new NoDelayServerSocketFactory());
        sandbox.server.start(InetAddress.getByAddress(new byte[] {127, 0, 0, 1}), port);
      } catch (IOException e) {
        throw new UncheckedIOException("could not start the OneLink sandbox", e);
      }
      return sandbox;
    }

    private static <T> T checkNotNull(@Nullable T value, String name) {
      if (value == null) {
        throw new NullPointerException(name + " == null");
      }
      return value;
    }
  }
}
