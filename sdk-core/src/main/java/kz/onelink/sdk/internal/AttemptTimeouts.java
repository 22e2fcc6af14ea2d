package kz.onelink.sdk.internal;

/**
 * Per-call connect, read and write timeouts, which OkHttp can only change from inside an
 * interceptor: the generated bindings put them on the request as its tag, and {@link
 * RequestInterceptor} applies them to every attempt. Calls without per-call timeouts carry none.
 */
public final class AttemptTimeouts {
  final int connectMillis;
  final int readMillis;
  final int writeMillis;

  AttemptTimeouts(int connectMillis, int readMillis, int writeMillis) {
    this.connectMillis = connectMillis;
    this.readMillis = readMillis;
    this.writeMillis = writeMillis;
  }

  @Override
  public String toString() {
    return "AttemptTimeouts{connect="
        + connectMillis
        + "ms, read="
        + readMillis
        + "ms, write="
        + writeMillis
        + "ms}";
  }
}
