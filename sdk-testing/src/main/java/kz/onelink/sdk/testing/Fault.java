package kz.onelink.sdk.testing;

/**
 * A failure the sandbox can inject into its next responses, to test how an app behaves when the
 * network or the server misbehaves. "After processing" faults change the sandbox's data first, so
 * the client cannot tell whether its request took effect.
 */
public enum Fault {
  /** The connection drops after the request arrives; nothing is done. */
  DROP_BEFORE_PROCESSING(false),
  /** The request is carried out, then the connection drops before the response. */
  DROP_AFTER_PROCESSING(true),
  /** A proxy's 503 HTML page; nothing is done. */
  SERVER_ERROR_BEFORE_PROCESSING(false),
  /** The request is carried out, then the server answers 500. */
  SERVER_ERROR_AFTER_PROCESSING(true),
  /**
   * The rate limiter's 429 {@code text/plain} "Retry later" with no Retry-After; nothing is done.
   */
  RATE_LIMITED(false),
  /** The request arrives and no response ever comes (the client's read timeout fires). */
  NO_RESPONSE(false),
  /** The request is carried out, then the response body is cut off midway. */
  TRUNCATED_AFTER_PROCESSING(true);

  private final boolean processes;

  Fault(boolean processes) {
    this.processes = processes;
  }

  /** Whether the sandbox carries out the request before failing. */
  public boolean processes() {
    return processes;
  }
}
