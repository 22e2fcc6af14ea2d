package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import kz.onelink.sdk.CuttingServer.Cut;
import kz.onelink.sdk.CuttingServer.Framing;
import kz.onelink.sdk.CuttingServer.Response;
import kz.onelink.sdk.errors.OneLinkException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.SchedulingServiceCreateRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A connection cut after any byte of a response body, however the body is framed, is an I/O
 * failure: retried when the operation is safe to repeat, and otherwise a {@link
 * OneLinkIoException}. Never a {@link kz.onelink.sdk.errors.OneLinkDecodingException}, which is
 * never retried and would blame the server's JSON for the network's fault. Every byte position is
 * tried; {@code -Dnetworkcut.stride=N} tries every N-th only (the mutation run uses it).
 */
class NetworkCutTest {
  private static final int STRIDE = Integer.getInteger("networkcut.stride", 1);
  private static final String JSON_UTF8 = "application/json; charset=utf-8";
  private static final byte[] APPOINTMENT =
      Fixtures.read("appointments/get-200.json").getBytes(StandardCharsets.UTF_8);

  private CuttingServer server;

  @BeforeEach
  void start() throws Exception {
    server = new CuttingServer();
  }

  @AfterEach
  void stop() throws Exception {
    server.close();
  }

  private OneLinkClient client(int maxRetries) {
    return OneLinkClient.builder()
        .apiAccessToken(MockServerExtension.TOKEN)
        .baseUrl(server.url())
        .retryBackoff(Duration.ZERO, Duration.ZERO)
        .maxRetries(maxRetries)
        .timeout(Duration.ofSeconds(20))
        .build();
  }

  @ParameterizedTest
  @EnumSource(Framing.class)
  void aReadCutAtAnyByteIsRetriedAndTheRetryDecodes(Framing framing) {
    OneLinkClient client = client(1);
    Appointment whole = decodeWhole(client, framing);
    int wire = CuttingServer.wireBody(APPOINTMENT, framing).length;
    List<String> wrong = new ArrayList<>();

    for (int cut = 0; cut < wire; cut += STRIDE) {
      server.enqueue(Response.cutAfter(200, JSON_UTF8, APPOINTMENT, framing, cut, Cut.CLOSE));
      if (!lastJsonByteArrived(framing, cut)) {
        server.enqueue(Response.whole(200, JSON_UTF8, APPOINTMENT, framing));
      }
      try {
        Appointment appointment = client.appointments().get(17, 4812);
        if (!appointment.equals(whole)) {
          wrong.add(cut + ": decoded " + appointment);
        }
      } catch (OneLinkException e) {
        wrong.add(cut + ": " + e);
      }
    }

    assertThat(wrong).as(framing + ": cuts that did not end in the retried value").isEmpty();
  }

  @ParameterizedTest
  @EnumSource(Framing.class)
  void aCutThatIsNotRetriedIsAnIoException(Framing framing) {
    OneLinkClient client = client(0);
    int wire = CuttingServer.wireBody(APPOINTMENT, framing).length;
    List<String> wrong = new ArrayList<>();
    int ioFailures = 0;

    for (int cut = 0; cut < wire; cut += Math.max(STRIDE, 7)) {
      Cut how = cut % 2 == 0 ? Cut.CLOSE : Cut.RESET;
      server.enqueue(Response.cutAfter(200, JSON_UTF8, APPOINTMENT, framing, cut, how));
      try {
        client.appointments().get(17, 4812);
        if (!lastJsonByteArrived(framing, cut)) {
          wrong.add(cut + " (" + how + "): decoded a value from a cut body");
        }
      } catch (OneLinkIoException expected) {
        ioFailures++;
      } catch (OneLinkException e) {
        wrong.add(cut + " (" + how + "): " + e);
      }
    }

    assertThat(wrong).as(framing + ": cuts that were not I/O failures").isEmpty();
    assertThat(ioFailures).isPositive();
  }

  @Test
  void aCutBodyInAnotherCharsetIsAnIoExceptionToo() {
    Charset cp1251 = Charset.forName("windows-1251");
    byte[] body = Fixtures.read("appointments/get-200.json").getBytes(cp1251);
    String type = "application/json; charset=windows-1251";
    OneLinkClient client = client(0);
    server.enqueue(Response.whole(200, type, body, Framing.CONTENT_LENGTH));
    assertThat(client.appointments().get(17, 4812).getClientName()).isEqualTo("Айгерим Сеитова");
    List<String> wrong = new ArrayList<>();

    for (Framing framing : new Framing[] {Framing.CONTENT_LENGTH, Framing.CLOSE_DELIMITED}) {
      int wire = CuttingServer.wireBody(body, framing).length;
      for (int cut = 0; cut < wire - 4; cut += Math.max(STRIDE, 5)) {
        server.enqueue(Response.cutAfter(200, type, body, framing, cut, Cut.CLOSE));
        try {
          client.appointments().get(17, 4812);
          wrong.add(framing + " " + cut + ": decoded a value from a cut body");
        } catch (OneLinkIoException expected) {
          // the network's fault, reported as such
        } catch (OneLinkException e) {
          wrong.add(framing + " " + cut + ": " + e);
        }
      }
    }

    assertThat(wrong).isEmpty();
  }

  @Test
  void aCutResponseToAnOperationThatIsNotSafeToRepeatIsNotSentAgain() {
    SchedulingServiceCreateRequest request =
        OneLinkJson.gson()
            .fromJson(
                ApiSpec.get().operation("createService").requestBodyExample(),
                SchedulingServiceCreateRequest.class);
    byte[] created = Fixtures.read("catalog/create-201.json").getBytes(StandardCharsets.UTF_8);
    OneLinkClient client = client(3);

    for (int cut : new int[] {0, 1, created.length / 2, created.length - 3}) {
      int before = server.requestCount();
      server.enqueue(
          Response.cutAfter(201, JSON_UTF8, created, Framing.CONTENT_LENGTH, cut, Cut.CLOSE));
      server.enqueue(Response.whole(201, JSON_UTF8, created, Framing.CONTENT_LENGTH));

      OneLinkIoException e =
          org.assertj.core.api.Assertions.catchThrowableOfType(
              OneLinkIoException.class, () -> client.catalog().create(17, request));

      assertThat(e).as("cut at %d", cut).isNotNull();
      assertThat(e.getMessage()).startsWith("Network failure on POST /api/v1/accounts/17/");
      assertThat(server.requestCount() - before).as("requests for cut at %d", cut).isEqualTo(1);
      // The unused second response is still queued: take it so the next cut starts clean.
      client.catalog().create(17, request);
    }
  }

  /** The reference value, read from a whole body with the same framing. */
  private Appointment decodeWhole(OneLinkClient client, Framing framing) {
    server.enqueue(Response.whole(200, JSON_UTF8, APPOINTMENT, framing));
    return client.appointments().get(17, 4812);
  }

  /**
   * Whether a body delimited by the end of the connection and cut after {@code cut} bytes still
   * holds the whole JSON value (only trailing whitespace is missing): then it is the whole body, as
   * far as anyone can tell.
   */
  private static boolean lastJsonByteArrived(Framing framing, int cut) {
    if (framing != Framing.CLOSE_DELIMITED) {
      return false;
    }
    int last = APPOINTMENT.length - 1;
    while (Character.isWhitespace(APPOINTMENT[last])) {
      last--;
    }
    return cut > last;
  }
}
