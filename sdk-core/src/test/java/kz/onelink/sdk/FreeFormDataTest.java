package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentUpdateRequest;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Free-form data ({@code custom_attributes}) is kept exactly: a {@code null} is a value there (it
 * clears an attribute), so it is neither dropped when read nor when sent, at any depth; numbers
 * keep their kind.
 */
class FreeFormDataTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @Test
  void nullsNumbersAndNestingInsideCustomAttributesAreReadAsSent() {
    String attributes =
        "{\"cleared\": null, \"list\": [1, null, 2.5, \"x\", true], \"nested\": {\"deep\": null},"
            + " \"big\": 9007199254740993, \"empty\": {}}";
    mock.server()
        .enqueue(
            new MockResponse()
                .setBody(ResponseDecodingTest.withField("custom_attributes", attributes)));

    Appointment appointment = mock.client().appointments().get(17, 4812);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("cleared", null);
    expected.put("list", Arrays.asList(1L, null, 2.5, "x", true));
    expected.put("nested", Collections.singletonMap("deep", null));
    expected.put("big", 9007199254740993L);
    expected.put("empty", Collections.emptyMap());
    assertThat(appointment.getCustomAttributes()).containsExactlyEntriesOf(expected);
    JsonObject written = OneLinkJson.gson().toJsonTree(appointment).getAsJsonObject();
    assertThat(written.get("custom_attributes")).isEqualTo(JsonParser.parseString(attributes));
  }

  /**
   * An app that reads a model from a {@code JsonElement} (Gson's tree reader, which truncates 2.5
   * to 2 when asked for a long) gets the same numbers as the SDK reading the response.
   */
  @Test
  void numbersReadFromAJsonTreeKeepTheirKind() {
    JsonObject payload =
        JsonParser.parseString(Fixtures.read("appointments/get-200.json"))
            .getAsJsonObject()
            .getAsJsonObject("payload");
    payload.add(
        "custom_attributes",
        JsonParser.parseString(
            "{\"fraction\": 2.5, \"negative\": -0.25, \"exponent\": 1e3, \"long\": 7,"
                + " \"beyond\": 100000000000000000000, \"list\": [0.5]}"));

    Appointment fromTree = OneLinkJson.gson().fromJson(payload, Appointment.class);

    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("fraction", 2.5);
    expected.put("negative", -0.25);
    expected.put("exponent", 1000.0);
    expected.put("long", 7L);
    expected.put("beyond", 1e20);
    expected.put("list", Collections.singletonList(0.5));
    assertThat(fromTree.getCustomAttributes()).containsExactlyEntriesOf(expected);
    assertThat(fromTree)
        .isEqualTo(OneLinkJson.gson().fromJson(payload.toString(), Appointment.class));
  }

  @Test
  void nullsInsideCustomAttributesAreSent() throws Exception {
    mock.server().enqueue(Fixtures.json(200, "appointments/update-200.json"));
    Map<String, Object> attributes = new LinkedHashMap<>();
    attributes.put("cleared", null);
    attributes.put("kept", "value");
    attributes.put("nested", Collections.singletonMap("deep", null));
    attributes.put("list", Arrays.asList(null, 1));

    mock.client()
        .appointments()
        .update(17, 4812, new AppointmentUpdateRequest().customAttributes(attributes));

    JsonObject sent =
        JsonParser.parseString(mock.server().takeRequest().getBody().readUtf8()).getAsJsonObject();
    assertThat(sent.get("custom_attributes"))
        .isEqualTo(
            JsonParser.parseString(
                "{\"cleared\":null,\"kept\":\"value\",\"nested\":{\"deep\":null},"
                    + "\"list\":[null,1]}"));
    assertThat(sent.keySet()).as("only what was set is sent").containsExactly("custom_attributes");
  }

  @Test
  void aMapNeverSetOrSetToNullIsLeftOut() throws Exception {
    mock.server().enqueue(Fixtures.json(200, "appointments/update-200.json"));
    mock.server().enqueue(Fixtures.json(200, "appointments/update-200.json"));

    mock.client()
        .appointments()
        .update(17, 4812, new AppointmentUpdateRequest().clientComment("x"));
    mock.client()
        .appointments()
        .update(17, 4812, new AppointmentUpdateRequest().customAttributes(null));

    assertThat(mock.server().takeRequest().getBody().readUtf8())
        .isEqualTo("{\"client_comment\":\"x\"}");
    assertThat(mock.server().takeRequest().getBody().readUtf8())
        .as("custom_attributes is not nullable in the spec: null leaves it out")
        .isEqualTo("{}");
  }
}
