package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonPrimitive;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every model of openapi.yaml (found there, not listed here), key by key: what an app sets is
 * written, what it leaves unset is left out, an explicit null stays an explicit null, and a
 * required key that is missing is refused while reading. A key left unset is never written as null,
 * not even by an app's Gson that writes nulls: for the server, {@code "contact_id": null} clears a
 * contact that a missing key keeps.
 */
class EveryModelTest {
  private static final String MODELS = "kz.onelink.sdk.model.";
  private static final SchemaSamples SAMPLES = new SchemaSamples(ApiSpec.get());

  private final Gson gson = OneLinkJson.gson();
  private final Gson writingNulls = Fixtures.gsonWritingNulls();

  static Stream<String> models() {
    return SAMPLES.objectSchemas().stream();
  }

  static Stream<String> modelsWithLists() {
    return models()
        .filter(
            schema ->
                Stream.of(modelUnchecked(schema).getMethods())
                    .anyMatch(method -> method.getReturnType().equals(List.class)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void aModelWithNothingSetWritesNoKey(String schema) throws Exception {
    Object unset = model(schema).getConstructor().newInstance();

    assertThat(gson.toJson(unset)).isEqualTo("{}");
    assertThat(writingNulls.toJson(unset)).isEqualTo("{}");
  }

  /**
   * Each property set alone through its setter writes that key alone; set to {@code null}, a key
   * the schema lets be null is written as null and any other key is left out.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void eachPropertySetAloneIsWrittenAlone(String schema) throws Exception {
    JsonObject sample = SAMPLES.sample(schema, new Random(schema.hashCode()), false);
    Class<?> model = model(schema);

    for (String key : sample.keySet()) {
      Method getter = getter(model, key);
      Object value = gson.fromJson(sample.get(key), getter.getGenericReturnType());
      JsonObject expected = new JsonObject();
      expected.add(key, written(sample.get(key), value));
      assertWrites(set(model, key, value), expected, schema + "." + key);

      JsonObject expectedNull = new JsonObject();
      if (SAMPLES.nullable(schema, key)) {
        expectedNull.add(key, JsonNull.INSTANCE);
      }
      assertWrites(set(model, key, null), expectedNull, schema + "." + key + " = null");
    }
  }

  /**
   * Every property set through its setter, from values read one by one: the model writes the whole
   * sample (the date-times of a decoded model are kept as received; these are set as values).
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void aModelBuiltThroughItsSettersWritesEveryKey(String schema) throws Exception {
    JsonObject sample = SAMPLES.sample(schema, new Random(~schema.hashCode()), false);
    Class<?> model = model(schema);
    Object built = model.getConstructor().newInstance();
    JsonObject expected = new JsonObject();

    for (String key : sample.keySet()) {
      Type type = getter(model, key).getGenericReturnType();
      Object value = gson.fromJson(sample.get(key), type);
      setter(model, key).invoke(built, value);
      expected.add(key, written(sample.get(key), value));
    }

    assertWrites(built, expected, schema);
    assertThat(built).isEqualTo(gson.fromJson(sample, model));
  }

  /**
   * Read with any one key left out, a model writes back exactly what it read; a required key left
   * out is refused, naming it, unless it may be null: its getter promises no value, so it reads as
   * not sent. Read with any one key sent as null, a key the schema lets be null is written back as
   * null, a required one is refused, and an optional one is read as not sent.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void anyKeyLeftOutOrSentAsNullReadsAsTheSchemaSays(String schema) throws Exception {
    JsonObject sample = SAMPLES.sample(schema, new Random(31L * schema.hashCode()), false);
    Class<?> model = model(schema);
    Set<String> required = SAMPLES.required(schema);

    for (String key : sample.keySet()) {
      JsonObject without = sample.deepCopy();
      without.remove(key);
      JsonObject withNull = sample.deepCopy();
      withNull.add(key, JsonNull.INSTANCE);

      if (required.contains(key) && !SAMPLES.nullable(schema, key)) {
        assertRefused(without, model, schema + "." + key);
      } else {
        assertWrites(gson.fromJson(without, model), without, schema + " without " + key);
      }
      if (SAMPLES.nullable(schema, key)) {
        assertWrites(gson.fromJson(withNull, model), withNull, schema + "." + key + ": null");
      } else if (required.contains(key)) {
        assertRefused(withNull, model, schema + "." + key);
      } else {
        assertWrites(gson.fromJson(withNull, model), without, schema + "." + key + ": null");
      }
    }
  }

  /**
   * A key sent twice (the server never does) reads as its last value, as with Gson's own adapters:
   * the second time the key is not the one expected next, so it is found by the lookup.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("models")
  void aKeySentTwiceReadsAsItsLastValue(String schema) throws Exception {
    Random random = new Random(5L * schema.hashCode());
    JsonObject first = SAMPLES.sample(schema, random, false);
    Class<?> model = model(schema);

    for (String key : first.keySet()) {
      JsonElement other = first.get(key);
      for (int tries = 0; other.equals(first.get(key)) && tries < 50; tries++) {
        other = SAMPLES.sample(schema, random, false).get(key);
      }
      if (other.equals(first.get(key))) {
        other = new JsonPrimitive(other.getAsString() + "_v2"); // an enumeration of one value
      }
      JsonObject expected = first.deepCopy();
      expected.add(key, other);
      String twice =
          first.toString().substring(0, first.toString().length() - 1)
              + ","
              + gson.toJson(key)
              + ":"
              + other
              + "}";

      assertThat(gson.fromJson(twice, model))
          .as("%s with %s sent twice", schema, key)
          .isEqualTo(gson.fromJson(expected, model));
    }
  }

  /** A list the schema gives no nullable items is refused with a null item, naming its index. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("modelsWithLists")
  void aNullItemInAListIsRefusedNamingItsIndex(String schema) throws Exception {
    JsonObject sample = SAMPLES.sample(schema, new Random(17L * schema.hashCode()), false);
    Class<?> model = model(schema);

    int lists = 0;
    for (String key : sample.keySet()) {
      if (!List.class.equals(getter(model, key).getReturnType())) {
        continue;
      }
      lists++;
      JsonObject withNullItem = sample.deepCopy();
      withNullItem.getAsJsonArray(key).add(JsonNull.INSTANCE);
      int index = sample.getAsJsonArray(key).size();

      JsonParseException refused =
          catchThrowableOfType(JsonParseException.class, () -> gson.fromJson(withNullItem, model));
      assertThat(refused).as("%s.%s with a null item", schema, key).isNotNull();
      assertThat(refused).hasMessageStartingWith(schema + "." + key + "[" + index + "] is null");
    }
    assertThat(lists).isPositive();
  }

  /** A date-time set as a value is written in its ISO form; anything else as it was sent. */
  private JsonElement written(JsonElement sent, Object value) {
    return value instanceof OffsetDateTime ? gson.toJsonTree(value) : sent;
  }

  private void assertWrites(Object value, JsonObject expected, String what) {
    assertThat(gson.toJsonTree(value)).as(what).isEqualTo(expected);
    assertThat(writingNulls.toJsonTree(value)).as(what + ", nulls written").isEqualTo(expected);
  }

  private void assertRefused(JsonObject json, Class<?> model, String property) {
    JsonParseException refused =
        catchThrowableOfType(JsonParseException.class, () -> gson.fromJson(json, model));
    assertThat(refused).as(property + " missing or null is refused").isNotNull();
    assertThat(refused).hasMessageStartingWith(property + " is required");
  }

  private static Object set(Class<?> model, String key, Object value) throws Exception {
    Object instance = model.getConstructor().newInstance();
    Method fluent = fluentSetter(model, key);
    try {
      assertThat(fluent.invoke(instance, value))
          .as("%s returns its model", fluent)
          .isSameAs(instance);
    } catch (InvocationTargetException e) {
      throw new AssertionError(fluent + " refused " + value, e.getCause());
    }
    return instance;
  }

  private static Class<?> model(String schema) throws ClassNotFoundException {
    return Class.forName(MODELS + schema);
  }

  private static Class<?> modelUnchecked(String schema) {
    try {
      return model(schema);
    } catch (ClassNotFoundException e) {
      throw new AssertionError(schema + " has no model class", e);
    }
  }

  private static Method getter(Class<?> model, String key) throws NoSuchMethodException {
    return model.getMethod("get" + camel(key, true));
  }

  private static Method setter(Class<?> model, String key) throws NoSuchMethodException {
    return model.getMethod("set" + camel(key, true), getter(model, key).getReturnType());
  }

  private static Method fluentSetter(Class<?> model, String key) throws NoSuchMethodException {
    return model.getMethod(camel(key, false), getter(model, key).getReturnType());
  }

  private static String camel(String key, boolean upperFirst) {
    StringBuilder name = new StringBuilder();
    boolean upper = upperFirst;
    for (char c : key.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return name.toString();
  }
}
