package kz.onelink.sdk.errors;

import java.io.IOException;

/**
 * A connect, read or write timeout, or the call's overall deadline (which spans every retry) ran
 * out.
 */
public final class OneLinkTimeoutException extends OneLinkIoException {
  private static final long serialVersionUID = 1L;

  public OneLinkTimeoutException(String message, IOException cause) {
    super(message, cause);
  }
}
