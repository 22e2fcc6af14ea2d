package kz.onelink.sdk;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;

/**
 * A successful response: its value, as the plain method returns it, with the HTTP status, headers
 * and request id beside it. Returned by each operation's {@code ...WithResponse} method.
 *
 * <pre>{@code
 * OneLinkResponse<Appointment> booked =
 *     client.appointments().createWithResponse(17, request, RequestOptions.none());
 * if (booked.statusCode() == 200) {
 *   // the server replayed an earlier create with the same idempotency_key
 * }
 * }</pre>
 *
 * <p>Immutable. Header values never contain the API token.
 */
public final class OneLinkResponse<T> {
  private final int statusCode;
  private final Headers headers;
  private final T value;

  /** Internal: built by the SDK. */
  public OneLinkResponse(int statusCode, Headers headers, T value) {
    this.statusCode = statusCode;
    this.headers = headers;
    this.value = value;
  }

  /** The HTTP status of the response that ended the call, e.g. 201. */
  public int statusCode() {
    return statusCode;
  }

  /** The value the operation returns; null for an operation that answers without a body. */
  public T value() {
    return value;
  }

  /** The last value of header {@code name} (case-insensitive), or null. */
  public @Nullable String header(String name) {
    return headers.get(name);
  }

  /** Every header, names in lower case, values in the order received. Unmodifiable. */
  public Map<String, List<String>> headers() {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i).toLowerCase(Locale.ROOT);
      List<String> values = result.get(name);
      if (values == null) {
        values = new ArrayList<>(1);
        result.put(name, values);
      }
      values.add(headers.value(i));
    }
    return Collections.unmodifiableMap(result);
  }

  /**
   * The {@code X-Request-Id} the server assigned, to quote in a support request; null if absent.
   */
  public @Nullable String requestId() {
    return headers.get("X-Request-Id");
  }

  @Override
  public String toString() {
    return "OneLinkResponse{status="
        + statusCode
        + ", requestId="
        + requestId()
        + ", value="
        + value
        + "}";
  }
}
