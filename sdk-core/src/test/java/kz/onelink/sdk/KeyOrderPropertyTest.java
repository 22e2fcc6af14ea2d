package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import kz.onelink.sdk.model.Appointment;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Property test of the decoders' key matching: every model decodes the same whatever the order of
 * its keys, and whatever keys a newer server inserts between them. The decoders match keys in the
 * order the server writes them and fall back to a lookup for any other order; every fixture has the
 * server's order, so only random orders reach that fallback for every key.
 *
 * <p>For each case, a model's schema (taken from openapi.yaml, every property set) is written in
 * the spec's order and again with the keys of every object shuffled and unknown keys at random
 * positions (some close to known ones: another case, a suffix, one letter off). Both must decode to
 * equal objects that write back the spec-order JSON. Plain seeded randomness (not jqwik); a failure
 * names its seed: rerun it with {@code -Dkeyorder.seed=<seed> -Dkeyorder.cases=1}.
 */
class KeyOrderPropertyTest {
  private static final long BASE_SEED = Long.getLong("keyorder.seed", 20261130L);
  private static final int CASES = Integer.getInteger("keyorder.cases", 1500);

  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private final Gson gson = OneLinkJson.gson();
  private final SchemaSamples samples = new SchemaSamples(ApiSpec.get());

  @Test
  void everyModelDecodesTheSameInAnyKeyOrderWithUnknownKeysAnywhere() throws Exception {
    List<String> schemas = samples.objectSchemas();
    assertThat(schemas).as("object schemas in the spec").hasSizeGreaterThan(40);
    List<String> violations = new ArrayList<>();
    int cases = Math.max(CASES, schemas.size());

    for (int i = 0; i < cases && violations.size() < 5; i++) {
      long seed = BASE_SEED + i;
      Random random = new Random(seed);
      String schema =
          schemas.get((int) ((seed % schemas.size() + schemas.size()) % schemas.size()));
      Class<?> model = Class.forName("kz.onelink.sdk.model." + schema);
      JsonObject inSpecOrder = samples.sample(schema, random, random.nextBoolean());
      JsonObject reordered = samples.reordered(schema, inSpecOrder, random);
      try {
        Object expected = gson.fromJson(inSpecOrder.toString(), model);
        Object actual = gson.fromJson(reordered.toString(), model);
        JsonElement written = gson.toJsonTree(actual);

        assertThat(gson.toJsonTree(expected)).as("spec order round trip").isEqualTo(inSpecOrder);
        assertThat(written).as("written back").isEqualTo(inSpecOrder);
        assertThat(actual).isEqualTo(expected);
      } catch (AssertionError | RuntimeException e) {
        violations.add(
            "seed " + seed + " (" + schema + "): " + e + "\n  sent: " + abbreviate(reordered));
      }
    }

    assertThat(violations).as("violations").isEmpty();
  }

  @Test
  void anAppointmentInRandomOrderDecodesTheSameOverHttp() {
    for (int i = 0; i < 25; i++) {
      long seed = BASE_SEED + 7919L * i;
      Random random = new Random(seed);
      JsonObject payload = samples.sample("Appointment", random, true);
      JsonObject body = new JsonObject();
      body.add("payload", samples.reordered("Appointment", payload, random));
      mock.server().enqueue(new MockResponse().setBody(body.toString()));

      Appointment appointment = mock.client().appointments().get(17, 4812);

      assertThat(gson.toJsonTree(appointment)).as("seed %d", seed).isEqualTo(payload);
    }
  }

  private static String abbreviate(JsonElement json) {
    String text = json.toString();
    return text.length() <= 600 ? text : text.substring(0, 600) + "…";
  }
}
