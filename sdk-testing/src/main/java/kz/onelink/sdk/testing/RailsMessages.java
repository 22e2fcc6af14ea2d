package kz.onelink.sdk.testing;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Error texts in Rails' words, for what the spec's schemas refuse. */
final class RailsMessages {
  private RailsMessages() {}

  /**
   * The ActiveModel message for a failed JSON-schema keyword. A range narrower than its column
   * ({@code duration_min} 5..720, {@code weekday} 0..6) is the model's {@code inclusion: {in:
   * 5..720}}: "Duration min is not included in the list"; a lone bound is {@code numericality}:
   * "Service amount must be greater than or equal to 0".
   */
  static String full(
      String attribute, String keyword, @Nullable SchemaView schema, boolean nullSent) {
    return humanize(attribute) + " " + message(keyword, schema, nullSent);
  }

  private static String message(String keyword, @Nullable SchemaView schema, boolean nullSent) {
    if ("required".equals(keyword) || nullSent) {
      return "can't be blank";
    }
    switch (keyword) {
      case "enum":
        return "is not included in the list";
      case "minimum":
        if (isInclusion(schema)) {
          return "is not included in the list";
        }
        return "must be greater than or equal to " + plain(schema == null ? null : schema.minimum);
      case "maximum":
        if (isInclusion(schema)) {
          return "is not included in the list";
        }
        return "must be less than or equal to " + plain(schema == null ? null : schema.maximum);
      case "type":
        return typeMessage(schema);
      case "format.date-time":
        return "must be a valid datetime";
      case "format.date":
        return "must be a valid date";
      default:
        return "is invalid";
    }
  }

  private static boolean isInclusion(@Nullable SchemaView schema) {
    return schema != null
        && schema.minimum != null
        && schema.maximum != null
        && schema.maximum.compareTo(RequestValidation.INT4_MAX) < 0;
  }

  private static String typeMessage(@Nullable SchemaView schema) {
    if (schema != null && schema.is("integer")) {
      return "must be an integer";
    }
    return schema != null && schema.is("number") ? "is not a number" : "is invalid";
  }

  private static String plain(@Nullable BigDecimal bound) {
    return bound == null ? "?" : bound.stripTrailingZeros().toPlainString();
  }

  /** {@code "duration_min".humanize}: "Duration min"; a trailing {@code _id} goes. */
  static String humanize(String attribute) {
    String words =
        attribute.endsWith("_id") ? attribute.substring(0, attribute.length() - 3) : attribute;
    words = words.replace('_', ' ').replace('.', ' ').trim();
    return words.isEmpty()
        ? attribute
        : words.substring(0, 1).toUpperCase(Locale.ROOT) + words.substring(1);
  }

  /** {@code Array#to_sentence}: "a", "a and b", "a, b, and c". */
  static String sentence(List<String> parts) {
    if (parts.size() <= 2) {
      return String.join(" and ", parts);
    }
    return String.join(", ", parts.subList(0, parts.size() - 1))
        + ", and "
        + parts.get(parts.size() - 1);
  }
}
