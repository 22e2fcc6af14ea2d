package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * The spec-driven server: routes every operation of the spec to a {@link Handler} chosen by its
 * {@link OperationKind}, and answers a request as Rails would: routing (404), the auth chain
 * (contract §2.8), body parsing (400), then the operation. Operations it cannot serve are listed by
 * {@link #unsupported()} and answer 501.
 */
final class Engine {
  private final Spec spec;
  private final Rules rules;
  private final Tenancy tenancy;
  private final Clock clock;
  private final IdentityHashMap<Operation, Handler> handlers = new IdentityHashMap<>();
  private final List<String> unsupported = new ArrayList<>();

  Engine(Spec spec, Rules rules, Tenancy tenancy, Clock clock) {
    this.spec = spec;
    this.rules = rules;
    this.tenancy = tenancy;
    this.clock = clock;
    RequestValidation validation = new RequestValidation(spec.validator);
    Writes writes = new Writes(rules, validation);
    for (Operation operation : spec.operations) {
      handlers.put(operation, handler(operation, rules, writes, validation));
    }
  }

  /** What the spec asks for that the sandbox cannot do by itself: empty for a fully served spec. */
  List<String> unsupported() {
    return Collections.unmodifiableList(unsupported);
  }

  /** The operations of the spec this server line has no route for (they answer 404). */
  List<String> unrouted() {
    List<String> unrouted = new ArrayList<>();
    for (Operation operation : spec.operations) {
      if (!rules.routes(operation)) {
        unrouted.add(operation.toString());
      }
    }
    return unrouted;
  }

  /** Whether the spec declares {@code status} for the operation {@code request} addresses. */
  boolean declares(RecordedRequest request, int status) {
    HttpUrl url = request.getRequestUrl();
    Spec.Route route =
        spec.route(
            request.getMethod() == null ? "" : request.getMethod(),
            url == null ? "" : url.encodedPath());
    return route != null
        && rules.routes(route.operation)
        && route.operation.statuses.contains(status);
  }

  private Handler handler(
      Operation operation, Rules rules, Writes writes, RequestValidation validation) {
    if (!operation.path.hasAccount()) {
      return unsupported(operation, "the path has no {account_id}");
    }
    switch (operation.kind) {
      case LIST:
        for (QueryParameter parameter : operation.query) {
          if (parameter.problem != null) {
            unsupported.add(operation + ": " + parameter.problem);
          }
        }
        return new ListHandler(validation);
      case CREATE:
        return new CreateHandler(writes);
      case GET:
        return ItemHandlers.get();
      case UPDATE:
        return ItemHandlers.update(rules, writes);
      case DELETE:
        return ItemHandlers.delete(rules);
      case VIEW:
        ViewRule view = rules.view(operation.collection);
        return view == null
            ? unsupported(operation, "no ViewRule is registered for " + operation.collection)
            : call -> Reply.one(call, operation.successStatus, view.render(call));
      case ACTION:
        ActionRule action = rules.action(operation.collection, operation.member);
        return action == null
            ? unsupported(operation, "no ActionRule is registered for " + operation.member)
            : ItemHandlers.action(rules, writes, action);
      case CHILDREN:
        return ChildrenHandlers.list();
      case REPLACE_CHILDREN:
        return ChildrenHandlers.replace(writes, validation);
      default:
        return unsupported(operation, "no rule serves a " + operation.kind + " operation");
    }
  }

  private Handler unsupported(Operation operation, String why) {
    String what = operation + ": " + why;
    unsupported.add(what);
    return call -> {
      throw ApiError.unsupported(what);
    };
  }

  /**
   * Answers one request: the route (404), the auth chain, the body (400), the caller's rights, then
   * the operation, as one transaction: a refusal leaves the account's data as it was.
   */
  Reply handle(RecordedRequest request, @Nullable Fault fault) {
    HttpUrl url = request.getRequestUrl();
    String method = request.getMethod() == null ? "" : request.getMethod();
    String path = url == null ? "" : url.encodedPath();
    Spec.Route route = spec.route(method, path);
    if (route == null || !rules.routes(route.operation)) {
      throw ApiError.rails(404, "Not Found");
    }
    Tenancy.Caller caller = tenancy.caller(token(request));
    JsonObject body = body(request);
    String accountId = route.parameters.get(PathTemplate.ACCOUNT);
    Tenancy.Account account = tenancy.open(accountId == null ? "" : accountId, caller);
    synchronized (account) {
      Call call =
          new Call(
              route.operation,
              path,
              route.parameters,
              query(url),
              body,
              account,
              caller.userId,
              clock.instant(),
              rules,
              spec,
              fault);
      Handler handler = handlers.get(route.operation);
      if (handler == null) {
        throw new IllegalStateException("no handler for " + route.operation);
      }
      for (AccessRule access : rules.access(route.operation.collection)) {
        access.check(call);
      }
      Records.Checkpoint checkpoint = account.records.checkpoint();
      try {
        return handler.handle(call);
      } catch (RuntimeException refused) {
        checkpoint.restore(); // like the server's transaction: nothing of a refused write stays
        throw refused;
      }
    }
  }

  /** {@code api_access_token}, or {@code api-access-token}, which Rack maps to the same name. */
  private static @Nullable String token(RecordedRequest request) {
    String token = request.getHeader("api_access_token");
    return token == null || token.trim().isEmpty() ? request.getHeader("api-access-token") : token;
  }

  /** Rails parses a body only when it is sent as JSON; one that does not parse is a 400. */
  private static JsonObject body(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    String text = request.getBody().clone().readString(StandardCharsets.UTF_8);
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).contains("json")
        || text.trim().isEmpty()) {
      return new JsonObject();
    }
    try {
      JsonElement parsed = JsonParser.parseString(text);
      return parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
    } catch (JsonParseException e) {
      throw ApiError.rails(400, "Bad Request");
    }
  }

  private static Map<String, List<String>> query(@Nullable HttpUrl url) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    if (url == null) {
      return query;
    }
    for (String name : url.queryParameterNames()) {
      List<String> values = new ArrayList<>();
      for (String value : url.queryParameterValues(name)) {
        values.add(value == null ? "" : value);
      }
      query.put(name, values);
    }
    return query;
  }
}
