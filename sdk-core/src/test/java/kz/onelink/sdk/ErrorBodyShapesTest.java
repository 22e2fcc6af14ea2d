package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.UnauthorizedException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import okhttp3.mockwebserver.MockResponse;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Error bodies of every shape, including the ones the contract's fixtures do not have: the message,
 * code and details come out of each, and building the exception never fails, whatever the body.
 */
class ErrorBodyShapesTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private OneLinkServiceException errorFor(int status, String contentType, String body) {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(status)
                .setHeader("Content-Type", contentType)
                .setBody(body));
    return catchThrowableOfType(
        OneLinkServiceException.class,
        () -> mock.clientBuilder().maxRetries(0).build().appointments().get(17, 4812));
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{\"errors\":[\"You need to sign in.\"]}`                       | You need to sign in.",
        "`{\"errors\":[\"First.\",\"Second.\",\"Third.\"]}`              | First.; Second.; Third.",
        "`{\"errors\":\"Signature has expired\"}`                        | Signature has expired",
        "`{\"errors\":[]}`                                                | ``",
        "`{\"errors\":[\"Kept.\",null,7,{\"other\":1}]}`                 | Kept.; 7",
        "`{\"errors\":[{\"message\":\"From an object.\"},{\"detail\":\"A detail.\"}]}` | From an object.; A detail.",
        "`{\"errors\":{\"email\":[\"is invalid\",\"is taken\"],\"name\":\"can't be blank\"}}` | email is invalid; email is taken; name can't be blank",
        "`{\"errors\":{\"base\":[]}}`                                     | ``",
        "`{\"errors\":{\"name\":[\"is bad\"],\"base\":[]}}`              | name is bad",
        "`{\"errors\":[true,false,2.5]}`                                 | true; false; 2.5",
        "`{\"error\":\"The error wins\",\"errors\":[\"not this\"]}`       | The error wins",
        "`{\"error\":{\"nested\":true},\"errors\":[\"Then errors\"]}`      | Then errors",
        "`{\"message\":\"A gateway's message\"}`                          | A gateway's message",
        "`{\"error\":404}`                                                | 404",
        "`{}`                                                             | ``",
        "`\uFEFF{\"error\":\"After a byte order mark\"}`                  | After a byte order mark"
      })
  void theMessageOfEachShapeIsRead(String body, String message) {
    OneLinkServiceException e = errorFor(401, "application/json", body);

    assertThat(e).isExactlyInstanceOf(UnauthorizedException.class);
    assertThat(e.serverMessage()).isEqualTo(message);
    assertThat(e.body()).isEqualTo(body);
    if (!message.isEmpty()) {
      assertThat(e.getMessage()).startsWith("HTTP 401 Unauthorized: " + message + "; request: ");
    } else {
      assertThat(e.getMessage()).startsWith("HTTP 401 Unauthorized; request: ");
    }
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"`\"a string\"`", "`[\"a\",\"list\"]`", "`42`", "`null`", "`true`"})
  void detailsThatAreNotAnObjectAreLeftInTheBodyAndTheRestIsRead(String details) {
    String body =
        "{\"error\":\"Invalid\",\"code\":\"VALIDATION_ERROR\",\"details\":" + details + "}";

    OneLinkServiceException e = errorFor(422, "application/json", body);

    assertThat(e).isExactlyInstanceOf(UnprocessableEntityException.class);
    assertThat(e.details()).isEmpty();
    assertThat(e.errorCode()).isEqualTo("VALIDATION_ERROR");
    assertThat(e.serverMessage()).isEqualTo("Invalid");
    assertThat(e.body()).isEqualTo(body);
  }

  @Test
  void detailsKeepNumbersNullsAndNestingAsSent() {
    OneLinkServiceException e =
        errorFor(
            422,
            "application/json",
            "{\"error\":\"x\",\"code\":\"VALIDATION_ERROR\",\"details\":{\"max\":1.5,\"count\":3,"
                + "\"big\":12345678901234,\"gone\":null,\"list\":[1,null,\"a\"],"
                + "\"nested\":{\"ok\":true}}}");

    Map<String, Object> nested = Collections.singletonMap("ok", true);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("max", 1.5);
    expected.put("count", 3L);
    expected.put("big", 12345678901234L);
    expected.put("gone", null);
    expected.put("list", Arrays.asList(1L, null, "a"));
    expected.put("nested", nested);
    assertThat(e.details()).containsExactlyEntriesOf(expected);
  }

  @Test
  void aNumberBeyondADoubleInDetailsDoesNotBreakTheError() {
    OneLinkServiceException e =
        errorFor(
            409,
            "application/json",
            "{\"error\":\"Slot is already booked\",\"code\":\"SLOT_CONFLICT\","
                + "\"details\":{\"huge\":1e400,\"tiny\":-1e400}}");

    assertThat(e).isExactlyInstanceOf(ConflictException.class);
    assertThat(e.errorCode()).isEqualTo("SLOT_CONFLICT");
    assertThat(e.details())
        .containsEntry("huge", Double.POSITIVE_INFINITY)
        .containsEntry("tiny", Double.NEGATIVE_INFINITY);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {
        "`{\"error\":\"cut`",
        "`{\"error\":\"x\",\"code\":`",
        "`[1,2`",
        "`{{{{`",
        "`{\"error\":\"x\"}{\"second\":1}`",
        "`<html>`"
      })
  void aBrokenJsonErrorBodyIsKeptAsTextAndNeverFails(String body) {
    OneLinkServiceException e = errorFor(404, "application/json", body);

    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e.body()).isEqualTo(body);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      value = {"`{\"error\":\"cut`", "`{\"error\":\"x\",\"code\":`", "`{{{{`", "`[1,2`"})
  void aBrokenJsonErrorBodyBecomesTheMessageAsText(String body) {
    assertThat(errorFor(404, "application/json", body).serverMessage()).isEqualTo(body);
  }

  @Test
  void aLongTextMessageIsCutAtTwoHundredCharacters() {
    String exactly = new String(new char[200]).replace('\0', 'x');

    assertThat(errorFor(404, "text/plain", exactly).serverMessage()).isEqualTo(exactly);
    assertThat(errorFor(404, "text/plain", exactly + "y").serverMessage()).isEqualTo(exactly + "…");
  }

  @Test
  void aHeaderSentTwiceKeepsBothValues() {
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(404)
                .addHeader("Warning", "199 first")
                .addHeader("warning", "199 second"));

    OneLinkServiceException e =
        catchThrowableOfType(
            OneLinkServiceException.class,
            () -> mock.clientBuilder().maxRetries(0).build().appointments().get(17, 4812));

    assertThat(e.headers().get("warning")).containsExactly("199 first", "199 second");
  }

  @Test
  void aDeeplyNestedErrorBodyDoesNotOverflowTheStack() {
    StringBuilder body = new StringBuilder("{\"error\":\"deep\",\"details\":{\"a\":");
    for (int i = 0; i < 5000; i++) {
      body.append('[');
    }

    OneLinkServiceException e = errorFor(404, "application/json", body.toString());

    assertThat(e).isExactlyInstanceOf(NotFoundException.class);
    assertThat(e.details()).isEmpty();
  }

  @Test
  void anErrorBodyInTheCharsetItDeclaresIsRead() {
    Charset cp1251 = Charset.forName("windows-1251");
    mock.server()
        .enqueue(
            new MockResponse()
                .setResponseCode(422)
                .setHeader("Content-Type", "application/json; charset=windows-1251")
                .setBody(new Buffer().writeString("{\"error\":\"Неверный ИИН\"}", cp1251)));

    UnprocessableEntityException e =
        catchThrowableOfType(
            UnprocessableEntityException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e.serverMessage()).isEqualTo("Неверный ИИН");
  }

  @Test
  void aPlainTextErrorBodyBecomesTheMessageButHtmlDoesNot() {
    assertThat(errorFor(404, "text/plain; charset=utf-8", "  Not here\n").serverMessage())
        .isEqualTo("Not here");
    assertThat(errorFor(404, "text/HTML", "<h1>Not Found</h1>").serverMessage()).isEmpty();
    assertThat(errorFor(404, "application/xml", "<error/>").serverMessage()).isEqualTo("<error/>");
  }

  @Test
  void anErrorBodyCutByTheNetworkIsAnIoFailureRetriedWhereSafe() throws Exception {
    byte[] body =
        ("{\"error\":\"Resource could not be found\"}" + new String(new char[4096]))
            .getBytes(java.nio.charset.StandardCharsets.UTF_8);
    try (CuttingServer server = new CuttingServer()) {
      OneLinkClient client =
          OneLinkClient.builder()
              .apiAccessToken(MockServerExtension.TOKEN)
              .baseUrl(server.url())
              .retryBackoff(java.time.Duration.ZERO, java.time.Duration.ZERO)
              .maxRetries(1)
              .build();
      // A body ended by the connection's end cannot show a cut: a length, chunks or gzip can.
      for (CuttingServer.Framing framing :
          new CuttingServer.Framing[] {
            CuttingServer.Framing.CONTENT_LENGTH,
            CuttingServer.Framing.CHUNKED,
            CuttingServer.Framing.GZIP
          }) {
        server.enqueue(cut404(body, framing));
        server.enqueue(CuttingServer.Response.whole(404, "application/json", body, framing));

        NotFoundException e =
            catchThrowableOfType(
                NotFoundException.class, () -> client.appointments().get(17, 4812));

        assertThat(e.serverMessage()).as("%s", framing).isEqualTo("Resource could not be found");
      }
      server.enqueue(cut404(body, CuttingServer.Framing.CONTENT_LENGTH));
      assertThatIoFailure(
          () ->
              client.appointments().get(17, 4812, RequestOptions.builder().maxRetries(0).build()));
    }
  }

  /** A 404 cut inside its JSON: were it not an I/O failure, the message would be cut too. */
  private static CuttingServer.Response cut404(byte[] body, CuttingServer.Framing framing) {
    return CuttingServer.Response.cutAfter(
        404, "application/json", body, framing, 20, CuttingServer.Cut.CLOSE);
  }

  private static void assertThatIoFailure(
      org.assertj.core.api.ThrowableAssert.ThrowingCallable call) {
    assertThat(catchThrowableOfType(kz.onelink.sdk.errors.OneLinkIoException.class, call))
        .hasMessageStartingWith(
            "Network failure on GET /api/v1/accounts/17/scheduling/appointments/4812");
  }
}
