package kz.onelink.sdk.internal;

import org.jspecify.annotations.Nullable;

/**
 * What the retry logic needs to know about one operation of the spec, built by the generated
 * services from the operation's HTTP method and its {@code x-onelink-*} extensions.
 */
public final class Operation {
  private final String id;
  private final boolean retrySafe;
  private final @Nullable String idempotencyKeyField;

  private Operation(String id, boolean retrySafe, @Nullable String idempotencyKeyField) {
    this.id = id;
    this.retrySafe = retrySafe;
    this.idempotencyKeyField = idempotencyKeyField;
  }

  /**
   * @param retry {@code x-onelink-retry}: "safe" marks an operation whose repetition has the same
   *     effect as one call; empty otherwise
   * @param idempotencyKeyField {@code x-onelink-idempotency-key}: the body field the server
   *     de-duplicates on; empty when there is none
   */
  public static Operation of(
      String id, String httpMethod, String retry, String idempotencyKeyField) {
    boolean readOnly = "GET".equals(httpMethod) || "HEAD".equals(httpMethod);
    boolean keyed = !idempotencyKeyField.isEmpty();
    return new Operation(
        id, readOnly || "safe".equals(retry) || keyed, keyed ? idempotencyKeyField : null);
  }

  public String id() {
    return id;
  }

  /** True when the request may be sent again after it may have reached the server. */
  public boolean retrySafe() {
    return retrySafe;
  }

  public @Nullable String idempotencyKeyField() {
    return idempotencyKeyField;
  }

  @Override
  public String toString() {
    return id;
  }
}
