package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.HashMap;
import java.util.Map;
import okhttp3.Request;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The SDK, not OkHttp, refuses a token that cannot be an HTTP header value, from the builder and
 * from the environment: OkHttp's own check would put the value, the token, into its message.
 */
class TokenCharactersTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @Test
  void exactlyVisibleAsciiAndTheSpaceAreAcceptedInsideAToken() {
    int[] beyondLatin = {0x100, 0x2028, 0x0416, 0xfeff, 0xfffd, 0xd83d};
    for (int c = 0; c < 0x100 + beyondLatin.length; c++) {
      char character = (char) (c < 0x100 ? c : beyondLatin[c - 0x100]);
      String token = "tok" + character + "en_Secret42";
      Throwable refused = catchThrowable(() -> OneLinkClient.builder().apiAccessToken(token));

      if (character >= 0x20 && character <= 0x7e) {
        assertThat(refused).as("U+%04X", (int) character).isNull();
        // Whatever the SDK lets through, OkHttp must accept as a header value.
        new Request.Builder().url("https://one-link.kz/").header("api_access_token", token);
      } else {
        assertThat(refused)
            .as("U+%04X", (int) character)
            .isExactlyInstanceOf(IllegalArgumentException.class)
            .hasMessage(
                "apiAccessToken has a character that is not allowed in an HTTP header, at index 3");
        assertThat(refused.getMessage()).doesNotContain("Secret42");
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u007f", "\u00e9", "\u0416", "\r\n", "\u0000", "\ud83d\ude00"})
  void aDelOrNonAsciiCharacterNamesItsIndexNotTheToken(String character) {
    String token = MockServerExtension.TOKEN + character + "tail";

    assertThatThrownBy(() -> OneLinkClient.builder().apiAccessToken(token))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessageEndingWith("at index " + MockServerExtension.TOKEN.length())
        .message()
        .doesNotContain(MockServerExtension.TOKEN);
  }

  @Test
  void theTokenOnlyLosesItsSurroundingWhitespaceAndIsSentAsGiven() throws Exception {
    String token = "a b~!#$%&'()*+,-./:;<=>?@[\\]^_`{|}";
    mock.server().enqueue(Fixtures.json(200, "appointments/get-200.json"));

    mock.clientBuilder().apiAccessToken("\t " + token + " \n").build().appointments().get(17, 1);

    assertThat(mock.server().takeRequest().getHeader("api_access_token")).isEqualTo(token);
  }

  @Test
  void fromEnvReadsTheTokenAndTheBaseUrlTrimmed() throws Exception {
    mock.server().enqueue(Fixtures.json(200, "appointments/get-200.json"));
    Map<String, String> env = new HashMap<>();
    env.put(OneLinkClient.TOKEN_ENV, "  " + MockServerExtension.TOKEN + "\n");
    env.put(OneLinkClient.BASE_URL_ENV, " " + mock.server().url("/api-root").toString() + " ");

    OneLinkClient client = OneLinkClient.builder().fromEnv(env::get).build();
    client.appointments().get(17, 1);

    assertThat(client.baseUrl()).isEqualTo(mock.server().url("/api-root/").toString());
    assertThat(mock.server().takeRequest().getHeader("api_access_token"))
        .isEqualTo(MockServerExtension.TOKEN);
  }

  @Test
  void fromEnvKeepsTheDefaultBaseUrlWhenItsVariableIsBlank() {
    Map<String, String> env = new HashMap<>();
    env.put(OneLinkClient.TOKEN_ENV, MockServerExtension.TOKEN);
    env.put(OneLinkClient.BASE_URL_ENV, "   ");

    assertThat(OneLinkClient.builder().fromEnv(env::get).build().baseUrl())
        .isEqualTo(OneLinkClient.DEFAULT_BASE_URL);
    env.remove(OneLinkClient.BASE_URL_ENV);
    assertThat(OneLinkClient.builder().fromEnv(env::get).build().baseUrl())
        .isEqualTo(OneLinkClient.DEFAULT_BASE_URL);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\n"})
  void fromEnvWithoutATokenSaysWhichVariableIsMissing(String value) {
    Map<String, String> env = new HashMap<>();
    env.put(OneLinkClient.TOKEN_ENV, value);

    assertThatThrownBy(() -> OneLinkClient.builder().fromEnv(env::get))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("The environment variable ONELINK_API_TOKEN is not set");
    assertThatThrownBy(() -> OneLinkClient.builder().fromEnv(name -> null))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage("The environment variable ONELINK_API_TOKEN is not set");
  }

  @Test
  void fromEnvRefusesABadCharacterAtTheStartOfTheTrimmedToken() {
    Map<String, String> env = new HashMap<>();
    env.put(OneLinkClient.TOKEN_ENV, " \u007f" + MockServerExtension.TOKEN);

    assertThatThrownBy(() -> OneLinkClient.builder().fromEnv(env::get))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageEndingWith("at index 0 of its trimmed value");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\u007f", "\u00e9", "\r\n", "\u200b"})
  void fromEnvRefusesATokenThatCannotBeAHeaderWithoutQuotingIt(String character) {
    Map<String, String> env = new HashMap<>();
    env.put(OneLinkClient.TOKEN_ENV, " " + MockServerExtension.TOKEN + character + "tail");

    assertThatThrownBy(() -> OneLinkClient.builder().fromEnv(env::get))
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessage(
            "The environment variable ONELINK_API_TOKEN has a character that is not allowed in an"
                + " HTTP header, at index "
                + MockServerExtension.TOKEN.length()
                + " of its trimmed value")
        .message()
        .doesNotContain(MockServerExtension.TOKEN);
  }

  @Test
  void theRealEnvironmentIsRead() {
    String token = System.getenv(OneLinkClient.TOKEN_ENV);
    if (token == null || token.trim().isEmpty()) {
      assertThatThrownBy(OneLinkClient::fromEnv)
          .isExactlyInstanceOf(IllegalStateException.class)
          .hasMessage("The environment variable ONELINK_API_TOKEN is not set");
    } else {
      assertThat(OneLinkClient.fromEnv().toString()).doesNotContain(token.trim());
    }
  }
}
