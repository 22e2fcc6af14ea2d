package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list filter as {@code x-onelink-filter: {property: starts_at, match: gte}} declares it on a
 * query parameter: which item property the parameter's values are matched against, and how. Like
 * the server's {@code where}, a value that cannot be compared matches nothing (an unknown status, a
 * non-numeric id), and a record whose property is null never matches. {@code property} may also be
 * a list, for a search over several properties: a record matches when any of them does.
 */
final class ListFilter {
  static final String EXTENSION = "x-onelink-filter";

  enum Match {
    /** Equal to the value (or one of the values). */
    EQ,
    /** Equal to one of the values, e.g. CSV {@code resource_ids=3,4}. */
    IN,
    GT,
    GTE,
    LT,
    LTE,
    /** Starts with the value: {@code year=2026} on a date. */
    PREFIX,
    /** Contains the value, ignoring case: the server's {@code ILIKE '%value%'} search. */
    CONTAINS
  }

  final String parameter;
  final List<String> properties;
  final Match match;

  private ListFilter(String parameter, List<String> properties, Match match) {
    this.parameter = parameter;
    this.properties = properties;
    this.match = match;
  }

  /** The filter the extension declares, or null with {@code problems} told why it is unusable. */
  static @Nullable ListFilter read(
      String parameter, @Nullable Object extension, List<String> problems) {
    if (!(extension instanceof Map)) {
      problems.add("query parameter " + parameter + " has no " + EXTENSION);
      return null;
    }
    Map<?, ?> declared = (Map<?, ?>) extension;
    Object property = declared.get("property");
    Object match = declared.get("match");
    try {
      if (property == null || match == null) {
        throw new IllegalArgumentException("needs property and match");
      }
      return new ListFilter(
          parameter,
          properties(property),
          Match.valueOf(match.toString().toUpperCase(Locale.ROOT)));
    } catch (IllegalArgumentException e) {
      problems.add(
          "query parameter "
              + parameter
              + ": "
              + EXTENSION
              + " "
              + declared
              + " "
              + e.getMessage());
      return null;
    }
  }

  private static List<String> properties(Object declared) {
    List<String> properties = new ArrayList<>();
    if (declared instanceof List) {
      for (Object property : (List<?>) declared) {
        properties.add(String.valueOf(property));
      }
    } else {
      properties.add(declared.toString());
    }
    return Collections.unmodifiableList(properties);
  }

  boolean matches(JsonObject record, List<String> values) {
    for (String property : properties) {
      JsonElement actual = Json.get(record, property);
      if (actual != null && actual.isJsonPrimitive() && matchesAny(actual, values)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesAny(JsonElement actual, List<String> values) {
    List<String> candidates = isRange() ? values.subList(0, 1) : values; // a bound is one value
    for (String value : candidates) {
      if (matchesOne(actual, value)) {
        return true;
      }
    }
    return false;
  }

  private boolean matchesOne(JsonElement actual, String value) {
    String text = actual.getAsString();
    switch (match) {
      case PREFIX:
        return text.startsWith(value);
      case CONTAINS:
        return text.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT));
      default:
        Integer order = compare(actual, value);
        return order != null && satisfies(order);
    }
  }

  private boolean isRange() {
    return match == Match.GT || match == Match.GTE || match == Match.LT || match == Match.LTE;
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
    return actual.getAsString().compareTo(wanted);
  }
}
