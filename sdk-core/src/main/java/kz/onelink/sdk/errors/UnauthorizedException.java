package kz.onelink.sdk.errors;

/**
 * HTTP 401: the token is missing, unknown or belongs to a bot, or the user is not a member of the
 * account (the server answers 401, not 403, then). {@link #errorCode()} is null.
 */
public final class UnauthorizedException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  UnauthorizedException(Builder builder) {
    super(builder);
  }
}
