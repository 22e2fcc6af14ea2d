package kz.onelink.sdk.errors;

/** HTTP 400: the server could not read the request. */
public final class BadRequestException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  BadRequestException(Builder builder) {
    super(builder);
  }
}
