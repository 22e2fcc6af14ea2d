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

  @ParameterizedTest
  @EnumSource(
      value = LogLevel.class,
      names = {"BASIC", "HEADERS"})
  void nonDebugLogLevelsCarryNoPersonalData(LogLevel level) {
    mock.server().enqueue(Fixtures.json(200, "appointments/get-200.json"));
    List<String> lines = new ArrayList<>();
    OneLinkClient client = mock.clientBuilder().logLevel(level).logger(lines::add).build();

    Appointment appointment = client.appointments().get(17, 4812);

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
