package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import kz.onelink.sdk.errors.OneLinkException;
import kz.onelink.sdk.errors.UnauthorizedException;
import kz.onelink.sdk.model.Appointment;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The API token never shows up in a message, a log line, a toString() or a stack trace. */
class SecretsTest {
  private static final String TOKEN = MockServerExtension.TOKEN;

  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @Test
  void aMissingTokenIsAClearErrorNotANullPointerException() {
    assertThatThrownBy(() -> OneLinkClient.builder().build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("apiAccessToken is required, but was not set");
    assertThatThrownBy(() -> OneLinkClient.builder().apiAccessToken(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiAccessToken == null");
    assertThatThrownBy(() -> OneLinkClient.builder().apiAccessToken("  \n "))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("apiAccessToken is blank");
  }

  @Test
  void aTokenThatCannotBeAHeaderIsRejectedWithoutEchoingIt() {
    assertThatThrownBy(() -> OneLinkClient.builder().apiAccessToken("abc\u0000" + TOKEN))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "apiAccessToken has a character that is not allowed in an HTTP header, at index 3")
        .message()
        .doesNotContain(TOKEN);
  }

  @Test
  void surroundingWhitespaceIsDropped() throws Exception {
    mock.server().enqueue(Fixtures.json(200, "appointments/get-200.json"));
    OneLinkClient client = mock.clientBuilder().apiAccessToken("  " + TOKEN + "\n").build();

    client.appointments().get(17, 4812);

    assertThat(mock.server().takeRequest().getHeader("api_access_token")).isEqualTo(TOKEN);
  }

  @Test
  void toStringsHideTheToken() {
    OneLinkClient.Builder builder = mock.clientBuilder();

    assertThat(builder.toString()).doesNotContain(TOKEN).contains("<redacted>");
    assertThat(builder.build().toString()).doesNotContain(TOKEN);
    assertThat(builder.build().newBuilder().toString()).doesNotContain(TOKEN);
  }

  @Test
  void aServerThatEchoesTheTokenDoesNotPutItIntoTheException() {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(401)
                .setHeader("Content-Type", "application/json")
                .setHeader("X-Debug-Token", TOKEN)
                .setBody(
                    "{\"error\":\"Invalid Access Token "
                        + TOKEN
                        + "\",\"details\":{\"token\":\""
                        + TOKEN
                        + "\"}}"));

    UnauthorizedException e =
        catchThrowableOfType(
            UnauthorizedException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(stackTraceOf(e)).doesNotContain(TOKEN);
    assertThat(e.serverMessage()).isEqualTo("Invalid Access Token <redacted>");
    assertThat(e.body()).doesNotContain(TOKEN);
    assertThat(e.details().toString()).doesNotContain(TOKEN);
    assertThat(e.headers().toString()).doesNotContain(TOKEN);
  }

  @ParameterizedTest
  @EnumSource(
      value = LogLevel.class,
      names = {"BASIC", "HEADERS", "BODY"})
  void logsNeverContainTheToken(LogLevel level) {
    mock.server().enqueue(Fixtures.json(200, "appointments/get-200.json"));
    mock.server().enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
    List<String> lines = new ArrayList<>();
    OneLinkClient client =
        mock.clientBuilder().logLevel(level).logger(lines::add).maxRetries(0).build();

    client.appointments().get(17, 4812);
    assertThatThrownBy(() -> client.appointments().get(17, 4812))
        .isInstanceOf(OneLinkException.class);

    assertThat(lines).isNotEmpty().noneMatch(line -> line.contains(TOKEN));
    if (level != LogLevel.BASIC) {
      assertThat(lines).contains("api_access_token: ██");
    }
  }

  /** A proxy or error page that echoes the request: the token in another header and the body. */
  private static MockResponse echoingTheToken() {
    String body =
        Fixtures.read("appointments/get-200.json")
            .replace(
                "\"client_comment\": \"Первичный приём\"", "\"client_comment\": \"" + TOKEN + "\"");
    assertThat(body).contains(TOKEN);
    return new MockResponse()
        .setResponseCode(200)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("X-Echo", "api_access_token=" + TOKEN)
        .setBody(body);
  }

  @ParameterizedTest
  @EnumSource(
      value = LogLevel.class,
      names = {"HEADERS", "BODY"})
  void aResponseEchoingTheTokenIsLoggedRedactedEverywhere(LogLevel level) {
    mock.server().enqueue(echoingTheToken());
    List<String> lines = new ArrayList<>();
    OneLinkClient client = mock.clientBuilder().logLevel(level).logger(lines::add).build();

    client.appointments().get(17, 4812);

    assertThat(lines).contains("X-Echo: api_access_token=<redacted>");
    if (level == LogLevel.BODY) {
      assertThat(lines).anyMatch(line -> line.contains("\"client_comment\": \"<redacted>\""));
    }
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void theDefaultLoggerIsRedactedToo() {
    mock.server().enqueue(echoingTheToken());
    java.util.logging.Logger okHttpLog = java.util.logging.Logger.getLogger("okhttp3.OkHttpClient");
    List<String> lines = new ArrayList<>();
    java.util.logging.Handler capture =
        new java.util.logging.Handler() {
          @Override
          public void publish(java.util.logging.LogRecord record) {
            lines.add(record.getMessage());
          }

          @Override
          public void flush() {}

          @Override
          public void close() {}
        };
    boolean parents = okHttpLog.getUseParentHandlers();
    okHttpLog.addHandler(capture);
    okHttpLog.setUseParentHandlers(false);
    try {
      mock.clientBuilder().logLevel(LogLevel.BODY).build().appointments().get(17, 4812);
    } finally {
      okHttpLog.removeHandler(capture);
      okHttpLog.setUseParentHandlers(parents);
    }

    assertThat(lines).contains("X-Echo: api_access_token=<redacted>");
    assertThat(lines).noneMatch(line -> line.contains(TOKEN));
  }

  @Test
  void responseHeadersGivenToTheCallerNeverCarryTheToken() {
    mock.server().enqueue(echoingTheToken());

    OneLinkResponse<Appointment> response =
        mock.client().appointments().getWithResponse(17, 4812, RequestOptions.none());

    assertThat(response.header("X-Echo")).isEqualTo("api_access_token=<redacted>");
    assertThat(response.headers().toString()).doesNotContain(TOKEN).contains("<redacted>");
    assertThat(response.toString()).doesNotContain(TOKEN);
  }

  @Test
  void plainHttpToAnotherHostIsRefusedBecauseTheTokenWouldTravelUnencrypted() {
    assertThatThrownBy(
            () ->
                OneLinkClient.builder()
                    .apiAccessToken(TOKEN)
                    .baseUrl("http://api.example.com/")
                    .build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageContaining("unencrypted")
        .hasMessageContaining("allowCleartextHttp(true)")
        .message()
        .doesNotContain(TOKEN);
  }

  @Test
  void plainHttpIsAcceptedForLoopbackHostsAndWhenTheCallerOptsIn() {
    for (String loopback :
        new String[] {"http://127.0.0.1:8080/", "http://localhost:8080/", "http://[::1]:8080/"}) {
      assertThat(OneLinkClient.builder().apiAccessToken(TOKEN).baseUrl(loopback).build().baseUrl())
          .isEqualTo(loopback);
    }
    assertThat(
            OneLinkClient.builder()
                .apiAccessToken(TOKEN)
                .baseUrl("http://proxy.internal:3128/")
                .allowCleartextHttp(true)
                .build()
                .baseUrl())
        .isEqualTo("http://proxy.internal:3128/");
    assertThat(
            OneLinkClient.builder()
                .apiAccessToken(TOKEN)
                .baseUrl("https://api.example.com/")
                .build())
        .isNotNull();
  }

  @ParameterizedTest
  @EnumSource(
      value = LogLevel.class,
      names = {"BASIC", "HEADERS"})
  void nonDebugLogLevelsCarryNoPersonalData(LogLevel level) {
    mock.server().enqueue(Fixtures.json(200, "appointments/get-200.json"));
    List<String> lines = new ArrayList<>();
    OneLinkClient client = mock.clientBuilder().logLevel(level).logger(lines::add).build();

    Appointment appointment = client.appointments().get(17, 4812);

    // Something is logged, or "no personal data" would hold for a logger that logs nothing.
    assertThat(lines)
        .contains(
            "--> GET http://127.0.0.1:"
                + mock.server().getPort()
                + "/api/v1/accounts/17/scheduling/appointments/4812 http/1.1");
    assertThat(lines).anyMatch(line -> line.startsWith("<-- 200 "));
    if (level == LogLevel.HEADERS) {
      assertThat(lines).contains("Content-Type: application/json; charset=utf-8");
    }
    assertThat(String.join("\n", lines))
        .doesNotContain(appointment.getClientName())
        .doesNotContain(appointment.getClientPhone())
        .doesNotContain(appointment.getClientIdentifier());
  }

  @Test
  void modelToStringRedactsPersonalData() {
    mock.server().enqueue(Fixtures.json(200, "appointments/get-200.json"));

    String text = mock.client().appointments().get(17, 4812).toString();

    assertThat(text)
        .contains("id=4812")
        .contains("clientName=<redacted>")
        .doesNotContain("Айгерим")
        .doesNotContain("+77011234567")
        .doesNotContain("940720300129");
  }

  private static String stackTraceOf(Throwable e) {
    StringWriter out = new StringWriter();
    e.printStackTrace(new PrintWriter(out));
    return out.toString() + e;
  }
}
