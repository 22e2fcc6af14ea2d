package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.jspecify.annotations.Nullable;

/**
 * Answers HTTP like the server does: Rails routing, then the filter chain of contract §2.8 (token,
 * account, membership, feature flag, record, read-only guard), then the action.
 */
final class SandboxDispatcher extends Dispatcher {
  private static final Pattern ROUTE =
      Pattern.compile(
          "^/api/v1/accounts/([^/]+)/scheduling/appointments(?:/([^/]+)(/cancel)?)?/?$");
  private static final String JSON = "application/json; charset=utf-8";

  private final Map<Long, Store> stores;
  private final Map<String, Long> tokens;
  private final FaultPlan faults;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  /** The accounts the token's user belongs to, each with the scheduling feature on or off. */
  private final Map<Long, Boolean> memberAccounts;

  SandboxDispatcher(
      Map<Long, Store> stores,
      Map<Long, Boolean> memberAccounts,
      Map<String, Long> tokens,
      FaultPlan faults) {
    this.stores = stores;
    this.memberAccounts = memberAccounts;
    this.tokens = tokens;
    this.faults = faults;
  }

  List<Exchange> exchanges() {
    return exchanges;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Fault fault = faults.next();
    if (fault != null && !fault.processes()) {
      return record(request, failBefore(fault), fault);
    }
    MockResponse response = handle(request);
    if (fault != null) {
      response = failAfter(fault, response);
    }
    return record(request, response, fault);
  }

  private MockResponse handle(RecordedRequest request) {
    try {
      return route(request);
    } catch (ApiError error) {
      return json(error.status, error.body);
    }
  }

  private MockResponse route(RecordedRequest request) {
    HttpUrl url = request.getRequestUrl();
    String method = request.getMethod() == null ? "" : request.getMethod();
    Matcher route = ROUTE.matcher(url == null ? "" : url.encodedPath());
    if (!route.matches()) {
      throw ApiError.rails(404, "Not Found");
    }
    String appointmentId = route.group(2);
    boolean cancel = route.group(3) != null;
    String action;
    if (appointmentId == null) {
      action = "GET".equals(method) ? "index" : "POST".equals(method) ? "create" : null;
    } else if (cancel) {
      action = "POST".equals(method) ? "cancel" : null;
    } else {
      action =
          "GET".equals(method)
              ? "show"
              : "PATCH".equals(method) || "PUT".equals(method) ? "update" : null;
    }
    if (action == null) {
      throw ApiError.rails(404, "Not Found"); // no such route (DELETE came after the baseline)
    }
    authenticate(request);
    JsonObject body = parseBody(request);
    Store store = account(route.group(1));
    switch (action) {
      case "index":
        return json(200, store.list(query(url)));
      case "create":
        Map.Entry<Boolean, JsonObject> created = store.create(body);
        return json(created.getKey() ? 201 : 200, payload(created.getValue()));
      case "show":
        return json(200, payload(store.get(recordId(appointmentId))));
      case "update":
        return json(200, payload(store.update(recordId(appointmentId), body)));
      default:
        return json(200, payload(store.cancel(recordId(appointmentId))));
    }
  }

  private void authenticate(RecordedRequest request) {
    String token = request.getHeader("api_access_token");
    if (token == null || token.trim().isEmpty()) {
      token = request.getHeader("api-access-token");
    }
    if (token == null || token.trim().isEmpty()) {
      throw ApiError.signInRequired();
    }
    Long user = tokens.get(token);
    if (user == null) {
      throw ApiError.generic(401, "Invalid Access Token");
    }
    if (user < 0) {
      throw ApiError.generic(401, "Access to this endpoint is not authorized for bots");
    }
  }

  private Store account(String rawId) {
    long id = recordId(rawId);
    Store store = stores.get(id);
    if (store == null) {
      throw ApiError.notFound();
    }
    Boolean schedulingEnabled = memberAccounts.get(id);
    if (schedulingEnabled == null) {
      throw ApiError.generic(401, "You are not authorized to access this account");
    }
    if (!schedulingEnabled) {
      throw ApiError.scheduling(
          403, "FEATURE_DISABLED", "Scheduling is not enabled for this account");
    }
    return store;
  }

  /** {@code find(params[:id])}: anything that is not a known id is RecordNotFound. */
  private static long recordId(String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiError.notFound();
    }
  }

  private static JsonObject parseBody(RecordedRequest request) {
    String contentType = request.getHeader("Content-Type");
    String text = request.getBody().clone().readString(StandardCharsets.UTF_8);
    if (contentType == null
        || !contentType.toLowerCase(Locale.ROOT).contains("json")
        || text.trim().isEmpty()) {
      return new JsonObject(); // Rails only parses JSON bodies sent as JSON
    }
    try {
      JsonElement parsed = JsonParser.parseString(text);
      return parsed.isJsonObject() ? parsed.getAsJsonObject() : new JsonObject();
    } catch (JsonParseException e) {
      throw ApiError.rails(400, "Bad Request");
    }
  }

  private static Map<String, String> query(@Nullable HttpUrl url) {
    Map<String, String> query = new LinkedHashMap<>();
    if (url != null) {
      for (String name : url.queryParameterNames()) {
        String value = url.queryParameter(name);
        if (value != null) {
          query.put(name, value);
        }
      }
    }
    return query;
  }

  private static JsonObject payload(JsonObject appointment) {
    JsonObject envelope = new JsonObject();
    envelope.add("payload", appointment);
    return envelope;
  }

  private static MockResponse json(int status, JsonObject body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", JSON)
        .setHeader("X-Request-Id", UUID.randomUUID().toString())
        .setBody(body.toString());
  }

  private static MockResponse failBefore(Fault fault) {
    switch (fault) {
      case DROP_BEFORE_PROCESSING:
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case SERVER_ERROR_BEFORE_PROCESSING:
        return new MockResponse()
            .setResponseCode(503)
            .setHeader("Content-Type", "text/html")
            .setBody("<html><body><h1>503 Service Temporarily Unavailable</h1></body></html>");
      case RATE_LIMITED:
        return new MockResponse()
            .setResponseCode(429)
            .setHeader("Content-Type", "text/plain")
            .setBody("Retry later\n");
      default:
        return new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE);
    }
  }

  private static MockResponse failAfter(Fault fault, MockResponse done) {
    switch (fault) {
      case DROP_AFTER_PROCESSING:
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case SERVER_ERROR_AFTER_PROCESSING:
        JsonObject error = new JsonObject();
        error.addProperty("status", 500);
        error.addProperty("error", "Internal Server Error");
        return json(500, error);
      default:
        return done.setSocketPolicy(SocketPolicy.DISCONNECT_DURING_RESPONSE_BODY);
    }
  }

  private MockResponse record(
      RecordedRequest request, MockResponse response, @Nullable Fault fault) {
    HttpUrl url = request.getRequestUrl();
    Map<String, List<String>> requestHeaders = new LinkedHashMap<>();
    Headers headers = request.getHeaders();
    for (String name : headers.names()) {
      requestHeaders.put(name.toLowerCase(Locale.ROOT), new ArrayList<>(headers.values(name)));
    }
    Map<String, String> responseHeaders = new LinkedHashMap<>();
    for (String name : response.getHeaders().names()) {
      responseHeaders.put(name.toLowerCase(Locale.ROOT), response.getHeaders().get(name));
    }
    boolean sent =
        response.getSocketPolicy() != SocketPolicy.DISCONNECT_AFTER_REQUEST
            && response.getSocketPolicy() != SocketPolicy.NO_RESPONSE;
    String responseBody = response.getBody() == null ? "" : response.getBody().clone().readUtf8();
    exchanges.add(
        new Exchange(
            request.getMethod() == null ? "" : request.getMethod(),
            url == null ? "" : url.encodedPath(),
            url == null ? null : url.encodedQuery(),
            requestHeaders,
            request.getBody().clone().readUtf8(),
            sent ? parseStatus(response.getStatus()) : 0,
            responseHeaders,
            sent ? responseBody : "",
            fault));
    return response;
  }

  private static int parseStatus(String statusLine) {
    String[] parts = statusLine.split(" ");
    return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
  }
}
