package kz.onelink.sdk.errors;

import java.io.IOException;

/**
 * The call failed on the network: no connection, a reset, a truncated response, or a timeout
 * ({@link OneLinkTimeoutException}). The request may or may not have reached the server; the SDK
 * already retried what was safe to retry.
 */
public class OneLinkIoException extends OneLinkException {
  private static final long serialVersionUID = 1L;

  public OneLinkIoException(String message, IOException cause) {
    super(message, cause);
  }

  /** The underlying I/O failure. */
  @Override
  @SuppressWarnings(
      "NullAway") // the constructor takes a non-null cause and initCause cannot replace it
  public synchronized IOException getCause() {
    return (IOException) super.getCause();
  }
}
