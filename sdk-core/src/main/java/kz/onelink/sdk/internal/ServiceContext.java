package kz.onelink.sdk.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.errors.OneLinkException;
import okhttp3.Request;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * What the generated services share: the Retrofit instance and the one way every call runs, with
 * retries, the overall deadline and error mapping. The sync and Rx services both end up in {@link
 * #execute(Call, Cancellation)}, so they behave the same.
 */
public final class ServiceContext {
  private final Retrofit retrofit;
  private final Secret secret;
  private final String userAgent;
  private final RetryPolicy retryPolicy;
  private final int maxRetries;
  private final Duration timeout;

  public ServiceContext(
      Retrofit retrofit,
      Secret secret,
      String userAgent,
      RetryPolicy retryPolicy,
      int maxRetries,
      Duration timeout) {
    this.retrofit = retrofit;
    this.secret = secret;
    this.userAgent = userAgent;
    this.retryPolicy = retryPolicy;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
  }

  public <T> T api(Class<T> service) {
    return retrofit.create(service);
  }

  /** The API token, for the generated bindings' header parameter; Retrofit turns it into text. */
  public Secret apiKey() {
    return secret;
  }

  public String userAgent() {
    return userAgent;
  }

  /** Resolves the settings of one call; a keyed operation gets its idempotency key here. */
  public CallOptions options(Operation operation, RequestOptions requestOptions) {
    Integer retries = requestOptions.maxRetries();
    Duration overall = requestOptions.timeout();
    return new CallOptions(
        operation,
        retries != null ? retries : maxRetries,
        (overall != null ? overall : timeout).toNanos(),
        millis(requestOptions.connectTimeout()),
        millis(requestOptions.readTimeout()),
        millis(requestOptions.writeTimeout()),
        operation.idempotencyKeyField() != null ? UUID.randomUUID().toString() : null);
  }

  /**
   * Runs {@code call} on this thread and returns its body; see {@link #execute(Call,
   * Cancellation)}.
   */
  public <T> T execute(Call<T> call) {
    return execute(call, new Cancellation());
  }

  /** Runs {@code call}, which must answer with a body, on this thread. */
  public <T> T execute(Call<T> call, Cancellation cancellation) {
    T body = run(call, cancellation, true);
    if (body == null) {
      throw new IllegalStateException("unreachable: run() returns a body when one is required");
    }
    return body;
  }

  /**
   * Runs {@code call} on this thread and discards its body, for operations that answer without one.
   */
  public void executeDiscardingBody(Call<?> call) {
    executeDiscardingBody(call, new Cancellation());
  }

  /** Runs {@code call} and discards its body, for operations that answer without one. */
  public void executeDiscardingBody(Call<?> call, Cancellation cancellation) {
    run(call, cancellation, false);
  }

  /**
   * Sends {@code call}, then its clones while the retry policy allows and the overall deadline
   * leaves time. Throws the last failure as an {@link OneLinkException}.
   */
  private <T> @Nullable T run(Call<T> call, Cancellation cancellation, boolean bodyRequired) {
    Request request = call.request();
    CallOptions options = CallOptions.of(request);
    if (options == null) {
      throw new IllegalStateException(
          "call has no CallOptions tag: " + request.method() + " " + request.url().encodedPath());
    }
    long deadline = options.timeoutNanos > 0 ? System.nanoTime() + options.timeoutNanos : 0;
    Call<T> attempt = call;
    for (int attemptIndex = 0; ; attemptIndex++) {
      if (attemptIndex > 0) {
        attempt = call.clone();
      }
      if (deadline != 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw ErrorMapper.fromIo(new InterruptedIOException("timeout"), request);
        }
        attempt.timeout().timeout(left, TimeUnit.NANOSECONDS);
      }
      cancellation.attach(attempt);
      OneLinkException failure;
      long delay;
      try {
        Response<T> response = attempt.execute();
        if (response.isSuccessful()) {
          T body = response.body();
          if (body == null && bodyRequired) {
            throw ErrorMapper.decoding(
                request, "HTTP " + response.code() + " without a body", new IOException("no body"));
          }
          return body;
        }
        failure = ErrorMapper.fromResponse(response, secret);
        delay =
            retryPolicy.afterStatus(
                options, attemptIndex, response.code(), response.headers().get("Retry-After"));
      } catch (IOException e) {
        failure = ErrorMapper.fromIo(e, request);
        delay =
            cancellation.isCanceled()
                ? RetryPolicy.NO_RETRY
                : retryPolicy.afterIo(options, attemptIndex, e);
      } catch (BodyDecodingException e) {
        throw ErrorMapper.decoding(request, e.problem(), e.reason());
      }
      if (delay == RetryPolicy.NO_RETRY
          || (deadline != 0 && System.nanoTime() + delay >= deadline)) {
        throw failure;
      }
      try {
        cancellation.sleep(delay);
      } catch (InterruptedIOException e) {
        throw ErrorMapper.fromIo(e, request);
      }
      if (cancellation.isCanceled()) {
        throw failure;
      }
    }
  }

  private static int millis(@Nullable Duration duration) {
    return duration == null ? 0 : (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }

  @Override
  public String toString() {
    return "ServiceContext{baseUrl=" + retrofit.baseUrl() + ", maxRetries=" + maxRetries + "}";
  }
}
