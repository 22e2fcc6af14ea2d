package kz.onelink.sdk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A query parameter of an operation. An array parameter ({@code style: form}) arrives as CSV when
 * {@code explode: false} ({@code status=scheduled,confirmed}), or repeated otherwise; either way
 * values are split, trimmed and blanks dropped, as the server's {@code parse_csv_ids} does.
 */
final class QueryParameter {
  final String name;
  final SchemaView schema;
  final boolean csv;

  /** What {@code x-onelink-filter} declares: one filter, or several for a view's collections. */
  final List<ListFilter> filters;

  /**
   * Why a list cannot apply this parameter by itself (no usable {@code x-onelink-filter}), or null.
   */
  final @Nullable String problem;

  QueryParameter(
      String name,
      SchemaView schema,
      boolean csv,
      List<ListFilter> filters,
      @Nullable String problem) {
    this.name = name;
    this.schema = schema;
    this.csv = csv;
    this.filters = Collections.unmodifiableList(filters);
    this.problem = problem;
  }

  /** The filters of this parameter that apply to a view's {@code collection}. */
  List<ListFilter> filtersOf(String collection) {
    List<ListFilter> found = new ArrayList<>();
    for (ListFilter filter : filters) {
      if (filter.collections.contains(collection)) {
        found.add(filter);
      }
    }
    return found;
  }

  /** Whether the server parses this parameter as a time (a malformed one is a 422). */
  boolean isTime() {
    return "date-time".equals(schema.format) || "date".equals(schema.format);
  }

  boolean isArray() {
    return schema.is("array");
  }

  /** The values sent, blank ones dropped: the server ignores a blank filter. */
  List<String> values(List<String> raw) {
    List<String> values = new ArrayList<>();
    for (String value : raw) {
      for (String part : csv ? value.split(",", -1) : new String[] {value}) {
        if (!part.trim().isEmpty()) {
          values.add(part.trim());
        }
      }
    }
    return Collections.unmodifiableList(values);
  }
}
