package kz.onelink.sdk;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Random valid JSON for the object schemas of openapi.yaml, read from the spec (no model is listed
 * here): every property set, each to a value its schema allows, so a key the decoder maps to the
 * wrong property or drops shows up as a difference. Seeded: the same {@link Random} gives the same
 * JSON.
 */
public final class SchemaSamples {
  private static final int MAX_DEPTH = 3;

  private final ApiSpec spec;

  public SchemaSamples(ApiSpec spec) {
    this.spec = spec;
  }

  /** The object schemas that have a model class: those with {@code properties}. */
  public List<String> objectSchemas() {
    List<String> names = new ArrayList<>();
    for (Map.Entry<String, JsonObject> schema : spec.schemas().entrySet()) {
      if (schema.getValue().has("properties") && !isInternal(schema.getValue())) {
        names.add(schema.getKey());
      }
    }
    return names;
  }

  /**
   * An instance of schema {@code name} with every property present in the spec's order; a nullable
   * property is {@code null} about one time in four when {@code nulls} is set.
   */
  public JsonObject sample(String name, Random random, boolean nulls) {
    return object(spec.schemas().get(name), random, nulls, 0);
  }

  private JsonObject object(JsonObject schema, Random random, boolean nulls, int depth) {
    JsonObject result = new JsonObject();
    for (Map.Entry<String, JsonElement> property :
        schema.getAsJsonObject("properties").entrySet()) {
      JsonObject definition = property.getValue().getAsJsonObject();
      boolean nullable = nullable(definition);
      if (nulls && nullable && random.nextInt(4) == 0) {
        result.add(property.getKey(), JsonNull.INSTANCE);
      } else {
        result.add(property.getKey(), value(definition, random, nulls, depth));
      }
    }
    return result;
  }

  /** The keys schema {@code name} requires. */
  public Set<String> required(String name) {
    Set<String> keys = new HashSet<>();
    JsonObject schema = spec.schemas().get(name);
    if (schema.has("required")) {
      for (JsonElement key : schema.getAsJsonArray("required")) {
        keys.add(key.getAsString());
      }
    }
    return keys;
  }

  /** Whether property {@code key} of schema {@code name} may be {@code null}. */
  public boolean nullable(String name, String key) {
    return nullable(spec.schemas().get(name).getAsJsonObject("properties").getAsJsonObject(key));
  }

  /** {@code nullable: true} on the property, or on the schema it refers to ($ref or allOf). */
  private boolean nullable(JsonObject definition) {
    if (definition.has("nullable")) {
      return definition.get("nullable").getAsBoolean();
    }
    if (definition.has("$ref")) {
      return nullable(spec.resolve(definition));
    }
    if (definition.has("allOf") && definition.getAsJsonArray("allOf").size() == 1) {
      return nullable(spec.resolve(definition.getAsJsonArray("allOf").get(0)));
    }
    return false;
  }

  private JsonElement value(JsonObject definition, Random random, boolean nulls, int depth) {
    JsonObject schema = resolve(definition);
    if (schema.has("enum")) {
      JsonArray values = schema.getAsJsonArray("enum");
      return values.get(random.nextInt(values.size()));
    }
    if (schema.has("properties")) {
      return object(schema, random, nulls, depth + 1);
    }
    String type = schema.has("type") ? schema.get("type").getAsString() : "object";
    String format = schema.has("format") ? schema.get("format").getAsString() : "";
    switch (type) {
      case "string":
        if (format.equals("date-time")) {
          return new JsonPrimitive(dateTime(random));
        }
        if (format.equals("date")) {
          return new JsonPrimitive(
              String.format(
                  "%04d-%02d-%02d",
                  1950 + random.nextInt(80), 1 + random.nextInt(12), 1 + random.nextInt(28)));
        }
        return new JsonPrimitive(text(random));
      case "integer":
        long minimum = schema.has("minimum") ? schema.get("minimum").getAsLong() : 0;
        long maximum =
            schema.has("maximum")
                ? schema.get("maximum").getAsLong()
                : format.equals("int64") ? Long.MAX_VALUE : Integer.MAX_VALUE;
        if (format.equals("int32")) {
          minimum = Math.max(minimum, Integer.MIN_VALUE);
          maximum = Math.min(maximum, Integer.MAX_VALUE);
        }
        return new JsonPrimitive(between(minimum, maximum, random));
      case "number":
        return new JsonPrimitive(random.nextInt(100000) / 100.0);
      case "boolean":
        return new JsonPrimitive(random.nextBoolean());
      case "array":
        JsonArray array = new JsonArray();
        int items = depth >= MAX_DEPTH ? 0 : random.nextInt(3);
        for (int i = 0; i < items; i++) {
          array.add(value(schema.getAsJsonObject("items"), random, nulls, depth + 1));
        }
        return array;
      default:
        return freeForm(random, depth);
    }
  }

  /** {@code allOf} with one member is how the spec adds a description to a $ref. */
  private JsonObject resolve(JsonObject definition) {
    JsonObject schema = spec.resolve(definition);
    while (schema.has("allOf") && schema.getAsJsonArray("allOf").size() == 1) {
      schema = spec.resolve(schema.getAsJsonArray("allOf").get(0));
    }
    return schema;
  }

  /** A free-form object: strings, integers, booleans, nulls, lists and nested objects. */
  public static JsonObject freeForm(Random random, int depth) {
    JsonObject object = new JsonObject();
    for (int i = random.nextInt(4); i > 0; i--) {
      object.add("k" + random.nextInt(1000), anyValue(random, depth + 1));
    }
    return object;
  }

  /** Any JSON value a newer server might send, nested up to a few levels. */
  public static JsonElement anyValue(Random random, int depth) {
    switch (random.nextInt(depth >= MAX_DEPTH ? 5 : 7)) {
      case 0:
        return JsonNull.INSTANCE;
      case 1:
        return new JsonPrimitive(random.nextBoolean());
      case 2:
        return new JsonPrimitive(random.nextInt(2000) - 1000);
      case 3:
        return new JsonPrimitive(random.nextInt(100000) / 8.0 + 0.5);
      case 4:
        return new JsonPrimitive(text(random));
      case 5:
        JsonArray array = new JsonArray();
        for (int i = random.nextInt(3); i > 0; i--) {
          array.add(anyValue(random, depth + 1));
        }
        return array;
      default:
        return freeForm(random, depth);
    }
  }

  /** Text with ASCII, Cyrillic, a quote, a backslash and now and then an astral character. */
  public static String text(Random random) {
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(10); i > 0; i--) {
      switch (random.nextInt(8)) {
        case 0:
          text.append('"');
          break;
        case 1:
          text.append('\\');
          break;
        case 2:
          text.appendCodePoint(0x1F600 + random.nextInt(50));
          break;
        case 3:
        case 4:
          text.append((char) (0x410 + random.nextInt(64)));
          break;
        default:
          text.append((char) (0x20 + random.nextInt(0x5f)));
      }
    }
    return text.toString();
  }

  /** A date-time in one of the forms the server writes. */
  public static String dateTime(Random random) {
    String date =
        String.format(
            "%04d-%02d-%02dT%02d:%02d:%02d",
            2000 + random.nextInt(40),
            1 + random.nextInt(12),
            1 + random.nextInt(28),
            random.nextInt(24),
            random.nextInt(60),
            random.nextInt(60));
    switch (random.nextInt(4)) {
      case 0:
        return date + "+05:00";
      case 1:
        return date + "." + (100000 + random.nextInt(900000)) + "Z";
      default:
        return date + "Z";
    }
  }

  /**
   * {@code sample} of schema {@code name} as a server that orders keys differently and adds its own
   * would send it: the keys of every object of a model shuffled, and keys the SDK does not know
   * inserted at random positions (free-form objects are shuffled, never added to).
   */
  public JsonObject reordered(String name, JsonObject sample, Random random) {
    return reorderedObject(spec.schemas().get(name), sample, random);
  }

  private JsonObject reorderedObject(JsonObject schema, JsonObject sample, Random random) {
    JsonObject properties = schema.getAsJsonObject("properties");
    List<Map.Entry<String, JsonElement>> entries = new ArrayList<>();
    for (Map.Entry<String, JsonElement> entry : sample.entrySet()) {
      JsonElement value = entry.getValue();
      JsonObject definition = properties.getAsJsonObject(entry.getKey());
      entries.add(
          new java.util.AbstractMap.SimpleEntry<>(
              entry.getKey(),
              definition == null ? value : reorderedValue(definition, value, random)));
    }
    java.util.Collections.shuffle(entries, random);
    for (int i = random.nextInt(4); i > 0; i--) {
      String key = unknownKey(properties, random);
      entries.add(
          random.nextInt(entries.size() + 1),
          new java.util.AbstractMap.SimpleEntry<>(key, anyValue(random, 0)));
    }
    JsonObject result = new JsonObject();
    for (Map.Entry<String, JsonElement> entry : entries) {
      result.add(entry.getKey(), entry.getValue());
    }
    return result;
  }

  private JsonElement reorderedValue(JsonObject definition, JsonElement value, Random random) {
    if (value.isJsonNull()) {
      return value;
    }
    JsonObject schema = resolve(definition);
    if (schema.has("properties")) {
      return reorderedObject(schema, value.getAsJsonObject(), random);
    }
    if (value.isJsonArray() && schema.has("items")) {
      JsonArray result = new JsonArray();
      for (JsonElement item : value.getAsJsonArray()) {
        result.add(reorderedValue(schema.getAsJsonObject("items"), item, random));
      }
      return result;
    }
    if (value.isJsonObject()) {
      return shuffled(value.getAsJsonObject(), random);
    }
    return value;
  }

  private static JsonObject shuffled(JsonObject object, Random random) {
    List<String> keys = new ArrayList<>(object.keySet());
    java.util.Collections.shuffle(keys, random);
    JsonObject result = new JsonObject();
    for (String key : keys) {
      JsonElement value = object.get(key);
      result.add(key, value.isJsonObject() ? shuffled(value.getAsJsonObject(), random) : value);
    }
    return result;
  }

  /**
   * A key the object's schema does not have, sometimes close to one it has: another case, a suffix,
   * a prefix, or the same length (what a string switch must still tell apart).
   */
  private static String unknownKey(JsonObject properties, Random random) {
    List<String> known = new ArrayList<>(properties.keySet());
    String near = known.get(random.nextInt(known.size()));
    String key;
    switch (random.nextInt(6)) {
      case 0:
        key = near.toUpperCase(java.util.Locale.ROOT);
        break;
      case 1:
        key = near + "_v2";
        break;
      case 2:
        key = near.substring(0, Math.max(0, near.length() - 1));
        break;
      case 3:
        key = near.substring(0, near.length() - 1) + (near.endsWith("x") ? "y" : "x");
        break;
      case 4:
        key = "";
        break;
      default:
        key = "added_by_a_newer_server_" + random.nextInt(100);
    }
    return properties.has(key) ? key + "_unknown" : key;
  }

  private static long between(long minimum, long maximum, Random random) {
    switch (random.nextInt(4)) {
      case 0:
        return minimum;
      case 1:
        return maximum;
      default:
        long span = maximum - minimum; // negative when it overflows a long
        if (span < 0 || span >= Integer.MAX_VALUE) {
          return minimum
              + (random.nextLong() & Long.MAX_VALUE) % (span < 0 ? Long.MAX_VALUE : span);
        }
        return minimum + random.nextInt((int) span + 1);
    }
  }

  private static boolean isInternal(JsonObject schema) {
    return schema.has("x-internal") && schema.get("x-internal").getAsBoolean();
  }
}
