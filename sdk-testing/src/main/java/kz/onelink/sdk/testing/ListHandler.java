package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code GET /<collection>}: every record that matches every filter sent (each from its {@code
 * x-onelink-filter}), in the operation's {@code x-onelink-order}, then at most the {@code limit}
 * asked. A parameter sent that the sandbox cannot apply answers 501 instead of being silently
 * ignored; a parameter the server line does not read is ignored, as that server does.
 */
final class ListHandler implements Handler {
  private final RequestValidation validation;

  ListHandler(RequestValidation validation) {
    this.validation = validation;
  }

  @Override
  public Reply handle(Call call) {
    Map<String, List<String>> sent = sent(call, call.operation.collection);
    validation.check(call.operation, call.path, sent, null);
    List<JsonObject> matches = new ArrayList<>();
    for (JsonObject record : call.table().all()) {
      if (matchesAll(call, sent, record, null)) {
        matches.add(record);
      }
    }
    Collections.sort(matches, call.operation.order);
    return Reply.list(call, limited(call, sent, matches));
  }

  /**
   * The values sent for each declared query parameter the line reads, read as Rails reads them; a
   * sent parameter without a usable filter is a 501.
   */
  static Map<String, List<String>> sent(Call call, String collection) {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    for (QueryParameter parameter : call.operation.query) {
      List<String> raw = call.query.get(parameter.name);
      List<String> values = raw == null ? Collections.<String>emptyList() : parameter.values(raw);
      if (values.isEmpty() || call.rules.ignores(collection, parameter.name)) {
        continue;
      }
      if (parameter.problem != null) {
        throw ApiError.unsupported(call.operation.id + ": " + parameter.problem);
      }
      sent.put(parameter.name, Coercion.readQuery(values, parameter.schema));
    }
    return sent;
  }

  /**
   * Whether {@code record} passes every filter: a list's own ({@code collection} null) or those a
   * view declares for {@code collection}.
   */
  static boolean matchesAll(
      Call call, Map<String, List<String>> sent, JsonObject record, @Nullable String collection) {
    for (QueryParameter parameter : call.operation.query) {
      if (call.rules.ignores(call.operation.collection, parameter.name)) {
        continue;
      }
      List<String> values = sent.get(parameter.name);
      List<ListFilter> filters =
          collection == null ? parameter.filters : parameter.filtersOf(collection);
      for (ListFilter filter : filters) {
        boolean applies = values != null || filter.appliesWhenAbsent();
        if (applies
            && !filter.matches(record, values == null ? Collections.<String>emptyList() : values)) {
          return false;
        }
      }
    }
    return true;
  }

  /** The first {@code limit} records, when the operation declares a limit. */
  private static List<JsonObject> limited(
      Call call, Map<String, List<String>> sent, List<JsonObject> records) {
    for (QueryParameter parameter : call.operation.query) {
      for (ListFilter filter : parameter.filters) {
        if (filter.match == ListFilter.Match.LIMIT) {
          List<String> values = sent.get(parameter.name);
          int limit =
              filter.limit(
                  values == null ? Collections.<String>emptyList() : values, parameter.schema);
          return records.size() > limit ? records.subList(0, limit) : records;
        }
      }
    }
    return records;
  }
}
