package kz.onelink.sdk.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.net.UnknownServiceException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.concurrent.ThreadLocalRandom;
import javax.net.ssl.SSLException;
import org.jspecify.annotations.Nullable;

/**
 * When to try a failed call again, and after how long: exponential backoff with jitter, or the
 * server's {@code Retry-After} when it sends one.
 *
 * <p>A request that may have reached the server is repeated only when the operation is safe to
 * repeat (reads, cancel, update) or carries an idempotency key (create). A 429 is always retried:
 * the rate limiter answers before the application, so nothing happened. 409 and 422 are never
 * retried: repeating cannot change the answer.
 */
public final class RetryPolicy {
  public static final int DEFAULT_MAX_RETRIES = 2;
  public static final Duration DEFAULT_INITIAL_BACKOFF = Duration.ofMillis(500);
  public static final Duration DEFAULT_MAX_BACKOFF = Duration.ofSeconds(8);
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(30);

  /**
   * How often a repeated create without a deadline asks again after 409 {@code
   * DUPLICATE_IDEMPOTENCY_KEY} (its first attempt is committing), on top of {@code maxRetries}.
   * With a deadline, the deadline is the bound.
   */
  static final int MAX_DUPLICATE_KEY_REPLAYS = 8;

  /**
   * How often a repeated create asks again after 409 {@code SLOT_CONFLICT}, in case it was its own.
   */
  static final int MAX_SLOT_CONFLICT_REPLAYS = 2;

  /** Returned when the call must not be retried. */
  static final long NO_RETRY = -1;

  private final long initialBackoffNanos;
  private final long maxBackoffNanos;
  private final long maxRetryAfterNanos;

  public RetryPolicy(Duration initialBackoff, Duration maxBackoff, Duration maxRetryAfter) {
    this.initialBackoffNanos = initialBackoff.toNanos();
    this.maxBackoffNanos = maxBackoff.toNanos();
    this.maxRetryAfterNanos = maxRetryAfter.toNanos();
  }

  /** The delay before retrying after an error status, or {@link #NO_RETRY}. */
  long afterStatus(
      CallOptions options, int attempt, int status, @Nullable String retryAfterHeader) {
    if (attempt >= options.maxRetries) {
      return NO_RETRY;
    }
    boolean retryable;
    switch (status) {
      case 429:
        retryable = true;
        break;
      case 408:
      case 500:
      case 502:
      case 503:
      case 504:
        retryable = options.operation.retrySafe();
        break;
      default:
        retryable = false;
    }
    if (!retryable) {
      return NO_RETRY;
    }
    Duration retryAfter = retryAfter(retryAfterHeader);
    if (retryAfter == null) {
      return backoff(attempt);
    }
    long nanos = retryAfter.toNanos();
    // A longer wait than the cap is better left to the caller, who sees it on the exception.
    return nanos <= maxRetryAfterNanos ? nanos : NO_RETRY;
  }

  /** The delay before retrying after a network failure, or {@link #NO_RETRY}. */
  long afterIo(CallOptions options, int attempt, IOException e) {
    if (attempt >= options.maxRetries || !isTransient(e)) {
      return NO_RETRY;
    }
    return notSent(e) || options.operation.retrySafe() ? backoff(attempt) : NO_RETRY;
  }

  long backoff(int attempt) {
    int shift = Math.min(attempt, 30);
    // initial << shift, except where that passes the cap (or would overflow): then the cap.
    long capped =
        initialBackoffNanos > maxBackoffNanos >> shift
            ? maxBackoffNanos
            : initialBackoffNanos << shift;
    // "Equal jitter": between half and all of the delay, so clients spread out but still back off.
    return capped / 2 + (long) (ThreadLocalRandom.current().nextDouble() * (capped / 2 + 1));
  }

  private static boolean isTransient(IOException e) {
    if (e instanceof UnknownServiceException) {
      return false; // cleartext not permitted or no usable protocol: a configuration problem
    }
    if (e instanceof SSLException && !(e.getCause() instanceof IOException)) {
      return false; // certificate or handshake problems do not go away on their own
    }
    if (e instanceof InterruptedIOException && !(e instanceof SocketTimeoutException)) {
      return false; // the overall deadline ran out, or the call was canceled
    }
    return !"Canceled".equals(e.getMessage());
  }

  /** True when the request cannot have reached the server, so any operation may be sent again. */
  private static boolean notSent(IOException e) {
    return e instanceof ConnectException
        || e instanceof UnknownHostException
        || e instanceof NoRouteToHostException;
  }

  /** Parses {@code Retry-After} as seconds or as an HTTP date; null when absent or unreadable. */
  static @Nullable Duration retryAfter(@Nullable String header) {
    if (header == null || header.trim().isEmpty()) {
      return null;
    }
    String value = header.trim();
    try {
      long seconds = Long.parseLong(value);
      return seconds < 0 ? null : Duration.ofSeconds(seconds);
    } catch (NumberFormatException notSeconds) {
      try {
        ZonedDateTime at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME);
        long millis = at.toInstant().toEpochMilli() - System.currentTimeMillis();
        return Duration.ofMillis(Math.max(0, millis));
      } catch (DateTimeParseException notADate) {
        return null;
      }
    }
  }
}
