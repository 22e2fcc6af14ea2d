package kz.onelink.sdk.errors;

/** An error status without a class of its own (e.g. 405, 408 after retries, 410). */
public final class UnexpectedStatusException extends OneLinkServiceException {
  private static final long serialVersionUID = 1L;

  UnexpectedStatusException(Builder builder) {
    super(builder);
  }
}
