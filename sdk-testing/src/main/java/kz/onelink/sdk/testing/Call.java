package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request, routed to its operation and past the auth chain: what every handler reads. */
final class Call {
  final Operation operation;
  final String path;
  final Map<String, String> pathParameters;

  /** Query values by name, as sent. */
  final Map<String, List<String>> query;

  /** The JSON body, {@code {}} when there is none (Rails parses only JSON sent as JSON). */
  final JsonObject body;

  final Tenancy.Account account;
  final long userId;
  final Instant now;

  /** The server line's rules. */
  final Rules rules;

  /** The spec served, for what a rule needs from other operations (a collection's order). */
  final Spec spec;

  /** The fault injected into this request, or null: the idempotency race acts in the engine. */
  final @Nullable Fault fault;

  Call(
      Operation operation,
      String path,
      Map<String, String> pathParameters,
      Map<String, List<String>> query,
      JsonObject body,
      Tenancy.Account account,
      long userId,
      Instant now,
      Rules rules,
      Spec spec,
      @Nullable Fault fault) {
    this.operation = operation;
    this.path = path;
    this.pathParameters = Collections.unmodifiableMap(pathParameters);
    this.query = Collections.unmodifiableMap(query);
    this.body = body;
    this.account = account;
    this.userId = userId;
    this.now = now;
    this.rules = rules;
    this.spec = spec;
    this.fault = fault;
  }

  Records records() {
    return account.records;
  }

  Table table() {
    return account.records.table(operation.collection);
  }

  /** The record the path names: {@code find(params[:id])}, 404 when absent. */
  JsonObject item() {
    String parameter = operation.itemParameter();
    String raw = parameter == null ? null : pathParameters.get(parameter);
    JsonObject item = raw == null ? null : table().find(Tenancy.ids(raw));
    if (item == null) {
      throw ApiError.notFound();
    }
    return item;
  }

  String timestamp() {
    return Times.format(now);
  }

  /**
   * The last value sent for the query parameter {@code name}, trimmed; null when absent or blank.
   */
  @Nullable String queryValue(String name) {
    List<String> values = query.get(name);
    if (values == null || values.isEmpty()) {
      return null;
    }
    String value = values.get(values.size() - 1).trim();
    return value.isEmpty() ? null : value;
  }
}
