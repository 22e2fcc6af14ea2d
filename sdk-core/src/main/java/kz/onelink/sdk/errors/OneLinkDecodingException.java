package kz.onelink.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The server answered with a success status but a body the SDK cannot read: malformed or truncated
 * JSON, an empty body, a value of the wrong type, or a required field missing. The message names
 * the JSON path. Nothing is guessed: no partial object is returned.
 */
public final class OneLinkDecodingException extends OneLinkException {
  private static final long serialVersionUID = 1L;

  public OneLinkDecodingException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
