package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One filter of a query parameter, as {@code x-onelink-filter} declares it (the vocabulary of
 * openapi/README.md, "List filters"): which stored property the parameter's values are matched
 * against ({@code property}, or any of {@code properties}), how ({@code match}), for a view which
 * of its {@code collections}, and for {@code when-false-eq} the {@code value}. The extension is one
 * such object, or a list of them. Like the server's {@code where}, a value that cannot be compared
 * matches nothing (an unknown status, a non-numeric id).
 */
final class ListFilter {
  static final String EXTENSION = "x-onelink-filter";

  /** The match words. */
  enum Match {
    /** The property equals the value. */
    EQ("eq"),
    /** The property is one of the values (CSV or repeated). */
    IN("in"),
    /** The property is one of the values, or null (account-wide rows). */
    IN_OR_NULL("in-or-null"),
    GT("gt"),
    GTE("gte"),
    LT("lt"),
    LTE("lte"),
    /** The date in the property falls in the calendar year given (Ruby's {@code to_i}). */
    YEAR("year"),
    /**
     * Absent or false (Rails' boolean cast): the property equals {@code value}; true: no filter.
     */
    WHEN_FALSE_EQ("when-false-eq"),
    /** One of the properties contains the value, ignoring case ({@code ILIKE '%value%'}). */
    ICONTAINS_ANY("icontains-any"),
    /**
     * At most that many items, after ordering; the value is clamped to the schema's range and is
     * the schema's default when absent. Compares no property.
     */
    LIMIT("limit");

    final String word;

    Match(String word) {
      this.word = word;
    }

    static Match of(String word) {
      for (Match match : values()) {
        if (match.word.equals(word)) {
          return match;
        }
      }
      throw new IllegalArgumentException("unknown match " + word);
    }

    boolean isRange() {
      return this == GT || this == GTE || this == LT || this == LTE;
    }
  }

  final String parameter;
  final List<String> properties;
  final Match match;
  final @Nullable JsonElement value;

  /** The view payload arrays it filters ({@code appointments}); empty on a list operation. */
  final List<String> collections;

  private ListFilter(
      String parameter,
      List<String> properties,
      Match match,
      @Nullable JsonElement value,
      List<String> collections) {
    this.parameter = parameter;
    this.properties = properties;
    this.match = match;
    this.value = value;
    this.collections = collections;
  }

  /**
   * The filters the extension declares; empty with {@code problems} told why when it is absent or
   * unusable.
   */
  static List<ListFilter> read(
      String parameter, @Nullable Object extension, List<String> problems) {
    List<ListFilter> filters = new ArrayList<>();
    if (extension == null) {
      problems.add("query parameter " + parameter + " has no " + EXTENSION);
      return filters;
    }
    List<?> declared =
        extension instanceof List ? (List<?>) extension : Collections.singletonList(extension);
    for (Object one : declared) {
      try {
        filters.add(readOne(parameter, one));
      } catch (IllegalArgumentException e) {
        problems.add(
            "query parameter " + parameter + ": " + EXTENSION + " " + one + " " + e.getMessage());
      }
    }
    return filters;
  }

  private static ListFilter readOne(String parameter, Object declared) {
    if (!(declared instanceof Map)) {
      throw new IllegalArgumentException("is not an object");
    }
    Map<?, ?> map = (Map<?, ?>) declared;
    Object match = map.get("match");
    if (match == null) {
      throw new IllegalArgumentException("needs match");
    }
    Match word = Match.of(match.toString());
    List<String> properties = strings(map.get("properties"));
    Object property = map.get("property");
    if (property != null) {
      properties.add(0, property.toString());
    }
    if (properties.isEmpty() && word != Match.LIMIT) {
      throw new IllegalArgumentException("needs property or properties");
    }
    Object value = map.get("value");
    if (word == Match.WHEN_FALSE_EQ && value == null) {
      throw new IllegalArgumentException("needs value");
    }
    return new ListFilter(
        parameter,
        Collections.unmodifiableList(properties),
        word,
        value == null ? null : scalar(value),
        Collections.unmodifiableList(strings(map.get("collections"))));
  }

  /** A scalar of the spec (a YAML boolean, number or text) as JSON. */
  private static JsonElement scalar(Object value) {
    if (value instanceof Boolean) {
      return new JsonPrimitive((Boolean) value);
    }
    if (value instanceof Number) {
      return new JsonPrimitive((Number) value);
    }
    return new JsonPrimitive(value.toString());
  }

  private static List<String> strings(@Nullable Object declared) {
    List<String> strings = new ArrayList<>();
    if (declared instanceof List) {
      for (Object item : (List<?>) declared) {
        strings.add(String.valueOf(item));
      }
    } else if (declared != null) {
      strings.add(declared.toString());
    }
    return strings;
  }

  /** Whether this filter applies when the parameter was not sent (only {@code when-false-eq}). */
  boolean appliesWhenAbsent() {
    return match == Match.WHEN_FALSE_EQ;
  }

  /**
   * Whether {@code record} is kept, given the values sent (empty when the parameter was absent).
   */
  boolean matches(JsonObject record, List<String> values) {
    if (match == Match.LIMIT) {
      return true;
    }
    if (match == Match.WHEN_FALSE_EQ) {
      if (!values.isEmpty() && Coercion.railsBoolean(values.get(values.size() - 1))) {
        return true;
      }
      JsonElement wanted = value;
      return wanted != null && Json.same(Json.get(record, properties.get(0)), wanted);
    }
    for (String property : properties) {
      JsonElement actual = Json.get(record, property);
      if (actual == null) {
        if (match == Match.IN_OR_NULL) {
          return true;
        }
        continue;
      }
      if (actual.isJsonPrimitive() && matchesAny(actual, values)) {
        return true;
      }
    }
    return false;
  }

  /** At most how many items a {@code limit} keeps, read and clamped as the server does. */
  int limit(List<String> values, SchemaView schema) {
    long fallback =
        schema.defaultValue == null ? Integer.MAX_VALUE : schema.defaultValue.getAsLong();
    long wanted = values.isEmpty() ? fallback : Coercion.rubyToI(values.get(values.size() - 1));
    long min = schema.minimum == null ? 0 : schema.minimum.longValue();
    long max = schema.maximum == null ? Integer.MAX_VALUE : schema.maximum.longValue();
    return (int) Math.max(min, Math.min(max, wanted));
  }

  private boolean matchesAny(JsonElement actual, List<String> values) {
    // A bound is one value: the last sent, as Rails keeps the last of repeated parameters.
    List<String> candidates =
        match.isRange() || match == Match.YEAR || match == Match.EQ
            ? values.subList(values.size() - 1, values.size())
            : values;
    for (String candidate : candidates) {
      if (matchesOne(actual, candidate)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesOne(JsonElement actual, String wanted) {
    switch (match) {
      case YEAR:
        String date = actual.getAsString();
        return date.length() >= 4 && year(date) == Coercion.rubyToI(wanted);
      case ICONTAINS_ANY:
        return actual
            .getAsString()
            .toLowerCase(Locale.ROOT)
            .contains(wanted.trim().toLowerCase(Locale.ROOT));
      default:
        Integer order = compare(actual, wanted);
        return order != null && satisfies(order);
    }
  }

  private static long year(String date) {
    try {
      return Long.parseLong(date.substring(0, date.indexOf('-', 1) < 0 ? 4 : date.indexOf('-', 1)));
    } catch (NumberFormatException e) {
      return Long.MIN_VALUE;
    }
  }

  private boolean satisfies(int order) {
    switch (match) {
      case GT:
        return order > 0;
      case GTE:
        return order >= 0;
      case LT:
        return order < 0;
      case LTE:
        return order <= 0;
      default:
        return order == 0;
    }
  }

  /**
   * Compares a stored value with a query value. Timestamps compare as text: both are in the
   * server's UTC form by the time they get here.
   */
  static @Nullable Integer compare(JsonElement actual, String wanted) {
    if (actual.getAsJsonPrimitive().isNumber()) {
      try {
        return actual.getAsBigDecimal().compareTo(new BigDecimal(wanted.trim()));
      } catch (NumberFormatException e) {
        return null;
      }
    }
    if (actual.getAsJsonPrimitive().isBoolean()) {
      return actual.getAsString().equals(wanted.trim()) ? 0 : null;
    }
    return actual.getAsString().compareTo(wanted);
  }

  @Override
  public String toString() {
    return parameter + " " + match.word + " " + properties;
  }
}
