package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every example in {@code components/schemas} of openapi.yaml (found there, not listed here) reads
 * with the SDK's Gson and writes back to the same JSON: the schema's own example through its model
 * class (or, for a plain integer or string schema, its Java type), and each property's example
 * through the type of the model's getter.
 */
class SchemaExampleRoundtripTest {
  private static final String MODELS = "kz.onelink.sdk.model.";
  private final Gson gson = OneLinkJson.gson();

  /**
   * An app's Gson that writes nulls: a key the example leaves out must still be left out (an unset
   * field is not an explicit null), so the output is the same.
   */
  private final Gson writingNulls = Fixtures.gsonWritingNulls();

  static Stream<Arguments> schemas() {
    return ApiSpec.get().schemas().entrySet().stream()
        .filter(schema -> !isInternal(schema.getValue()))
        .filter(schema -> hasExamples(schema.getValue()))
        .map(schema -> Arguments.of(Named.of(schema.getKey(), schema.getKey())));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("schemas")
  void everyExampleOfTheSchemaRoundTrips(String name) {
    JsonObject schema = ApiSpec.get().schemas().get(name);
    Class<?> model = modelClass(name);
    List<String> problems = new ArrayList<>();

    if (schema.has("example")) {
      Type type = model != null ? model : scalarType(name, schema);
      roundTrip(problems, name + " example", schema.get("example"), type);
    }
    if (schema.has("properties")) {
      assertThat(model).as(name + ": an object schema has a model class").isNotNull();
      for (Map.Entry<String, JsonElement> property :
          schema.getAsJsonObject("properties").entrySet()) {
        JsonObject definition = property.getValue().getAsJsonObject();
        if (definition.has("example")) {
          Method getter = getter(model, property.getKey());
          roundTrip(
              problems,
              name + "." + property.getKey() + " example",
              definition.get("example"),
              getter.getGenericReturnType());
        }
      }
    }
    assertThat(problems).as(name).isEmpty();
  }

  private void roundTrip(List<String> problems, String what, JsonElement example, Type type) {
    Object decoded;
    try {
      decoded = gson.fromJson(example, type);
    } catch (RuntimeException e) {
      problems.add(what + " " + example + " does not read as " + type.getTypeName() + ": " + e);
      return;
    }
    JsonElement written = JsonParser.parseString(gson.toJson(decoded, type));
    if (!written.equals(example)) {
      problems.add(
          what + " " + example + " read as " + type.getTypeName() + " is written as " + written);
    }
    JsonElement withNulls = JsonParser.parseString(writingNulls.toJson(decoded, type));
    if (!withNulls.equals(example)) {
      problems.add(
          what + " " + example + " is written by a Gson that writes nulls as " + withNulls);
    }
  }

  private static Class<?> modelClass(String name) {
    try {
      return Class.forName(MODELS + name);
    } catch (ClassNotFoundException e) {
      return null;
    }
  }

  /** A schema without a model class must be a plain scalar; enumerations and objects have one. */
  private static Type scalarType(String name, JsonObject schema) {
    assertThat(schema.has("enum") || schema.has("properties") || !schema.has("type"))
        .as(name + " has no model class " + MODELS + name)
        .isFalse();
    String type = schema.get("type").getAsString();
    String format = schema.has("format") ? schema.get("format").getAsString() : "";
    switch (type) {
      case "integer":
        return format.equals("int32") ? Integer.class : Long.class;
      case "number":
        return format.equals("float") ? Float.class : Double.class;
      case "boolean":
        return Boolean.class;
      case "string":
        return format.equals("date")
            ? LocalDate.class
            : format.equals("date-time") ? OffsetDateTime.class : String.class;
      default:
        throw new AssertionError(name + " has no model class and type " + type);
    }
  }

  private static Method getter(Class<?> model, String property) {
    StringBuilder name = new StringBuilder("get");
    boolean upper = true;
    for (char c : property.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        name.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    try {
      return model.getMethod(name.toString());
    } catch (NoSuchMethodException e) {
      throw new AssertionError(model.getSimpleName() + " has no " + name + "() for " + property, e);
    }
  }

  private static boolean isInternal(JsonObject schema) {
    return schema.has("x-internal") && schema.get("x-internal").getAsBoolean();
  }

  private static boolean hasExamples(JsonObject schema) {
    if (schema.has("example")) {
      return true;
    }
    if (schema.has("properties")) {
      for (Map.Entry<String, JsonElement> property :
          schema.getAsJsonObject("properties").entrySet()) {
        if (property.getValue().getAsJsonObject().has("example")) {
          return true;
        }
      }
    }
    return false;
  }
}
