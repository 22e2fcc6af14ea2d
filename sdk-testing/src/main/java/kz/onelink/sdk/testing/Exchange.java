package kz.onelink.sdk.testing;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** One request the sandbox received and what it answered, for assertions and spec validation. */
public final class Exchange {
  private final String method;
  private final String path;
  private final @Nullable String query;
  private final Map<String, List<String>> requestHeaders;
  private final String requestBody;
  private final int status;
  private final Map<String, String> responseHeaders;
  private final String responseBody;
  private final @Nullable Fault fault;

  Exchange(
      String method,
      String path,
      @Nullable String query,
      Map<String, List<String>> requestHeaders,
      String requestBody,
      int status,
      Map<String, String> responseHeaders,
      String responseBody,
      @Nullable Fault fault) {
    this.method = method;
    this.path = path;
    this.query = query;
    this.requestHeaders = Collections.unmodifiableMap(requestHeaders);
    this.requestBody = requestBody;
    this.status = status;
    this.responseHeaders = Collections.unmodifiableMap(responseHeaders);
    this.responseBody = responseBody;
    this.fault = fault;
  }

  public String method() {
    return method;
  }

  /** The URL path, without the query. */
  public String path() {
    return path;
  }

  /** The encoded query string, or null. */
  public @Nullable String query() {
    return query;
  }

  /** Request headers by lower-case name. */
  public Map<String, List<String>> requestHeaders() {
    return requestHeaders;
  }

  public String requestBody() {
    return requestBody;
  }

  /** The status sent, or 0 when a fault dropped the connection before any response. */
  public int status() {
    return status;
  }

  public Map<String, String> responseHeaders() {
    return responseHeaders;
  }

  public String responseBody() {
    return responseBody;
  }

  /** The fault injected into this exchange, or null. */
  public @Nullable Fault fault() {
    return fault;
  }

  @Override
  public String toString() {
    return method
        + " "
        + path
        + (query == null ? "" : "?" + query)
        + " -> "
        + status
        + (fault == null ? "" : " (" + fault + ")");
  }
}
