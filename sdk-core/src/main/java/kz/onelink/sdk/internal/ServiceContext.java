package kz.onelink.sdk.internal;

import java.time.Duration;
import java.util.UUID;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.RequestOptions;
import okhttp3.Headers;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;
import retrofit2.Retrofit;

/**
 * What the generated services share: the Retrofit instance, the client's call settings, and the one
 * way every call runs ({@link RetryingCall}). The sync and Rx services both end up here, so they
 * behave the same.
 */
public final class ServiceContext {
  private final Retrofit retrofit;
  private final Secret secret;
  private final RetryPolicy retryPolicy;
  private final int maxRetries;
  private final Duration timeout;

  public ServiceContext(
      Retrofit retrofit, Secret secret, RetryPolicy retryPolicy, int maxRetries, Duration timeout) {
    this.retrofit = retrofit;
    this.secret = secret;
    this.retryPolicy = retryPolicy;
    this.maxRetries = maxRetries;
    this.timeout = timeout;
  }

  public <T> T api(Class<T> service) {
    return retrofit.create(service);
  }

  /** Resolves the settings of one call; a keyed operation gets its idempotency key here. */
  public CallOptions options(Operation operation, RequestOptions requestOptions) {
    Integer retries = requestOptions.maxRetries();
    Duration overall = requestOptions.timeout();
    return new CallOptions(
        operation,
        retries != null ? retries : maxRetries,
        (overall != null ? overall : timeout).toNanos(),
        timeouts(requestOptions),
        operation.idempotencyKeyField() != null ? UUID.randomUUID().toString() : null);
  }

  /** Runs {@code call} on this thread and returns its body. */
  public <T> T execute(ApiCall<T> call) {
    return execute(call, new Cancellation());
  }

  /** Runs {@code call}, which must answer with a body, until it succeeds or must stop. */
  public <T> T execute(ApiCall<T> call, Cancellation cancellation) {
    return bodyOf(run(call, cancellation), call);
  }

  /** Runs {@code call} on this thread, for operations that answer without a body. */
  public void executeDiscardingBody(ApiCall<?> call) {
    executeDiscardingBody(call, new Cancellation());
  }

  /**
   * Runs {@code call} until it succeeds or must stop, for operations that answer without a body.
   */
  public void executeDiscardingBody(ApiCall<?> call, Cancellation cancellation) {
    run(call, cancellation);
  }

  /** Runs {@code call} on this thread; the body is the value. */
  public <T> OneLinkResponse<T> executeWithResponse(ApiCall<T> call) {
    return executeWithResponse(call, new Cancellation());
  }

  /** Runs {@code call} on this thread; {@code value} takes the value out of the body. */
  public <T, V> OneLinkResponse<V> executeWithResponse(ApiCall<T> call, Unwrap<T, V> value) {
    return executeWithResponse(call, value, new Cancellation());
  }

  /** Runs {@code call}; the body, if the operation has one, is the value. */
  @SuppressWarnings(
      "NullAway") // a bodiless operation's value type is Void, whose only value is null
  public <T> OneLinkResponse<T> executeWithResponse(ApiCall<T> call, Cancellation cancellation) {
    Response<T> response = run(call, cancellation);
    return new OneLinkResponse<>(response.code(), headersOf(response), response.body());
  }

  /** Runs {@code call}, which must answer with a body; {@code value} takes the value out of it. */
  public <T, V> OneLinkResponse<V> executeWithResponse(
      ApiCall<T> call, Unwrap<T, V> value, Cancellation cancellation) {
    Response<T> response = run(call, cancellation);
    return new OneLinkResponse<>(
        response.code(), headersOf(response), value.apply(bodyOf(response, call)));
  }

  private <T> Response<T> run(ApiCall<T> call, Cancellation cancellation) {
    return new RetryingCall<>(call, cancellation, retryPolicy, secret).run();
  }

  private static <T> T bodyOf(Response<T> response, ApiCall<T> call) {
    T body = response.body();
    if (body == null) {
      // Retrofit gives no body for 204 and 205 only; a JSON operation must not answer with them.
      throw ErrorMapper.decoding(
          response.raw().request(),
          "HTTP " + response.code() + " without a body",
          new IllegalStateException(call.options.operation + " answered without a body"));
    }
    return body;
  }

  private Headers headersOf(Response<?> response) {
    Headers headers = response.headers();
    for (int i = 0; i < headers.size(); i++) {
      if (!secret.redact(headers.value(i)).equals(headers.value(i))) {
        return redacted(headers);
      }
    }
    return headers;
  }

  private Headers redacted(Headers headers) {
    Headers.Builder builder = new Headers.Builder();
    for (int i = 0; i < headers.size(); i++) {
      builder.addUnsafeNonAscii(headers.name(i), secret.redact(headers.value(i)));
    }
    return builder.build();
  }

  private static @Nullable AttemptTimeouts timeouts(RequestOptions options) {
    if (options.connectTimeout() == null
        && options.readTimeout() == null
        && options.writeTimeout() == null) {
      return null;
    }
    return new AttemptTimeouts(
        millis(options.connectTimeout()),
        millis(options.readTimeout()),
        millis(options.writeTimeout()));
  }

  private static int millis(@Nullable Duration duration) {
    return duration == null ? 0 : (int) Math.min(Integer.MAX_VALUE, duration.toMillis());
  }

  @Override
  public String toString() {
    return "ServiceContext{baseUrl=" + retrofit.baseUrl() + ", maxRetries=" + maxRetries + "}";
  }
}
