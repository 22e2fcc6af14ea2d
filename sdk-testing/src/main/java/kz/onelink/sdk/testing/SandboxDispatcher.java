package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import okhttp3.Headers;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.jspecify.annotations.Nullable;

/**
 * The MockWebServer side of the sandbox: injects the planned {@link Fault}s around the {@link
 * Engine}, turns its answers and {@link ApiError}s into responses, and records every exchange.
 */
final class SandboxDispatcher extends Dispatcher {
  private static final String JSON = "application/json; charset=utf-8";

  private final Engine engine;
  private final FaultPlan faults;
  private final Clock clock;
  private final List<Exchange> exchanges = new CopyOnWriteArrayList<>();

  SandboxDispatcher(Engine engine, FaultPlan faults, Clock clock) {
    this.engine = engine;
    this.faults = faults;
    this.clock = clock;
  }

  List<Exchange> exchanges() {
    return exchanges;
  }

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    Fault fault = faults.next();
    if (fault == Fault.MEDELEMENT_UNAVAILABLE && !engine.declares(request, 503)) {
      fault = null; // no such 503 exists for this operation
    }
    if (fault != null && !fault.processes()) {
      return record(request, failBefore(fault), fault);
    }
    MockResponse response = handle(request, fault);
    if (fault != null) {
      response = failAfter(fault, response);
    }
    return record(request, response, fault);
  }

  private MockResponse handle(RecordedRequest request, @Nullable Fault fault) {
    try {
      Reply reply = engine.handle(request, fault);
      JsonElement body = reply.body;
      return body == null ? noContent(reply.status) : json(reply.status, body);
    } catch (ApiError error) {
      return json(error.status, error.body);
    } catch (RuntimeException bug) {
      // What Rails shows for an unhandled exception; the header tells a test author what broke.
      return json(500, ApiError.rails(500, "Internal Server Error").body)
          .setHeader("X-Sandbox-Exception", String.valueOf(bug).replaceAll("[\\r\\n]", " "));
    }
  }

  private static MockResponse json(int status, JsonElement body) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", JSON)
        .setHeader("X-Request-Id", UUID.randomUUID().toString())
        .setBody(body.toString());
  }

  private static MockResponse noContent(int status) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("X-Request-Id", UUID.randomUUID().toString());
  }

  private MockResponse failBefore(Fault fault) {
    switch (fault) {
      case MEDELEMENT_UNAVAILABLE:
        JsonObject details = new JsonObject();
        details.addProperty("provider_reason", "provider_unavailable");
        details.addProperty(
            "provider_checked_at",
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
                .format(clock.instant().atOffset(ZoneOffset.UTC)));
        JsonObject body = new JsonObject();
        body.addProperty("error", "Medelement availability could not be verified");
        body.addProperty("code", "MEDELEMENT_AVAILABILITY_UNVERIFIED");
        body.add("details", details);
        return json(503, body);
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
      case IDEMPOTENCY_RACE_DUPLICATE_KEY:
      case IDEMPOTENCY_RACE_SLOT_CONFLICT:
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case SERVER_ERROR_AFTER_PROCESSING:
        return json(500, ApiError.rails(500, "Internal Server Error").body);
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
    String[] parts = statusLine.split(" ", -1);
    return parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
  }
}
