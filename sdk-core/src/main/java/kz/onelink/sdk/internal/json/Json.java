package kz.onelink.sdk.internal.json;

import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * JSON helpers shared by the generated models: java.time adapters that accept every form the server
 * writes, a free-form map reader, and errors that name the JSON path.
 */
public final class Json {
  private static final TypeAdapter<OffsetDateTime> OFFSET_DATE_TIME = new OffsetDateTimeAdapter();
  private static final TypeAdapter<LocalDate> LOCAL_DATE = new LocalDateAdapter();
  private static final TypeAdapter<Map<String, Object>> FREE_FORM_MAP = new FreeFormMapAdapter();

  private Json() {}

  public static TypeAdapter<OffsetDateTime> offsetDateTime() {
    return OFFSET_DATE_TIME;
  }

  public static TypeAdapter<LocalDate> localDate() {
    return LOCAL_DATE;
  }

  /** Reads any JSON object as maps, lists, strings, booleans and Long or Double numbers. */
  public static TypeAdapter<Map<String, Object>> freeFormMap() {
    return FREE_FORM_MAP;
  }

  /**
   * Starts reading an object of {@code typeName}, failing clearly when the JSON holds something
   * else.
   */
  public static void beginObject(JsonReader in, String typeName) throws IOException {
    JsonToken token = in.peek();
    if (token != JsonToken.BEGIN_OBJECT) {
      throw new JsonParseException(
          "Expected " + typeName + " (a JSON object) but was " + token + " at " + in.getPath());
    }
    in.beginObject();
  }

  /** Reads the string of an enumeration value; any other JSON type is an error. */
  public static String readEnumString(JsonReader in, String typeName) throws IOException {
    JsonToken token = in.peek();
    if (token != JsonToken.STRING) {
      throw new JsonParseException(
          "Expected " + typeName + " (a JSON string) but was " + token + " at " + in.getPath());
    }
    return in.nextString();
  }

  /**
   * Whether {@code key} is {@code keys[index]}: the decoders' check for the key the server writes
   * next, before the lookup that any other order falls back to (so a wrong answer {@code false}
   * costs only speed).
   */
  public static boolean isKeyAt(String[] keys, int index, String key) {
    return index < keys.length && keys[index].equals(key);
  }

  /**
   * The error for a required property missing from the object just read ({@code in} is past its
   * end).
   */
  public static JsonParseException missing(String property, JsonReader in) {
    return new JsonParseException(
        property
            + " is required but was missing or null in the object at "
            + pathOfObjectJustRead(in));
  }

  /**
   * Where the object {@code in} has just finished reading sits. Ending an object moves the reader
   * on to the next item of an enclosing array ({@code $.payload[1]} after item 0), so that index
   * goes back by one; a property of an enclosing object keeps its name.
   */
  static String pathOfObjectJustRead(JsonReader in) {
    String path = in.getPath();
    if (!path.endsWith("]")) {
      return path;
    }
    int open = path.lastIndexOf('[');
    try {
      int next = Integer.parseInt(path.substring(open + 1, path.length() - 1));
      return path.substring(0, open + 1) + (next - 1) + "]";
    } catch (NumberFormatException e) {
      return path;
    }
  }

  /** Rejects {@code [.., null, ..]} where the schema's items are not nullable. */
  public static void checkNoNullItems(@Nullable List<?> list, String property, JsonReader in) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      if (list.get(i) == null) {
        throw new JsonParseException(
            property + "[" + i + "] is null, which the schema does not allow, at " + in.getPath());
      }
    }
  }

  /**
   * Refuses a value outside the spec's range for a property, e.g. money the server stores in a
   * Postgres {@code integer}: a clear error before sending instead of a server error after.
   */
  public static void checkRange(@Nullable Number value, long minimum, long maximum, String name) {
    if (value != null && (value.longValue() < minimum || value.longValue() > maximum)) {
      throw new IllegalArgumentException(
          name + " must be between " + minimum + " and " + maximum + " but was " + value);
    }
  }

  /**
   * Writes {@code "name": null} even when the writer omits nulls (explicit null clears a field).
   */
  public static void writeNull(JsonWriter out, String name) throws IOException {
    boolean serializeNulls = out.getSerializeNulls();
    out.setSerializeNulls(true);
    out.name(name).nullValue();
    out.setSerializeNulls(serializeNulls);
  }

  /** Stands in for personal data in {@code toString()}. */
  public static String redacted(@Nullable Object value) {
    return value == null ? "null" : "<redacted>";
  }

  /**
   * Reads a date-time as text for a model to parse on first use, after checking that it parses: the
   * server's own form ({@code 2026-03-09T05:00:00Z}) is checked without allocating, other forms are
   * parsed once. Decoding thus fails on a bad date, and costs no more than a string.
   */
  public static @Nullable String readDateTimeText(JsonReader in) throws IOException {
    if (in.peek() == JsonToken.NULL) {
      in.nextNull();
      return null;
    }
    String text = expectString(in, "an ISO-8601 date-time");
    if (!isValidCanonicalUtc(text)) {
      try {
        parseDateTime(text);
      } catch (DateTimeException e) {
        throw new JsonParseException(
            "Expected an ISO-8601 date-time but was \"" + text + "\" at " + in.getPath(), e);
      }
    }
    return text;
  }

  /** Parses text that {@link #readDateTimeText} accepted. */
  public static OffsetDateTime parseDateTime(String text) {
    OffsetDateTime fast = parseCanonicalUtc(text);
    if (fast != null) {
      return fast;
    }
    String normalized = normalizeDateTime(text);
    try {
      return OffsetDateTime.parse(normalized, DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    } catch (DateTimeException withOffset) {
      // The server reads times without an offset as UTC; accept the same when reading.
      return LocalDateTime.parse(normalized, DateTimeFormatter.ISO_LOCAL_DATE_TIME)
          .atOffset(ZoneOffset.UTC);
    }
  }

  /**
   * True for exactly the valid date-times in the server's own form, {@code yyyy-MM-ddTHH:mm:ssZ}
   * (no leap second): those skip the formatter. Rejecting a valid one would only cost speed, and
   * accepting an invalid one would fail later, in a getter, so the tests hold it to "exactly".
   */
  static boolean isValidCanonicalUtc(String s) {
    if (s.length() != 20
        || s.charAt(4) != '-'
        || s.charAt(7) != '-'
        || s.charAt(10) != 'T'
        || s.charAt(13) != ':'
        || s.charAt(16) != ':'
        || s.charAt(19) != 'Z') {
      return false;
    }
    int year = digits(s, 0, 4);
    int month = digits(s, 5, 7);
    int day = digits(s, 8, 10);
    int hour = digits(s, 11, 13);
    int minute = digits(s, 14, 16);
    int second = digits(s, 17, 19);
    return year >= 0
        && month >= 1
        && month <= 12
        && day >= 1
        && day <= daysIn(year, month)
        && hour >= 0
        && hour <= 23
        && minute >= 0
        && minute <= 59
        && second >= 0
        && second <= 59;
  }

  private static int daysIn(int year, int month) {
    if (month == 2) {
      boolean leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
      return leap ? 29 : 28;
    }
    return month == 4 || month == 6 || month == 9 || month == 11 ? 30 : 31;
  }

  static LocalDate parseDate(String text) {
    if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
      int year = digits(text, 0, 4);
      int month = digits(text, 5, 7);
      int day = digits(text, 8, 10);
      if ((year | month | day) >= 0) {
        return LocalDate.of(year, month, day); // throws DateTimeException for 2026-02-30
      }
    }
    // Tolerate a date-time where a date is expected: keep its calendar date.
    return text.length() > 10
        ? parseDateTime(text).toLocalDate()
        : LocalDate.parse(text, DateTimeFormatter.ISO_LOCAL_DATE);
  }

  /** Parses {@code yyyy-MM-ddTHH:mm:ssZ}, the form the server writes, without a formatter. */
  private static @Nullable OffsetDateTime parseCanonicalUtc(String s) {
    if (!isValidCanonicalUtc(s)) {
      return null;
    }
    return OffsetDateTime.of(
        digits(s, 0, 4),
        digits(s, 5, 7),
        digits(s, 8, 10),
        digits(s, 11, 13),
        digits(s, 14, 16),
        digits(s, 17, 19),
        0,
        ZoneOffset.UTC);
  }

  private static int digits(String s, int from, int to) {
    int value = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  /**
   * Accepts Ruby's {@code Time#to_s} too: "2026-03-09 05:00:00 UTC", "2026-03-09 10:00:00 +0500".
   */
  private static String normalizeDateTime(String text) {
    String s = text.trim();
    if (s.length() > 10 && s.charAt(10) == ' ') {
      s = s.substring(0, 10) + 'T' + s.substring(11);
    }
    if (s.endsWith(" UTC")) {
      s = s.substring(0, s.length() - 4) + 'Z';
    }
    int space = s.lastIndexOf(' ');
    if (space > 10) {
      s = s.substring(0, space) + s.substring(space + 1);
    }
    int sign = Math.max(s.lastIndexOf('+'), s.lastIndexOf('-'));
    if (sign > 10 && s.length() - sign == 5 && s.indexOf(':', sign) < 0) {
      s = s.substring(0, sign + 3) + ':' + s.substring(sign + 3);
    }
    return s;
  }

  private static String expectString(JsonReader in, String what) throws IOException {
    JsonToken token = in.peek();
    if (token != JsonToken.STRING) {
      throw new JsonParseException(
          "Expected " + what + " (a JSON string) but was " + token + " at " + in.getPath());
    }
    return in.nextString();
  }

  private static final class OffsetDateTimeAdapter extends TypeAdapter<OffsetDateTime> {
    @Override
    public void write(JsonWriter out, @Nullable OffsetDateTime value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value));
      }
    }

    @Override
    public @Nullable OffsetDateTime read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      String text = expectString(in, "an ISO-8601 date-time");
      try {
        return parseDateTime(text);
      } catch (DateTimeException e) {
        // The path still names this value; it is built only here, on the error path.
        throw new JsonParseException(
            "Expected an ISO-8601 date-time but was \"" + text + "\" at " + in.getPath(), e);
      }
    }
  }

  private static final class LocalDateAdapter extends TypeAdapter<LocalDate> {
    @Override
    public void write(JsonWriter out, @Nullable LocalDate value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else {
        out.value(DateTimeFormatter.ISO_LOCAL_DATE.format(value));
      }
    }

    @Override
    public @Nullable LocalDate read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      String text = expectString(in, "an ISO-8601 date");
      try {
        return parseDate(text);
      } catch (DateTimeException e) {
        throw new JsonParseException(
            "Expected an ISO-8601 date (yyyy-MM-dd) but was \"" + text + "\" at " + in.getPath(),
            e);
      }
    }
  }

  private static final class FreeFormMapAdapter extends TypeAdapter<Map<String, Object>> {
    @Override
    public void write(JsonWriter out, @Nullable Map<String, Object> value) throws IOException {
      // Inside free-form data a null is a value ({"key": null} clears a custom attribute).
      boolean serializeNulls = out.getSerializeNulls();
      out.setSerializeNulls(true);
      try {
        writeAny(out, value);
      } finally {
        out.setSerializeNulls(serializeNulls);
      }
    }

    @Override
    @SuppressWarnings("unchecked")
    public @Nullable Map<String, Object> read(JsonReader in) throws IOException {
      JsonToken token = in.peek();
      if (token == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      if (token != JsonToken.BEGIN_OBJECT) {
        throw new JsonParseException(
            "Expected a JSON object but was " + token + " at " + in.getPath());
      }
      return (Map<String, Object>) readAny(in);
    }

    private static @Nullable Object readAny(JsonReader in) throws IOException {
      switch (in.peek()) {
        case BEGIN_OBJECT:
          Map<String, Object> map = new LinkedHashMap<>();
          in.beginObject();
          while (in.hasNext()) {
            map.put(in.nextName(), readAny(in));
          }
          in.endObject();
          return map;
        case BEGIN_ARRAY:
          List<Object> list = new ArrayList<>();
          in.beginArray();
          while (in.hasNext()) {
            list.add(readAny(in));
          }
          in.endArray();
          return list;
        case STRING:
          return in.nextString();
        case NUMBER:
          // Read as text: the reader of a JsonElement tree (Gson.fromJson(JsonElement, ...))
          // answers nextLong() on 481.5 with 481, where the streaming reader refuses it.
          String number = in.nextString();
          try {
            return Long.parseLong(number);
          } catch (NumberFormatException notALong) {
            return Double.parseDouble(number); // a fraction, an exponent, or beyond a long
          }
        case BOOLEAN:
          return in.nextBoolean();
        case NULL:
          in.nextNull();
          return null;
        default:
          throw new JsonParseException("Unexpected " + in.peek() + " at " + in.getPath());
      }
    }

    private static void writeAny(JsonWriter out, @Nullable Object value) throws IOException {
      if (value == null) {
        out.nullValue();
      } else if (value instanceof Map) {
        out.beginObject();
        for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
          out.name(String.valueOf(entry.getKey()));
          writeAny(out, entry.getValue());
        }
        out.endObject();
      } else if (value instanceof Iterable) {
        out.beginArray();
        for (Object item : (Iterable<?>) value) {
          writeAny(out, item);
        }
        out.endArray();
      } else if (value instanceof Number) {
        out.value((Number) value);
      } else if (value instanceof Boolean) {
        out.value((Boolean) value);
      } else {
        out.value(value.toString());
      }
    }
  }
}
