package kz.onelink.sdk.internal;

/**
 * The API token. Only the converter that writes it into the {@code api_access_token} header reads
 * it; everything else sees "&lt;redacted&gt;" (Retrofit's Invocation tag prints it as an argument),
 * and text that came from the server is scrubbed of it before it reaches an exception.
 */
public final class Secret {
  /** The header the spec's security scheme names; the logging interceptor redacts it. */
  public static final String HEADER = "api_access_token";

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
