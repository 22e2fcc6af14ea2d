package kz.onelink.sdk.errors;

/**
 * HTTP 404: the account, the appointment, or an id named in the request does not exist in this
 * account. The server sends no {@link #errorCode()} for these.
 */
public final class NotFoundException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  NotFoundException(Builder builder) {
    super(builder);
  }
}
