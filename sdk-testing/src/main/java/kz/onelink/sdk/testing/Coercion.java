package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads request values the way Rails does before the spec judges them: {@code params.permit} keeps
 * only the keys the request schema declares; {@code "20000"} is an integer, {@code "true"} a
 * boolean, a number sent for a string is its text, text is stripped; date-times are parsed
 * leniently ({@code Time.zone.parse}) into the server's UTC form. What cannot be read stays as
 * sent, for the validator to refuse.
 */
final class Coercion {
  private static final Set<String> TRUE = new HashSet<>(Arrays.asList("true", "t", "1", "on"));
  private static final Set<String> FALSE = new HashSet<>(Arrays.asList("false", "f", "0", "off"));

  private Coercion() {}

  /** The body keys {@code schema} declares, each read as its type; the rest is dropped. */
  static JsonObject permit(JsonObject body, SchemaView schema) {
    JsonObject permitted = new JsonObject();
    Map<String, SchemaView> properties = schema.properties();
    if (properties.isEmpty()) {
      return body.deepCopy(); // a free-form object, such as custom_attributes
    }
    for (Map.Entry<String, SchemaView> property : properties.entrySet()) {
      JsonElement value = body.get(property.getKey());
      if (value != null) {
        permitted.add(property.getKey(), read(value, property.getValue()));
      }
    }
    return permitted;
  }

  static JsonElement read(JsonElement value, SchemaView schema) {
    if (value.isJsonNull()) {
      return JsonNull.INSTANCE;
    }
    if (value.isJsonArray()) {
      SchemaView items = schema.items();
      return items == null ? value.deepCopy() : readAll(value.getAsJsonArray(), items);
    }
    if (value.isJsonObject()) {
      return permit(value.getAsJsonObject(), schema);
    }
    return readScalar(value.getAsJsonPrimitive(), schema);
  }

  /** Query values: the same reading, on text. */
  static List<String> readQuery(List<String> values, SchemaView schema) {
    SchemaView items = schema.is("array") ? schema.items() : schema;
    List<String> read = new ArrayList<>();
    for (String value : values) {
      JsonElement element =
          items == null ? new JsonPrimitive(value) : readScalar(new JsonPrimitive(value), items);
      read.add(element.getAsString());
    }
    return read;
  }

  /**
   * {@code ActiveModel::Type::Boolean#cast} of a query value: {@code false}, {@code 0}, {@code f},
   * {@code off} (any case) are false, anything else is true.
   */
  static boolean railsBoolean(String value) {
    return !FALSE.contains(value.trim().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * Ruby's {@code String#to_i}: the leading integer after optional blanks and a sign, 0 when there
   * is none ({@code "2026abc"} is 2026, {@code "abc"} is 0); saturated at the long range.
   */
  static long rubyToI(String value) {
    String text = value.trim();
    int i = 0;
    boolean negative = false;
    if (i < text.length() && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long result = 0;
    for (; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '_' && i + 1 < text.length() && Character.isDigit(text.charAt(i + 1))) {
        continue;
      }
      if (c < '0' || c > '9') {
        break;
      }
      result = result > (Long.MAX_VALUE - (c - '0')) / 10 ? Long.MAX_VALUE : result * 10 + c - '0';
    }
    return negative ? -result : result;
  }

  private static JsonArray readAll(JsonArray values, SchemaView items) {
    JsonArray read = new JsonArray();
    for (JsonElement value : values) {
      read.add(read(value, items));
    }
    return read;
  }

  private static JsonElement readScalar(JsonPrimitive value, SchemaView schema) {
    String text = value.getAsString().trim();
    if (schema.is("integer") && value.isString() && text.matches("-?\\d+")) {
      return new JsonPrimitive(new BigInteger(text));
    }
    if (schema.is("number") && value.isString() && text.matches("-?\\d+(\\.\\d+)?")) {
      return new JsonPrimitive(new BigDecimal(text));
    }
    if (schema.is("boolean") && value.isString()) {
      return TRUE.contains(text.toLowerCase(java.util.Locale.ROOT))
          ? new JsonPrimitive(true)
          : FALSE.contains(text.toLowerCase(java.util.Locale.ROOT))
              ? new JsonPrimitive(false)
              : value;
    }
    if (schema.is("string")) {
      return readText(value, schema);
    }
    return value;
  }

  private static JsonElement readText(JsonPrimitive value, SchemaView schema) {
    String text = value.getAsString();
    if ("date-time".equals(schema.format)) {
      Instant instant = Times.parse(text);
      return instant == null ? value : new JsonPrimitive(Times.format(instant));
    }
    if ("date".equals(schema.format)) {
      LocalDate date = Times.parseDate(text);
      return date == null ? value : new JsonPrimitive(date.toString());
    }
    // The server strips what it reads as text (resolve_string, resolve_optional_text).
    return new JsonPrimitive(text.trim());
  }
}
