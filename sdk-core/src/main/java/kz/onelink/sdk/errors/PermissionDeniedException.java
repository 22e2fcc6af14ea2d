package kz.onelink.sdk.errors;

/**
 * HTTP 403: the account may not use this feature; {@link #errorCode()} is {@code FEATURE_DISABLED}
 * when scheduling is turned off.
 */
public final class PermissionDeniedException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  PermissionDeniedException(Builder builder) {
    super(builder);
  }
}
