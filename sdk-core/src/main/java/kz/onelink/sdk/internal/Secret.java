package kz.onelink.sdk.internal;

/**
 * The API token. Only the auth interceptor reads it; everything else sees "&lt;redacted&gt;", and
 * text that came from the server is scrubbed of it before it reaches an exception.
 */
public final class Secret {
  static final String REDACTED = "<redacted>";

  private final String value;

  public Secret(String value) {
    this.value = value;
  }

  String reveal() {
    return value;
  }

  /** Replaces every occurrence of the token in {@code text}. */
  String redact(String text) {
    return text.contains(value) ? text.replace(value, REDACTED) : text;
  }

  @Override
  public String toString() {
    return REDACTED;
  }
}
