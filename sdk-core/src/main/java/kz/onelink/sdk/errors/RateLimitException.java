package kz.onelink.sdk.errors;

import java.time.Duration;
import org.jspecify.annotations.Nullable;

/**
 * HTTP 429: more than the server's limit (3000 requests a minute per IP) came in. The server
 * answers in plain text without {@code Retry-After}; the SDK retries with backoff before throwing.
 */
public final class RateLimitException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  private final @Nullable Duration retryAfter;

  RateLimitException(Builder builder) {
    super(builder);
    this.retryAfter = builder.retryAfter;
  }

  /** How long the server asked to wait ({@code Retry-After}), or null when it did not say. */
  public @Nullable Duration retryAfter() {
    return retryAfter;
  }
}
