package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /<collection>}: every record that matches every filter sent (each from its {@code
 * x-onelink-filter}), in the operation's {@code x-onelink-order}, unpaginated. A parameter sent
 * that the sandbox cannot apply answers 501 instead of being silently ignored.
 */
final class ListHandler implements Handler {
  private final RequestValidation validation;

  ListHandler(RequestValidation validation) {
    this.validation = validation;
  }

  @Override
  public Reply handle(Call call) {
    Map<String, List<String>> sent = new LinkedHashMap<>();
    for (QueryParameter parameter : call.operation.query) {
      List<String> raw = call.query.get(parameter.name);
      List<String> values = raw == null ? Collections.<String>emptyList() : parameter.values(raw);
      if (values.isEmpty()) {
        continue;
      }
      if (parameter.filter == null) {
        throw ApiError.unsupported(call.operation.id + ": " + parameter.problem);
      }
      sent.put(parameter.name, Coercion.readQuery(values, parameter.schema));
    }
    validation.check(call.operation, call.path, sent, null);
    List<JsonObject> matches = new ArrayList<>();
    for (JsonObject record : call.table().all()) {
      if (matchesAll(call.operation, sent, record)) {
        matches.add(record);
      }
    }
    Collections.sort(matches, call.operation.order);
    return Reply.list(call, matches);
  }

  private static boolean matchesAll(
      Operation operation, Map<String, List<String>> sent, JsonObject record) {
    for (QueryParameter parameter : operation.query) {
      List<String> values = sent.get(parameter.name);
      if (values == null) {
        continue;
      }
      ListFilter filter = parameter.filter;
      if (filter != null && !filter.matches(record, values)) {
        return false;
      }
    }
    return true;
  }
}
