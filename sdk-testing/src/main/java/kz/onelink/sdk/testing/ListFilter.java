package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A list filter as {@code x-onelink-filter: {property: starts_at, match: gte}} declares it on a
 * query parameter: which item property the parameter's values are matched against, and how. Like
 * the server's {@code where}, a value that cannot be compared matches nothing (an unknown status, a
 * non-numeric id), and a record whose property is null never matches.
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
    LTE
  }

  final String parameter;
  final String property;
  final Match match;

  private ListFilter(String parameter, String property, Match match) {
    this.parameter = parameter;
    this.property = property;
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
          parameter, property.toString(), Match.valueOf(match.toString().toUpperCase(Locale.ROOT)));
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

  boolean matches(JsonObject record, List<String> values) {
    JsonElement actual = Json.get(record, property);
    if (actual == null || !actual.isJsonPrimitive()) {
      return false;
    }
    if (match == Match.EQ || match == Match.IN) {
      for (String value : values) {
        Integer order = compare(actual, value);
        if (order != null && order == 0) {
          return true;
        }
      }
      return false;
    }
    Integer order = compare(actual, values.get(0));
    return order != null && satisfies(order);
  }

  private boolean satisfies(int order) {
    switch (match) {
      case GT:
        return order > 0;
      case GTE:
        return order >= 0;
      case LT:
        return order < 0;
      default:
        return order <= 0;
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
