package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.OneLinkDecodingException;
import kz.onelink.sdk.errors.OneLinkException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.errors.OneLinkTimeoutException;
import kz.onelink.sdk.errors.RateLimitException;
import kz.onelink.sdk.errors.UnexpectedStatusException;
import kz.onelink.sdk.model.Appointment;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import okio.Buffer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every network and body fault we could think of, against each operation, with retries off and on.
 * Each outcome must be a value or an SDK exception, within a bounded time: never a
 * NullPointerException, an untyped exception or a hang. The outcome table is written to {@code
 * target/fault-matrix.md}.
 */
@Timeout(value = 20, unit = TimeUnit.SECONDS)
class FaultMatrixTest {
  private static final Map<String, String> OUTCOMES = new TreeMap<>();

  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  enum Call {
    GET,
    LIST,
    CREATE
  }

  /** One fault: what the server does on the first attempt, and what each setting must produce. */
  static final class Fault {
    final String name;
    final Function<String, MockResponse> first;
    final Class<?> withoutRetries;
    final Class<?> withRetries;

    Fault(
        String name,
        Function<String, MockResponse> first,
        Class<?> withoutRetries,
        Class<?> withRetries) {
      this.name = name;
      this.first = first;
      this.withoutRetries = withoutRetries;
      this.withRetries = withRetries;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  static List<Fault> faults() {
    return Arrays.asList(
        new Fault(
            "disconnect before the request",
            b -> (policy(SocketPolicy.DISCONNECT_AT_START)),
            OneLinkIoException.class,
            Appointment.class),
        new Fault(
            "disconnect after the request",
            b -> (policy(SocketPolicy.DISCONNECT_AFTER_REQUEST)),
            OneLinkIoException.class,
            Appointment.class),
        new Fault(
            "disconnect during the body (truncated)",
            b -> (body(200, b).setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY)),
            OneLinkIoException.class,
            Appointment.class),
        new Fault(
            "no response (read timeout)",
            b -> (policy(SocketPolicy.NO_RESPONSE)),
            OneLinkTimeoutException.class,
            Appointment.class),
        new Fault(
            "body cut mid-JSON, connection intact",
            b -> (body(200, b.substring(0, b.length() / 2))),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "malformed JSON",
            b -> (body(200, "{\"payload\": {\"id\": 4812,,}}")),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "HTML instead of JSON",
            b ->
                (body(200, "<html><body>Maintenance</body></html>")
                    .setHeader("Content-Type", "text/html")),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "JSON labelled text/plain",
            b -> (body(200, b).setHeader("Content-Type", "text/plain")),
            Appointment.class,
            Appointment.class),
        new Fault(
            "empty 200 body",
            b -> (body(200, "")),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "204 without a body",
            b -> (new MockResponse().setResponseCode(204)),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "10 MB of garbage",
            b -> (new MockResponse().setBody(garbage(10 << 20))),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "wrong field type",
            b -> (body(200, ResponseDecodingTest.withField(b, "service_amount", "\"15000 KZT\""))),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "required field missing",
            b -> (body(200, ResponseDecodingTest.withField(b, "ends_at", "null"))),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "unknown enum values",
            b ->
                (body(
                    200,
                    ResponseDecodingTest.withField(b, "status", "\"rescheduled\"")
                        .replace("\"kaspi_qr\"", "\"halyk_qr\""))),
            Appointment.class,
            Appointment.class),
        new Fault(
            "odd date forms",
            b ->
                (body(
                    200,
                    ResponseDecodingTest.withField(b, "starts_at", "\"2026-03-09 10:00:00 +0500\"")
                        .replace("\"2026-03-09T05:30:00Z\"", "\"2026-03-09T05:30:00.000000Z\""))),
            Appointment.class,
            Appointment.class),
        new Fault(
            "unknown nested fields",
            b ->
                (body(
                    200,
                    b.replaceFirst(
                        "\\{", "{\"new_block\": {\"a\": [1, {\"b\": null}], \"c\": true},"))),
            Appointment.class,
            Appointment.class),
        new Fault(
            "JSON nested 10000 deep",
            b ->
                (body(
                    200,
                    ResponseDecodingTest.withField(
                        b,
                        "custom_attributes",
                        "{\"x\":" + repeat("[", 10_000) + repeat("]", 10_000) + "}"))),
            OneLinkDecodingException.class,
            OneLinkDecodingException.class),
        new Fault(
            "UTF-8 byte order mark",
            b ->
                (new MockResponse()
                    .setBody(
                        new Buffer()
                            .write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF})
                            .writeUtf8(b))),
            Appointment.class,
            Appointment.class),
        new Fault(
            "invalid UTF-8 in a string",
            b ->
                (new MockResponse()
                    .setBody(
                        new Buffer()
                            .writeUtf8(b.substring(0, b.indexOf("Айгерим")))
                            .write(new byte[] {(byte) 0xC3, (byte) 0x28})
                            .writeUtf8(b.substring(b.indexOf("Айгерим") + "Айгерим".length())))),
            Appointment.class,
            Appointment.class),
        new Fault(
            "slow trickled body",
            b -> (body(200, b).throttleBody(1024, 20, TimeUnit.MILLISECONDS)),
            Appointment.class,
            Appointment.class),
        new Fault(
            "gzip header on plain bytes",
            b -> (body(200, b).setHeader("Content-Encoding", "gzip")),
            OneLinkIoException.class,
            Appointment.class),
        new Fault(
            "500 HTML page",
            b ->
                (body(500, "<html>Internal Server Error</html>")
                    .setHeader("Content-Type", "text/html")),
            InternalServerException.class,
            Appointment.class),
        new Fault(
            "429 plain text, no Retry-After",
            b -> (body(429, "Retry later\n").setHeader("Content-Type", "text/plain")),
            RateLimitException.class,
            Appointment.class),
        new Fault(
            "302 to another host",
            b ->
                (new MockResponse()
                    .setResponseCode(302)
                    .setHeader("Location", "http://127.0.0.2:1/steal")),
            UnexpectedStatusException.class,
            UnexpectedStatusException.class));
  }

  static Stream<Arguments> cases() {
    List<Arguments> cases = new ArrayList<>();
    for (Fault fault : faults()) {
      for (Call call : Call.values()) {
        cases.add(Arguments.of(fault, call, false));
        cases.add(Arguments.of(fault, call, true));
      }
    }
    return cases.stream();
  }

  @ParameterizedTest(name = "{0} / {1} / retries={2}")
  @MethodSource("cases")
  void everyFaultEndsInAValueOrAnSdkException(Fault fault, Call call, boolean retries) {
    String healthy =
        Fixtures.read(
            call == Call.LIST ? "appointments/list-200.json" : "appointments/get-200.json");
    mock.server().enqueue(fault.first.apply(healthy));
    // What a healthy server answers to a retry.
    mock.server().enqueue(body(call == Call.CREATE ? 201 : 200, healthy));
    OneLinkClient client =
        mock.clientBuilder()
            .maxRetries(retries ? 2 : 0)
            .readTimeout(Duration.ofMillis(500))
            .build();

    Object outcome;
    try {
      outcome = run(client, call);
    } catch (OneLinkException e) {
      outcome = e;
    } catch (Throwable e) {
      throw new AssertionError("not an SDK exception: " + e, e);
    }

    Class<?> expected = retries ? fault.withRetries : fault.withoutRetries;
    if (expected == Appointment.class && call == Call.LIST) {
      expected = List.class;
    }
    assertThat(outcome).as("%s / %s / retries=%s", fault, call, retries).isInstanceOf(expected);
    if (outcome instanceof List) {
      assertThat((List<?>) outcome).isNotEmpty().doesNotContainNull();
    }
    if (outcome instanceof Throwable) {
      assertThat(((Throwable) outcome).getMessage()).isNotBlank();
    }
    OUTCOMES.put(
        String.format(
            "| %s | %s | %s | %s | %d |",
            fault,
            call,
            retries ? "2" : "0",
            outcome instanceof Throwable ? outcome.getClass().getSimpleName() : "value",
            mock.server().getRequestCount()),
        "");
  }

  static Stream<Arguments> races() {
    List<Arguments> cases = new ArrayList<>();
    for (RacyCreateServer.FirstAttempt first :
        new RacyCreateServer.FirstAttempt[] {
          RacyCreateServer.FirstAttempt.RESET, RacyCreateServer.FirstAttempt.LATE
        }) {
      for (RacyCreateServer.Race race : RacyCreateServer.Race.values()) {
        cases.add(Arguments.of(first, race, false));
        cases.add(Arguments.of(first, race, true));
      }
    }
    return cases.stream();
  }

  /**
   * The create whose first attempt is still committing when the client gives up on it (a reset, or
   * a read timeout) and whose retry meets the server's lookup-then-insert race: with retries, the
   * booking it made comes back; without, an I/O error, and never a second booking.
   */
  @ParameterizedTest(name = "first attempt {0}, repeat told {1}, retries={2}")
  @MethodSource("races")
  void aCreateCommittedSlowlyEndsInItsOneBooking(
      RacyCreateServer.FirstAttempt first, RacyCreateServer.Race race, boolean retries) {
    RacyCreateServer server = new RacyCreateServer(RacyCreateServer.raceOn(first, race), 400);
    mock.server().setDispatcher(server);
    OneLinkClient client =
        RacyCreateServer.raceReady(mock.clientBuilder()).maxRetries(retries ? 2 : 0).build();

    Object outcome;
    try {
      outcome = client.appointments().create(17, AppointmentsServiceTest.minimalCreate());
    } catch (OneLinkException e) {
      outcome = e;
    }

    assertThat(outcome)
        .as("%s / %s / retries=%s", first, race, retries)
        .isInstanceOf(retries ? Appointment.class : OneLinkIoException.class);
    assertThat(server.bookings()).isEqualTo(1);
    OUTCOMES.put(
        String.format(
            "| create committed slowly: %s, repeat told %s | CREATE | %s | %s | %d |",
            first,
            race,
            retries ? "2" : "0",
            outcome instanceof Throwable ? outcome.getClass().getSimpleName() : "value",
            server.requests()),
        "");
  }

  private static Object run(OneLinkClient client, Call call) {
    switch (call) {
      case GET:
        return client.appointments().get(17, 4812);
      case LIST:
        return client.appointments().list(17);
      case CREATE:
        return client.appointments().create(17, AppointmentsServiceTest.minimalCreate());
      default:
        return fail("unknown call");
    }
  }

  @AfterAll
  static void writeOutcomeTable() throws IOException {
    StringBuilder table =
        new StringBuilder()
            .append("# Fault matrix (written by FaultMatrixTest)\n\n")
            .append(OUTCOMES.size())
            .append(" cases: ")
            .append(faults().size())
            .append(" faults x ")
            .append(Call.values().length)
            .append(" operations x retries off/on, and ")
            .append(races().count())
            .append(" create races (a first attempt still committing when its retry arrives).\n\n")
            .append(
                "| fault | operation | retries | outcome | requests |\n|---|---|---|---|---|\n");
    for (String row : OUTCOMES.keySet()) {
      table.append(row).append('\n');
    }
    Files.createDirectories(Paths.get("target"));
    Files.write(
        Paths.get("target", "fault-matrix.md"), table.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static MockResponse policy(SocketPolicy policy) {
    return new MockResponse().setSocketPolicy(policy);
  }

  private static MockResponse body(int status, String body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }

  private static Buffer garbage(int bytes) {
    Buffer buffer = new Buffer();
    byte[] chunk = new byte[8192];
    Arrays.fill(chunk, (byte) 'x');
    for (int written = 0; written < bytes; written += chunk.length) {
      buffer.write(chunk);
    }
    return buffer;
  }

  private static String repeat(String s, int times) {
    StringBuilder out = new StringBuilder(s.length() * times);
    for (int i = 0; i < times; i++) {
      out.append(s);
    }
    return out.toString();
  }
}
