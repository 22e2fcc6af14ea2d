package kz.onelink.sdk.errors;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The server answered with an error status. Catch a subclass for one status ({@link
 * NotFoundException}, {@link ConflictException}, ...) or this class for all of them, and branch on
 * {@link #errorCode()} (e.g. {@code SLOT_CONFLICT}), never on the message, which the server may
 * localize.
 *
 * <p>The message reads like a support ticket needs it: {@code HTTP 409 Conflict: Slot is already
 * booked; code: SLOT_CONFLICT; request: POST /api/v1/accounts/17/scheduling/appointments;
 * request-id: 5f2e...}.
 */
public class OneLinkServiceException extends OneLinkException {
  private static final long serialVersionUID = 1L;

  private final int statusCode;
  private final @Nullable String errorCode;
  private final String serverMessage;
  private final Map<String, Object> details;
  private final @Nullable String requestId;
  private final transient Map<String, List<String>> headers;
  private final String body;
  private final String requestMethod;
  private final String requestPath;

  OneLinkServiceException(Builder builder) {
    super(message(builder));
    this.statusCode = builder.statusCode;
    this.errorCode = builder.errorCode;
    this.serverMessage = builder.serverMessage;
    this.details = builder.details;
    this.requestId = builder.requestId;
    this.headers = builder.headers;
    this.body = builder.body;
    this.requestMethod = builder.requestMethod;
    this.requestPath = builder.requestPath;
  }

  /**
   * Returns a builder for an error with {@code statusCode}; mostly useful to fake errors in tests.
   */
  public static Builder builder(int statusCode) {
    return new Builder(statusCode);
  }

  /** The HTTP status, e.g. 404. */
  public int statusCode() {
    return statusCode;
  }

  /**
   * The server's machine-readable {@code code}, e.g. {@code SLOT_CONFLICT}, or null: generic errors
   * (unknown ids, bad tokens, rate limiting) carry none.
   */
  public @Nullable String errorCode() {
    return errorCode;
  }

  /** The server's human-readable message; empty if it sent none. May be localized. */
  public String serverMessage() {
    return serverMessage;
  }

  /**
   * The server's {@code details}, e.g. {@code {"duration_min": ["must be less than or equal to
   * 720"]}} for a validation error; empty when absent. Unmodifiable.
   */
  public Map<String, Object> details() {
    return details;
  }

  /**
   * The {@code X-Request-Id} the server assigned, to quote in a support request; null if absent.
   */
  public @Nullable String requestId() {
    return requestId;
  }

  /** The response headers, names in lower case. Unmodifiable. */
  public Map<String, List<String>> headers() {
    return headers == null ? Collections.<String, List<String>>emptyMap() : headers;
  }

  /** The response body as text, cut to 64 KiB. */
  public String body() {
    return body;
  }

  /** The HTTP method of the failed request. */
  public String requestMethod() {
    return requestMethod;
  }

  /** The URL path of the failed request, without the query. */
  public String requestPath() {
    return requestPath;
  }

  private static String message(Builder builder) {
    StringBuilder message = new StringBuilder("HTTP ").append(builder.statusCode);
    String reason = reasonPhrase(builder.statusCode);
    if (!reason.isEmpty()) {
      message.append(' ').append(reason);
    }
    if (!builder.serverMessage.isEmpty()) {
      message.append(": ").append(builder.serverMessage);
    }
    if (builder.errorCode != null) {
      message.append("; code: ").append(builder.errorCode);
    }
    if (!builder.requestMethod.isEmpty()) {
      message
          .append("; request: ")
          .append(builder.requestMethod)
          .append(' ')
          .append(builder.requestPath);
    }
    if (builder.requestId != null) {
      message.append("; request-id: ").append(builder.requestId);
    }
    return message.toString();
  }

  private static String reasonPhrase(int status) {
    switch (status) {
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 408:
        return "Request Timeout";
      case 409:
        return "Conflict";
      case 422:
        return "Unprocessable Entity";
      case 429:
        return "Too Many Requests";
      case 500:
        return "Internal Server Error";
      case 502:
        return "Bad Gateway";
      case 503:
        return "Service Unavailable";
      case 504:
        return "Gateway Timeout";
      default:
        return "";
    }
  }

  /** Builds the exception of the right subclass for its status. */
  public static final class Builder {
    final int statusCode;
    @Nullable String errorCode;
    String serverMessage = "";
    Map<String, Object> details = Collections.emptyMap();
    @Nullable String requestId;
    Map<String, List<String>> headers = Collections.emptyMap();
    String body = "";
    String requestMethod = "";
    String requestPath = "";
    @Nullable Duration retryAfter;

    private Builder(int statusCode) {
      this.statusCode = statusCode;
    }

    public Builder errorCode(@Nullable String errorCode) {
      this.errorCode = errorCode;
      return this;
    }

    public Builder serverMessage(@Nullable String serverMessage) {
      this.serverMessage = serverMessage == null ? "" : serverMessage;
      return this;
    }

    public Builder details(@Nullable Map<String, Object> details) {
      this.details =
          details == null || details.isEmpty()
              ? Collections.<String, Object>emptyMap()
              : Collections.unmodifiableMap(new LinkedHashMap<>(details));
      return this;
    }

    public Builder requestId(@Nullable String requestId) {
      this.requestId = requestId;
      return this;
    }

    public Builder headers(@Nullable Map<String, List<String>> headers) {
      this.headers =
          headers == null
              ? Collections.<String, List<String>>emptyMap()
              : Collections.unmodifiableMap(new LinkedHashMap<>(headers));
      return this;
    }

    public Builder body(@Nullable String body) {
      this.body = body == null ? "" : body;
      return this;
    }

    public Builder request(String method, String path) {
      this.requestMethod = method;
      this.requestPath = path;
      return this;
    }

    /** For 429 (and 503): how long the server asked to wait, from {@code Retry-After}. */
    public Builder retryAfter(@Nullable Duration retryAfter) {
      this.retryAfter = retryAfter;
      return this;
    }

    public OneLinkServiceException build() {
      switch (statusCode) {
        case 400:
          return new BadRequestException(this);
        case 401:
          return new UnauthorizedException(this);
        case 403:
          return new PermissionDeniedException(this);
        case 404:
          return new NotFoundException(this);
        case 409:
          return new ConflictException(this);
        case 422:
          return new UnprocessableEntityException(this);
        case 429:
          return new RateLimitException(this);
        default:
          return statusCode >= 500 && statusCode <= 599
              ? new InternalServerException(this)
              : new UnexpectedStatusException(this);
      }
    }
  }
}
