package kz.onelink.sdk.internal;

import org.jspecify.annotations.Nullable;

/**
 * The settings of one call: the client's defaults overlaid with the caller's {@link
 * kz.onelink.sdk.RequestOptions}. The same for every attempt of the call, and so is the idempotency
 * key.
 */
public final class CallOptions {
  final Operation operation;
  final int maxRetries;
  final long timeoutNanos;
  private final @Nullable AttemptTimeouts timeouts;
  private final @Nullable String idempotencyKey;

  CallOptions(
      Operation operation,
      int maxRetries,
      long timeoutNanos,
      @Nullable AttemptTimeouts timeouts,
      @Nullable String idempotencyKey) {
    this.operation = operation;
    this.maxRetries = maxRetries;
    this.timeoutNanos = timeoutNanos;
    this.timeouts = timeouts;
    this.idempotencyKey = idempotencyKey;
  }

  /** The per-call timeouts, sent as the request's tag; null when the client's apply. */
  public @Nullable AttemptTimeouts timeouts() {
    return timeouts;
  }

  /**
   * The key the SDK chose for an operation the server de-duplicates ({@code
   * x-onelink-idempotency-key}); the generated code puts it on the body when the caller set none.
   *
   * @throws IllegalStateException for an operation without one
   */
  public String idempotencyKey() {
    if (idempotencyKey == null) {
      throw new IllegalStateException(operation + " has no idempotency key");
    }
    return idempotencyKey;
  }

  @Override
  public String toString() {
    return "CallOptions{" + operation + ", maxRetries=" + maxRetries + "}";
  }
}
