package kz.onelink.sdk.errors;

/**
 * HTTP 422: the request is invalid ({@code VALIDATION_ERROR} with per-field {@link #details()},
 * {@code INVALID_IIN}, {@code SERVICE_NOT_AVAILABLE_FOR_RESOURCE}, {@code APPOINTMENT_READ_ONLY}).
 * Never retried.
 */
public final class UnprocessableEntityException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  UnprocessableEntityException(Builder builder) {
    super(builder);
  }
}
