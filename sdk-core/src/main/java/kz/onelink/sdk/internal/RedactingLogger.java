package kz.onelink.sdk.internal;

import okhttp3.logging.HttpLoggingInterceptor;

/**
 * Removes the API token from every log line before it reaches a logger: headers other than {@code
 * api_access_token} and bodies can carry it too (a proxy or an error page that echoes the request).
 * The logging interceptor redacts that header by name; this covers everything else.
 */
public final class RedactingLogger implements HttpLoggingInterceptor.Logger {
  private final Secret token;
  private final HttpLoggingInterceptor.Logger delegate;

  public RedactingLogger(Secret token, HttpLoggingInterceptor.Logger delegate) {
    this.token = token;
    this.delegate = delegate;
  }

  @Override
  public void log(String message) {
    delegate.log(token.redact(message));
  }

  @Override
  public String toString() {
    return "RedactingLogger{" + delegate + "}";
  }
}
