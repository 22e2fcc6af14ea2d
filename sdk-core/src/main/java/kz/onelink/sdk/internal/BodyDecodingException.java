package kz.onelink.sdk.internal;

/**
 * Thrown by the converter for a body it cannot read; {@link ServiceContext} adds the request to the
 * message and rethrows it as {@link kz.onelink.sdk.errors.OneLinkDecodingException}.
 */
final class BodyDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  BodyDecodingException(String message, Throwable cause) {
    super(message, cause);
  }
}
