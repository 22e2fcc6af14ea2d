package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.OffsetDateTime;
import java.util.List;
import kz.onelink.sdk.errors.OneLinkDecodingException;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentStatus;
import kz.onelink.sdk.model.AppointmentType;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How bodies from newer, older or broken servers decode: a correct value or a clear error. */
class ResponseDecodingTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @Test
  void aNewerServerWithExtraKeysAndNoFinanceBlockDecodes() {
    mock.server().enqueue(Fixtures.json(200, "appointments/later-server-200.json"));

    Appointment appointment = mock.client().appointments().get(17, 4812);

    assertThat(appointment.getId()).isEqualTo(4812L);
    assertThat(appointment.getPaymentStatus()).isNull();
    assertThat(appointment.getPayments()).isNull();
    assertThat(appointment.getExpense()).isNull();
    assertThat(appointment.getPrepaidAmount()).isNull();
  }

  @Test
  void unknownEnumValuesAreKeptAsSent() {
    mock.server().enqueue(Fixtures.json(200, "appointments/later-server-200.json"));

    Appointment appointment = mock.client().appointments().get(17, 4812);

    assertThat(appointment.getStatus().isKnown()).isFalse();
    assertThat(appointment.getStatus().value()).isEqualTo(AppointmentStatus.Value._UNKNOWN);
    assertThat(appointment.getStatus().asString()).isEqualTo("rescheduled");
    assertThat(appointment.getStatus()).isEqualTo(AppointmentStatus.of("rescheduled"));
    assertThat(appointment.getAppointmentType().asString()).isEqualTo("telemedicine");
    assertThat(AppointmentType.of("primary")).isSameAs(AppointmentType.PRIMARY);
  }

  @Test
  void oneUnknownEnumValueDoesNotLoseTheRestOfAList() {
    String list =
        Fixtures.read("appointments/list-200.json").replaceFirst("\"confirmed\"", "\"waitlisted\"");
    mock.server().enqueue(new MockResponse().setBody(list));

    List<Appointment> appointments = mock.client().appointments().list(17);

    assertThat(appointments).hasSize(2);
    assertThat(appointments.get(0).getStatus().asString()).isEqualTo("waitlisted");
    assertThat(appointments.get(1).getStatus()).isEqualTo(AppointmentStatus.COMPLETED);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "2026-03-09T05:00:00Z          | 2026-03-09T05:00:00Z",
        "2026-03-09T10:00:00+05:00     | 2026-03-09T10:00:00+05:00",
        "2026-03-09T05:00:00.123456Z   | 2026-03-09T05:00:00.123456Z",
        "2026-03-09T05:00:00           | 2026-03-09T05:00:00Z",
        "2026-03-09 05:00:00 UTC       | 2026-03-09T05:00:00Z",
        "2026-03-09 10:00:00 +0500     | 2026-03-09T10:00:00+05:00",
        "2026-03-09t05:00:00z          | 2026-03-09T05:00:00Z"
      })
  void everyDateTimeFormTheServerWritesIsRead(String sent, String expected) {
    mock.server().enqueue(new MockResponse().setBody(withField("starts_at", "\"" + sent + "\"")));

    Appointment appointment = mock.client().appointments().get(17, 4812);

    assertThat(appointment.getStartsAt()).isEqualTo(OffsetDateTime.parse(expected));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "starts_at        | \"yesterday\"    | Expected an ISO-8601 date-time but was \"yesterday\" at $.payload.starts_at",
        "starts_at        | \"2026-02-29T05:00:00Z\" | Expected an ISO-8601 date-time but was \"2026-02-29T05:00:00Z\" at $.payload.starts_at",
        "ends_at          | \"2026-03-09T24:00:00Z\" | Expected an ISO-8601 date-time but was \"2026-03-09T24:00:00Z\" at $.payload.ends_at",
        "ends_at          | \"2026-03-09T05:00:60Z\" | Expected an ISO-8601 date-time but was \"2026-03-09T05:00:60Z\" at $.payload.ends_at",
        "created_at       | \"2026-13-09T05:00:00Z\" | Expected an ISO-8601 date-time but was \"2026-13-09T05:00:00Z\" at $.payload.payments[0].created_at",
        "updated_at       | \"2026-03-09 05:00:60 UTC\" | Expected an ISO-8601 date-time but was \"2026-03-09 05:00:60 UTC\" at $.payload.payments[0].updated_at",
        "starts_at        | \"2026-03-09T23:59:60+05:00\" | Expected an ISO-8601 date-time but was \"2026-03-09T23:59:60+05:00\" at $.payload.starts_at",
        "client_birth_date| \"1994-13-01\"   | Expected an ISO-8601 date (yyyy-MM-dd) but was \"1994-13-01\" at $.payload.client_birth_date",
        "client_birth_date| \"1994-02-30\"   | Expected an ISO-8601 date (yyyy-MM-dd) but was \"1994-02-30\" at $.payload.client_birth_date",
        "starts_at        | 1741496400       | Expected an ISO-8601 date-time (a JSON string) but was NUMBER at $.payload.starts_at",
        "client_birth_date| \"20/07/1994\"   | Expected an ISO-8601 date (yyyy-MM-dd) but was \"20/07/1994\" at $.payload.client_birth_date",
        "id               | \"abc\"          | $.payload.id",
        "id               | {}               | $.payload.id",
        "duration_min     | 30.5             | $.payload.duration_min",
        "status           | 5                | Expected AppointmentStatus (a JSON string) but was NUMBER at $.payload.status",
        "payments         | {}               | $.payload.payments",
        "payments         | [null]           | Appointment.payments[0] is null",
        "custom_attributes| \"x\"            | Expected a JSON object but was STRING at $.payload.custom_attributes",
        "id               | null             | Appointment.id is required but was missing or null in the object at $.payload",
        "starts_at        | null             | Appointment.starts_at is required"
      })
  void aWrongTypeOrAMissingRequiredValueIsADecodingError(
      String field, String json, String expected) {
    mock.server().enqueue(new MockResponse().setBody(withField(field, json)));

    OneLinkDecodingException e =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e.getMessage())
        .startsWith("Unreadable response to GET /api/v1/accounts/17/scheduling/appointments/4812: ")
        .contains(expected);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "application/json | ''                           | the body is empty",
        "text/html        | '<html>oops</html>'          | (Content-Type: text/html)",
        "application/json | '{\"payload\": {\"id\": 1'  | $.payload",
        "application/json | '{\"payload\": null}'        | AppointmentResponse.payload is required",
        "application/json | 'null'                       | the body is JSON null",
        "application/json | '[]'                         | Expected AppointmentResponse (a JSON object) but was BEGIN_ARRAY"
      })
  void aBrokenBodyIsADecodingError(String contentType, String body, String expected) {
    mock.server().enqueue(new MockResponse().setHeader("Content-Type", contentType).setBody(body));

    OneLinkDecodingException e =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e.getMessage()).contains(expected);
  }

  @Test
  void dataAfterTheJsonValueIsADecodingError() {
    mock.server()
        .enqueue(
            new MockResponse()
                .setBody(Fixtures.read("appointments/get-200.json") + "{\"payload\": 1}"));

    OneLinkDecodingException e =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e.getMessage()).contains("unexpected data after the JSON value");
  }

  @Test
  void aByteOrderMarkBeforeTheJsonIsSkipped() {
    mock.server()
        .enqueue(new MockResponse().setBody("\ufeff" + Fixtures.read("appointments/get-200.json")));

    assertThat(mock.client().appointments().get(17, 4812).getClientName())
        .isEqualTo("Айгерим Сеитова");
  }

  @Test
  void aDecodingErrorNamesThePathOnce() {
    mock.server().enqueue(new MockResponse().setBody(withField("id", "\"abc\"")));
    mock.server().enqueue(new MockResponse().setBody(withField("status", "5")));

    OneLinkDecodingException gsonsOwn =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));
    OneLinkDecodingException ours =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));

    // Gson's number adapter drops the path, so the converter adds it; ours already has it.
    assertThat(gsonsOwn.getMessage()).endsWith(" at $.payload.id").containsOnlyOnce("$.payload");
    assertThat(ours.getMessage())
        .endsWith("but was NUMBER at $.payload.status")
        .containsOnlyOnce("$.payload");
  }

  /**
   * A body without a length ends where the connection does, so JSON that stops there is a cut (an
   * I/O failure, {@code NetworkCutTest}); JSON broken well before the end is the server's, and a
   * decoding error, however the body is framed.
   */
  @Test
  void jsonBrokenBeforeTheEndOfABodyWithoutALengthIsADecodingError() {
    StringBuilder padding = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      padding.append("\"key").append(i).append("\": ").append(i).append(", ");
    }
    String broken = "{\"payload\": {\"id\": 4812,, " + padding + "\"end\": 1}}";
    mock.server().enqueue(new MockResponse().setChunkedBody(broken, 4096));

    OneLinkDecodingException e =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e).isNotNull();
    assertThat(e.getMessage()).contains("$.payload");
    assertThat(mock.server().getRequestCount()).isEqualTo(1); // not retried as a cut would be
  }

  /** A body the decoder gave up on is closed: no connection stays held by an abandoned read. */
  @Test
  void aDecodingErrorReleasesTheConnection() {
    StringBuilder rest = new StringBuilder();
    for (int i = 0; i < 20_000; i++) {
      rest.append("\"key").append(i).append("\": ").append(i).append(", ");
    }
    okhttp3.ConnectionPool pool = new okhttp3.ConnectionPool();
    OneLinkClient client =
        mock.clientBuilder()
            .okHttpClient(new okhttp3.OkHttpClient.Builder().connectionPool(pool).build())
            .maxRetries(0)
            .build();
    mock.server().enqueue(new MockResponse().setBody("{\"payload\": [" + rest + "]}"));

    OneLinkDecodingException e =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> client.appointments().get(17, 4812));

    assertThat(e).isNotNull();
    assertThat(pool.connectionCount() - pool.idleConnectionCount()).isZero();
  }

  @Test
  void aMissingEnvelopeIsADecodingErrorNotAnEmptyObject() {
    mock.server().enqueue(new MockResponse().setBody("{\"id\": 4812}"));

    OneLinkDecodingException e =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e.getMessage()).contains("AppointmentResponse.payload is required");
  }

  /** The get-200 fixture with one field of the payload replaced by raw JSON. */
  static String withField(String field, String rawJson) {
    return withField(Fixtures.read("appointments/get-200.json"), field, rawJson);
  }

  /** {@code json} with the first {@code field} replaced by raw JSON. */
  static String withField(String json, String field, String rawJson) {
    java.util.regex.Matcher matcher =
        java.util.regex.Pattern.compile(
                "(\\n\\s*\"" + field + "\": )(\\[[^\\]]*\\]|\\{[^}]*\\}|\"[^\"]*\"|[^,\\n]+)")
            .matcher(json);
    if (!matcher.find()) {
      throw new IllegalArgumentException("field not in fixture: " + field);
    }
    return json.substring(0, matcher.start(2)) + rawJson + json.substring(matcher.end(2));
  }
}
