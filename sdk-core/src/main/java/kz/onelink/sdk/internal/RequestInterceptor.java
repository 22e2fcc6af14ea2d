package kz.onelink.sdk.internal;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * The one place a request is finished before it goes out: the {@code api_access_token} header (the
 * only place the token becomes text), the User-Agent, and the per-call timeouts the request carries
 * as its tag ({@link AttemptTimeouts}). It runs for every attempt, retries included.
 */
public final class RequestInterceptor implements Interceptor {
  private final Secret token;
  private final String userAgent;

  public RequestInterceptor(Secret token, String userAgent) {
    this.token = token;
    this.userAgent = userAgent;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request =
        chain
            .request()
            .newBuilder()
            .header(Secret.HEADER, token.reveal())
            .header("User-Agent", userAgent)
            .build();
    AttemptTimeouts timeouts = request.tag(AttemptTimeouts.class);
    Chain configured = chain;
    if (timeouts != null) {
      if (timeouts.connectMillis > 0) {
        configured = configured.withConnectTimeout(timeouts.connectMillis, TimeUnit.MILLISECONDS);
      }
      if (timeouts.readMillis > 0) {
        configured = configured.withReadTimeout(timeouts.readMillis, TimeUnit.MILLISECONDS);
      }
      if (timeouts.writeMillis > 0) {
        configured = configured.withWriteTimeout(timeouts.writeMillis, TimeUnit.MILLISECONDS);
      }
    }
    return configured.proceed(request);
  }

  @Override
  public String toString() {
    return "RequestInterceptor{" + userAgent + "}";
  }
}
