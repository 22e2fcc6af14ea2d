package kz.onelink.sdk.errors;

import org.jspecify.annotations.Nullable;

/**
 * The root of every exception the SDK throws for a failed call. Unchecked: catch it where you can
 * handle it, or catch a subclass to handle one kind of failure.
 */
public class OneLinkException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public OneLinkException(String message) {
    super(message);
  }

  public OneLinkException(String message, @Nullable Throwable cause) {
    super(message, cause);
  }
}
