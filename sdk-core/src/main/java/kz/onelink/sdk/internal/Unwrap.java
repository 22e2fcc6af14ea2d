package kz.onelink.sdk.internal;

/**
 * Takes the value a caller wants out of a response body, e.g. {@code
 * AppointmentResponse::getPayload}. The SDK's own interface because {@code java.util.function}
 * needs Android API 24.
 */
public interface Unwrap<B, V> {
  V apply(B body);
}
