package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.onelink.sdk.errors.OneLinkDecodingException;
import kz.onelink.sdk.internal.json.GsonProvider;
import kz.onelink.sdk.model.Appointment;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Property-based test of response decoding: thousands of randomly mutated appointment payloads,
 * each decoded through the real HTTP path. Properties: the outcome is an {@link Appointment} or a
 * {@link OneLinkDecodingException}, nothing else; a decoded appointment has every required field;
 * and decoding is stable (decode → encode → decode gives the same value).
 *
 * <p>Plain seeded randomness rather than jqwik: jqwik's authors ask AI agents not to use it, and
 * this project is built by one. Each case's seed is printed on failure; rerun one with {@code
 * -Ddecoding.seed=<seed> -Ddecoding.cases=1}.
 */
class DecodingPropertyTest {
  private static final long BASE_SEED = Long.getLong("decoding.seed", 20261125L);
  private static final int CASES = Integer.getInteger("decoding.cases", 3000);
  private static final String[] FIXTURES = {
    "appointments/get-200.json", "appointments/paid-200.json", "appointments/later-server-200.json"
  };

  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private volatile String body = "";
  private final Gson gson = GsonProvider.gson();

  @Test
  void mutatedPayloadsDecodeToAValueOrADecodingErrorOnly() {
    mock.server()
        .setDispatcher(
            new Dispatcher() {
              @Override
              public MockResponse dispatch(RecordedRequest request) {
                return new MockResponse()
                    .setHeader("Content-Type", "application/json")
                    .setBody(body);
              }
            });
    OneLinkClient client = mock.clientBuilder().maxRetries(0).build();
    List<String> violations = new ArrayList<>();
    int values = 0;
    int errors = 0;

    for (int i = 0; i < CASES && violations.size() < 5; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      body = mutate(Fixtures.read(FIXTURES[random.nextInt(FIXTURES.length)]), random);
      try {
        Appointment appointment = client.appointments().get(17, 4812);
        values++;
        appointment.validate(); // every required field is there
        String reencoded = gson.toJson(appointment);
        assertThat(gson.fromJson(reencoded, Appointment.class)).isEqualTo(appointment);
      } catch (OneLinkDecodingException expected) {
        errors++;
        assertThat(expected.getMessage()).startsWith("Unreadable response to GET");
      } catch (AssertionError | RuntimeException e) {
        violations.add("seed " + seed + ": " + e + "\n  body: " + abbreviate(body));
      }
    }

    assertThat(violations).as("violations").isEmpty();
    // Both outcomes must actually occur, or the mutations are too weak or too strong.
    assertThat(values).as("decoded values").isGreaterThan(CASES / 10);
    assertThat(errors).as("decoding errors").isGreaterThan(CASES / 10);
  }

  /** Applies one to three random mutations, on the JSON tree or on the raw text. */
  static String mutate(String json, Random random) {
    JsonObject root = JsonParser.parseString(json).getAsJsonObject();
    int mutations = 1 + random.nextInt(3);
    for (int i = 0; i < mutations; i++) {
      mutateTree(root.get("payload"), random);
    }
    String text = root.toString();
    switch (random.nextInt(10)) {
      case 0:
        return text.substring(0, random.nextInt(text.length()));
      case 1:
        String noise = "{}[]\",:x0-";
        int at = random.nextInt(text.length());
        return text.substring(0, at)
            + noise.charAt(random.nextInt(noise.length()))
            + text.substring(at + 1);
      default:
        return text;
    }
  }

  private static void mutateTree(JsonElement node, Random random) {
    JsonElement current = node;
    // Walk down a random path, then change what is there.
    while (true) {
      if (current.isJsonObject() && current.getAsJsonObject().size() > 0 && random.nextInt(3) > 0) {
        JsonObject object = current.getAsJsonObject();
        List<String> keys = new ArrayList<>(object.keySet());
        String key = keys.get(random.nextInt(keys.size()));
        JsonElement child = object.get(key);
        if ((child.isJsonObject() || child.isJsonArray()) && random.nextBoolean()) {
          current = child;
          continue;
        }
        switch (random.nextInt(4)) {
          case 0:
            object.remove(key);
            break;
          case 1:
            object.add("x_" + random.nextInt(1000), randomValue(random, 2));
            break;
          default:
            object.add(key, randomValue(random, 2));
        }
        return;
      }
      if (current.isJsonArray() && current.getAsJsonArray().size() > 0) {
        JsonArray array = current.getAsJsonArray();
        int index = random.nextInt(array.size());
        if (array.get(index).isJsonObject() && random.nextBoolean()) {
          current = array.get(index);
          continue;
        }
        array.set(index, randomValue(random, 2));
        return;
      }
      return;
    }
  }

  private static JsonElement randomValue(Random random, int depth) {
    switch (random.nextInt(depth > 0 ? 12 : 10)) {
      case 0:
        return JsonNull.INSTANCE;
      case 1:
        return new JsonPrimitive(random.nextBoolean());
      case 2:
        return new JsonPrimitive(random.nextInt());
      case 3:
        return new JsonPrimitive(random.nextLong());
      case 4:
        return new JsonPrimitive(random.nextDouble() * 1e6);
      case 5:
        return new JsonPrimitive(new java.math.BigInteger(100, random));
      case 6:
        return new JsonPrimitive("");
      case 7:
        return new JsonPrimitive(randomText(random));
      case 8:
        String[] dates = {
          "2026-03-09T05:00:00Z",
          "2026-03-09",
          "2026-13-45T99:99:99Z",
          "1741496400",
          "now",
          "2026-03-09T05:00:00+05:00",
          "2026-03-09 05:00:00 UTC"
        };
        return new JsonPrimitive(dates[random.nextInt(dates.length)]);
      case 9:
        String[] enums = {
          "scheduled",
          "confirmed",
          "cancelled",
          "kaspi_qr",
          "paid",
          "prepaid",
          "UNKNOWN",
          "Confirmed"
        };
        return new JsonPrimitive(enums[random.nextInt(enums.length)]);
      case 10:
        JsonArray array = new JsonArray();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(randomValue(random, depth - 1));
        }
        return array;
      default:
        JsonObject object = new JsonObject();
        for (int i = random.nextInt(3); i > 0; i--) {
          object.add("k" + i, randomValue(random, depth - 1));
        }
        return object;
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(12); i > 0; i--) {
      text.appendCodePoint(
          random.nextBoolean() ? 0x20 + random.nextInt(0x5f) : 0x400 + random.nextInt(0x100));
    }
    return text.toString();
  }

  private static String abbreviate(String text) {
    return text.length() <= 400 ? text : text.substring(0, 400) + "…";
  }
}
