package kz.onelink.sdk.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.errors.OneLinkException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.internal.json.BodyDecodingException;
import okhttp3.Request;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.Response;

/**
 * One execution of a prepared call: {@linkplain #attempt one attempt}, then {@linkplain
 * #delayBeforeRetry retry or stop}, within the call's deadline. Only the failure that ends the call
 * is turned into an exception; failed attempts that are retried are just closed.
 */
final class RetryingCall<T> {
  private final ApiCall<T> call;
  private final Cancellation cancellation;
  private final RetryPolicy retryPolicy;
  private final Secret secret;
  private final Request request;

  /** Retries spent on a repeated create's 409 while its first attempt commits (see below). */
  private int duplicateKeyReplays;

  private int slotConflictReplays;

  RetryingCall(ApiCall<T> call, Cancellation cancellation, RetryPolicy retryPolicy, Secret secret) {
    this.call = call;
    this.cancellation = cancellation;
    this.retryPolicy = retryPolicy;
    this.secret = secret;
    this.request = call.call.request();
  }

  /** Returns the successful response, or throws the failure that ended the call. */
  Response<T> run() {
    long timeoutNanos = call.options.timeoutNanos;
    long deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
    for (int attempt = 0; ; attempt++) {
      Outcome<T> outcome = attempt(attempt == 0 ? call.call : call.call.clone(), deadline);
      if (outcome.succeeded()) {
        return outcome.response();
      }
      long delay = delayBeforeRetry(outcome, attempt, deadline);
      if (delay == RetryPolicy.NO_RETRY) {
        throw outcome.failure(request, secret);
      }
      outcome.discard();
      try {
        cancellation.sleep(delay);
      } catch (InterruptedIOException e) {
        throw ErrorMapper.fromIo(e, request);
      }
      if (cancellation.isCanceled()) {
        throw outcome.failure(request, secret);
      }
    }
  }

  /** Sends {@code attempt} once, with what is left of the deadline. */
  private Outcome<T> attempt(Call<T> attempt, long deadline) {
    if (deadline != 0) {
      long left = deadline - System.nanoTime();
      if (left <= 0) {
        throw ErrorMapper.fromIo(new InterruptedIOException("timeout"), request);
      }
      attempt.timeout().timeout(left, TimeUnit.NANOSECONDS);
    }
    cancellation.attach(attempt);
    try {
      return new Outcome<>(attempt.execute(), null);
    } catch (IOException e) {
      return new Outcome<>(null, e);
    } catch (BodyDecodingException e) {
      // The body arrived whole and is not what the spec says: asking again cannot help.
      throw ErrorMapper.decoding(request, e.problem(), e.reason());
    }
  }

  /** The nanoseconds to wait before the next attempt, or {@link RetryPolicy#NO_RETRY}. */
  private long delayBeforeRetry(Outcome<T> outcome, int attempt, long deadline) {
    Response<T> response = outcome.response;
    long delay;
    if (response != null && response.code() == 409 && repeatsKeyedCreate(attempt)) {
      delay = afterConflictOnRepeat(outcome.errorCode(request, secret), deadline);
    } else if (response != null) {
      delay =
          retryPolicy.afterStatus(
              call.options, attempt, response.code(), response.headers().get("Retry-After"));
    } else {
      IOException failure = outcome.ioFailure;
      delay =
          cancellation.isCanceled() || failure == null
              ? RetryPolicy.NO_RETRY
              : retryPolicy.afterIo(call.options, attempt, failure);
    }
    if (delay == RetryPolicy.NO_RETRY) {
      return delay;
    }
    // A retry that could not start before the deadline would only turn the failure into a timeout.
    boolean pastDeadline = deadline != 0 && System.nanoTime() + delay >= deadline;
    return pastDeadline ? RetryPolicy.NO_RETRY : delay;
  }

  /**
   * True for an attempt after the first of an operation the server de-duplicates by a key the body
   * carries (a create): that attempt may reach the server while the first is still committing.
   */
  private boolean repeatsKeyedCreate(int attempt) {
    return attempt > 0 && call.options.operation.idempotencyKeyField() != null;
  }

  /**
   * A repeated create can meet its own first attempt mid-commit. The server looks the key up before
   * its transaction and only then hits the unique index, so it answers 409 {@code
   * DUPLICATE_IDEMPOTENCY_KEY} for a booking that exists; ask again until it replays the booking
   * (200), within the deadline (or a few times, for a call without one). A 409 {@code
   * SLOT_CONFLICT} may be the same first attempt holding the slot: asked again a few times, and if
   * no replay comes, the conflict was real.
   */
  private long afterConflictOnRepeat(@Nullable String errorCode, long deadline) {
    if ("DUPLICATE_IDEMPOTENCY_KEY".equals(errorCode)
        && (deadline != 0 || duplicateKeyReplays < RetryPolicy.MAX_DUPLICATE_KEY_REPLAYS)) {
      return retryPolicy.backoff(duplicateKeyReplays++);
    }
    if ("SLOT_CONFLICT".equals(errorCode)
        && slotConflictReplays < RetryPolicy.MAX_SLOT_CONFLICT_REPLAYS) {
      return retryPolicy.backoff(slotConflictReplays++);
    }
    return RetryPolicy.NO_RETRY;
  }

  /** What one attempt gave: a response (successful or not) or a network failure. */
  private static final class Outcome<T> {
    final @Nullable Response<T> response;
    final @Nullable IOException ioFailure;
    private @Nullable OneLinkException failure;

    Outcome(@Nullable Response<T> response, @Nullable IOException ioFailure) {
      this.response = response;
      this.ioFailure = ioFailure;
    }

    boolean succeeded() {
      return response != null && response.isSuccessful();
    }

    Response<T> response() {
      if (response == null) {
        throw new IllegalStateException("no response", ioFailure);
      }
      return response;
    }

    /** The exception that ends the call; the first call reads (and closes) an error body. */
    OneLinkException failure(Request request, Secret secret) {
      OneLinkException mapped = failure;
      if (mapped == null) {
        mapped =
            response != null
                ? ErrorMapper.fromResponse(response, secret)
                : ErrorMapper.fromIo(
                    ioFailure != null ? ioFailure : new IOException("no response"), request);
        failure = mapped;
      }
      return mapped;
    }

    /**
     * The server's error {@code code}, if the attempt ended with an error response that has one.
     */
    @Nullable String errorCode(Request request, Secret secret) {
      OneLinkException mapped = failure(request, secret);
      return mapped instanceof OneLinkServiceException
          ? ((OneLinkServiceException) mapped).errorCode()
          : null;
    }

    /** Frees the connection of a failed attempt that is retried. */
    void discard() {
      ResponseBody body = response == null ? null : response.errorBody();
      if (body != null) {
        body.close();
      }
    }
  }
}
