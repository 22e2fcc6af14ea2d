package kz.onelink.sdk.errors;

/**
 * HTTP 5xx: the server or a proxy in front of it failed. Retried for operations that are safe to
 * repeat.
 */
public final class InternalServerException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  InternalServerException(Builder builder) {
    super(builder);
  }
}
