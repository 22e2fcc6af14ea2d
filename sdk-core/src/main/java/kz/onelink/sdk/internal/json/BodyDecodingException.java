package kz.onelink.sdk.internal.json;

/**
 * Thrown by the converter for a body it cannot read; {@code RetryingCall} adds the request to the
 * message and rethrows it as {@link kz.onelink.sdk.errors.OneLinkDecodingException}.
 */
public final class BodyDecodingException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String problem;
  private final Throwable reason;

  BodyDecodingException(String problem, Throwable reason) {
    super(problem, reason);
    this.problem = problem;
    this.reason = reason;
  }

  /** What is wrong with the body, for the message of the exception the caller sees. */
  public String problem() {
    return problem;
  }

  /** The parser's own failure. */
  public Throwable reason() {
    return reason;
  }
}
