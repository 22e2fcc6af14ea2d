package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/** Reading the sandbox's JSON records: absent and JSON null both read as null. */
final class Json {
  private Json() {}

  static @Nullable JsonElement get(JsonObject object, String key) {
    JsonElement value = object.get(key);
    return value == null || value.isJsonNull() ? null : value;
  }

  /** The value as text, trimmed; blank reads as null, like Rails' {@code presence}. */
  static @Nullable String text(@Nullable JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return null;
    }
    String text = value.isJsonPrimitive() ? value.getAsString().trim() : value.toString();
    return text.isEmpty() ? null : text;
  }

  static @Nullable String text(JsonObject object, String key) {
    return text(object.get(key));
  }

  /** An integral value, or null when absent or not a whole number. */
  static @Nullable Long number(@Nullable JsonElement value) {
    if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()) {
      Number number = value.getAsNumber();
      if (number instanceof Long || number instanceof Integer) {
        return number.longValue(); // stored ids and minutes: no parsing
      }
    }
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return new BigDecimal(text).longValueExact();
    } catch (NumberFormatException | ArithmeticException e) {
      return null;
    }
  }

  static @Nullable Long number(JsonObject object, String key) {
    return number(object.get(key));
  }

  static long numberOr(JsonObject object, String key, long fallback) {
    Long value = number(object, key);
    return value == null ? fallback : value;
  }

  static boolean isTrue(JsonObject object, String key) {
    JsonElement value = get(object, key);
    if (value != null && value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean()) {
      return value.getAsBoolean();
    }
    return "true".equals(text(value));
  }

  static JsonObject object(JsonObject object, String key) {
    JsonElement value = get(object, key);
    return value != null && value.isJsonObject() ? value.getAsJsonObject() : new JsonObject();
  }

  static JsonArray array(JsonObject object, String key) {
    JsonElement value = get(object, key);
    return value != null && value.isJsonArray() ? value.getAsJsonArray() : new JsonArray();
  }

  static JsonElement of(@Nullable String text) {
    return text == null ? JsonNull.INSTANCE : new JsonPrimitive(text);
  }

  static JsonElement of(@Nullable Long number) {
    return number == null ? JsonNull.INSTANCE : new JsonPrimitive(number);
  }

  /**
   * Whether two values are the same JSON, numbers compared by value ({@code 5} equals {@code 5.0}).
   */
  static boolean same(@Nullable JsonElement a, @Nullable JsonElement b) {
    JsonElement x = a == null ? JsonNull.INSTANCE : a;
    JsonElement y = b == null ? JsonNull.INSTANCE : b;
    if (x.isJsonPrimitive()
        && y.isJsonPrimitive()
        && x.getAsJsonPrimitive().isNumber()
        && y.getAsJsonPrimitive().isNumber()) {
      return x.getAsBigDecimal().compareTo(y.getAsBigDecimal()) == 0;
    }
    return x.equals(y);
  }
}
