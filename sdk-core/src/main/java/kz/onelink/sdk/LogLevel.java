package kz.onelink.sdk;

/**
 * How much of each HTTP exchange the client logs. The {@code api_access_token} header is always
 * redacted. Only {@link #BODY} logs bodies, which hold personal data (client names, phones, IINs):
 * use it for debugging only.
 */
public enum LogLevel {
  /** Nothing (the default). */
  NONE,
  /** Request method and URL, response status, size and time. No personal data. */
  BASIC,
  /** {@link #BASIC} plus headers, with the token redacted. No personal data. */
  HEADERS,
  /** {@link #HEADERS} plus bodies. Debugging only: bodies contain personal data. */
  BODY
}
