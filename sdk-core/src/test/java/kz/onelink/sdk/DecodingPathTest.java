package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.Random;
import kz.onelink.sdk.errors.OneLinkDecodingException;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A body the SDK cannot read names the exact element that failed, in lists and nested objects. */
class DecodingPathTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private final long seed = Long.getLong("decoding.seed", System.nanoTime());
  private final Random random = new Random(seed);

  @Test
  void aListItemMissingARequiredKeyIsNamedByItsIndex() {
    JsonObject item = payloadOf("appointments/get-200.json");
    for (int trial = 0; trial < 25; trial++) {
      int size = 1 + random.nextInt(6);
      int broken = random.nextInt(size);
      JsonArray payload = new JsonArray();
      for (int i = 0; i < size; i++) {
        JsonObject copy = item.deepCopy();
        if (i == broken) {
          copy.remove("starts_at");
        }
        payload.add(copy);
      }

      OneLinkDecodingException e = listWith(payload);

      assertThat(e.getMessage())
          .as("seed %d, %d items, item %d broken", seed, size, broken)
          .contains("Appointment.starts_at is required")
          .endsWith("in the object at $.payload[" + broken + "]");
    }
  }

  @Test
  void aNestedObjectMissingARequiredKeyIsNamedByItsFullPath() {
    JsonObject paid = payloadOf("appointments/paid-200.json");
    int payments = paid.getAsJsonArray("payments").size();
    assertThat(payments).as("the paid fixture has payments").isPositive();
    for (int trial = 0; trial < 25; trial++) {
      int size = 1 + random.nextInt(4);
      int broken = random.nextInt(size);
      int payment = random.nextInt(payments);
      JsonArray payload = new JsonArray();
      for (int i = 0; i < size; i++) {
        JsonObject copy = paid.deepCopy();
        if (i == broken) {
          copy.getAsJsonArray("payments").get(payment).getAsJsonObject().remove("amount");
        }
        payload.add(copy);
      }

      OneLinkDecodingException e = listWith(payload);

      assertThat(e.getMessage())
          .as("seed %d", seed)
          .contains("Payment.amount is required")
          .endsWith("in the object at $.payload[" + broken + "].payments[" + payment + "]");
    }
  }

  @Test
  void aMissingKeyOfTheSingleObjectIsNamedByItsProperty() {
    JsonObject payload = payloadOf("appointments/get-200.json");
    payload.remove("status");
    JsonObject body = new JsonObject();
    body.add("payload", payload);
    mock.server().enqueue(json(body.toString()));

    OneLinkDecodingException e =
        catchThrowableOfType(
            OneLinkDecodingException.class, () -> mock.client().appointments().get(17, 4812));

    assertThat(e.getMessage())
        .endsWith(
            "Appointment.status is required but was missing or null in the object at $.payload");
  }

  private OneLinkDecodingException listWith(JsonArray payload) {
    JsonObject body = new JsonObject();
    body.add("payload", payload);
    JsonObject meta = new JsonObject();
    meta.addProperty("count", payload.size());
    body.add("meta", meta);
    mock.server().enqueue(json(body.toString()));
    return catchThrowableOfType(
        OneLinkDecodingException.class, () -> mock.client().appointments().list(17));
  }

  private static JsonObject payloadOf(String fixture) {
    return JsonParser.parseString(Fixtures.read(fixture))
        .getAsJsonObject()
        .getAsJsonObject("payload");
  }

  private static MockResponse json(String body) {
    return new MockResponse()
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(body);
  }
}
