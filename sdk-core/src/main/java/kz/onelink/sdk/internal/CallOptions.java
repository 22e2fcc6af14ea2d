package kz.onelink.sdk.internal;

import okhttp3.Request;
import org.jspecify.annotations.Nullable;

/**
 * The settings of one call: the client's defaults overlaid with the caller's {@link
 * kz.onelink.sdk.RequestOptions}. Travels as the request's tag so the interceptors see it, and
 * stays the same across the attempts of one call (so does the idempotency key).
 */
public final class CallOptions {
  final Operation operation;
  final int maxRetries;
  final long timeoutNanos;
  final int connectTimeoutMillis;
  final int readTimeoutMillis;
  final int writeTimeoutMillis;
  final @Nullable String idempotencyKey;

  CallOptions(
      Operation operation,
      int maxRetries,
      long timeoutNanos,
      int connectTimeoutMillis,
      int readTimeoutMillis,
      int writeTimeoutMillis,
      @Nullable String idempotencyKey) {
    this.operation = operation;
    this.maxRetries = maxRetries;
    this.timeoutNanos = timeoutNanos;
    this.connectTimeoutMillis = connectTimeoutMillis;
    this.readTimeoutMillis = readTimeoutMillis;
    this.writeTimeoutMillis = writeTimeoutMillis;
    this.idempotencyKey = idempotencyKey;
  }

  static @Nullable CallOptions of(Request request) {
    return request.tag(CallOptions.class);
  }

  @Override
  public String toString() {
    return "CallOptions{" + operation + ", maxRetries=" + maxRetries + "}";
  }
}
