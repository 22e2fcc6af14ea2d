package kz.onelink.sdk.errors;

/**
 * HTTP 409: the slot is taken or blocked ({@code SLOT_CONFLICT}, {@code OUTSIDE_WORKING_HOURS},
 * {@code BLOCKED_BY_HOLIDAY}, {@code BLOCKED_BY_BREAK}, {@code BLOCKED_BY_VACATION}) or a unique
 * key is in use ({@code DUPLICATE_EXTERNAL_REF}, {@code DUPLICATE_IDEMPOTENCY_KEY}). Never retried.
 */
public final class ConflictException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  ConflictException(Builder builder) {
    super(builder);
  }
}
