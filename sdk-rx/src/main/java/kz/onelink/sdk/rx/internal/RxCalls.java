package kz.onelink.sdk.rx.internal;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.CompletableObserver;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.core.SingleObserver;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.exceptions.Exceptions;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.internal.ApiCall;
import kz.onelink.sdk.internal.Cancellation;
import kz.onelink.sdk.internal.ServiceContext;
import kz.onelink.sdk.internal.Unwrap;
import org.jspecify.annotations.Nullable;

/**
 * Turns a prepared call into a cold {@link Single} or {@link Completable} that runs it through the
 * same {@link ServiceContext} path as the sync client, so retries and errors match exactly.
 *
 * <p>The call executes on the subscribing thread: no thread hop unless the client was given a
 * scheduler. Each subscription runs its own copy of the call; disposing cancels the attempt in
 * flight and any backoff wait, and an error that arrives after disposal is dropped rather than sent
 * to {@code RxJavaPlugins.onError}. Like Retrofit's own adapter, these are small dedicated sources
 * rather than {@code Single.create(...).map(...)}: one object per subscription instead of four.
 */
public final class RxCalls {
  private final ServiceContext context;
  private final @Nullable Scheduler scheduler;

  public RxCalls(ServiceContext context, @Nullable Scheduler scheduler) {
    this.context = context;
    this.scheduler = scheduler;
  }

  public ServiceContext context() {
    return context;
  }

  /** A Single of the value {@code value} takes out of {@code call}'s body (e.g. its payload). */
  public <T, R> Single<R> single(ApiCall<T> call, Unwrap<T, R> value) {
    return on(new CallSingle<>(new Value<>(context, call, value)));
  }

  /** A Single of {@code call}'s body. */
  public <T> Single<T> single(ApiCall<T> call) {
    return single(call, Identity.<T>instance());
  }

  /** A Single of the value {@code value} takes out of {@code call}'s body, with the response. */
  public <T, R> Single<OneLinkResponse<R>> singleWithResponse(ApiCall<T> call, Unwrap<T, R> value) {
    return on(new CallSingle<>(new WithResponse<>(context, call, value)));
  }

  /** A Single of {@code call}'s body, with the response. */
  public <T> Single<OneLinkResponse<T>> singleWithResponse(ApiCall<T> call) {
    return on(new CallSingle<>(new BodyWithResponse<>(context, call)));
  }

  /** A Completable of {@code call}, for operations that answer without a body. */
  public Completable completable(ApiCall<?> call) {
    Completable completable = new CallCompletable(context, call);
    return scheduler == null ? completable : completable.subscribeOn(scheduler);
  }

  private <R> Single<R> on(Single<R> single) {
    return scheduler == null ? single : single.subscribeOn(scheduler);
  }

  /** What one subscription runs: the call, once, to its result. */
  private abstract static class Execution<R> {
    abstract R run(Cancellation cancellation);
  }

  private static final class Value<T, R> extends Execution<R> {
    private final ServiceContext context;
    private final ApiCall<T> call;
    private final Unwrap<T, R> value;

    Value(ServiceContext context, ApiCall<T> call, Unwrap<T, R> value) {
      this.context = context;
      this.call = call;
      this.value = value;
    }

    @Override
    R run(Cancellation cancellation) {
      return value.apply(context.execute(call.copy(), cancellation));
    }
  }

  private static final class WithResponse<T, R> extends Execution<OneLinkResponse<R>> {
    private final ServiceContext context;
    private final ApiCall<T> call;
    private final Unwrap<T, R> value;

    WithResponse(ServiceContext context, ApiCall<T> call, Unwrap<T, R> value) {
      this.context = context;
      this.call = call;
      this.value = value;
    }

    @Override
    OneLinkResponse<R> run(Cancellation cancellation) {
      return context.executeWithResponse(call.copy(), value, cancellation);
    }
  }

  private static final class BodyWithResponse<T> extends Execution<OneLinkResponse<T>> {
    private final ServiceContext context;
    private final ApiCall<T> call;

    BodyWithResponse(ServiceContext context, ApiCall<T> call) {
      this.context = context;
      this.call = call;
    }

    @Override
    OneLinkResponse<T> run(Cancellation cancellation) {
      return context.executeWithResponse(call.copy(), cancellation);
    }
  }

  private static final class Identity<T> implements Unwrap<T, T> {
    private static final Identity<Object> INSTANCE = new Identity<>();

    @SuppressWarnings("unchecked")
    static <T> Identity<T> instance() {
      return (Identity<T>) INSTANCE;
    }

    @Override
    public T apply(T body) {
      return body;
    }
  }

  /** Disposing cancels the call; {@link Cancellation} remembers it for the retry loop too. */
  private static final class CancelOnDispose implements Disposable {
    final Cancellation cancellation = new Cancellation();

    @Override
    public void dispose() {
      cancellation.cancel();
    }

    @Override
    public boolean isDisposed() {
      return cancellation.isCanceled();
    }
  }

  private static final class CallSingle<R> extends Single<R> {
    private final Execution<R> execution;

    CallSingle(Execution<R> execution) {
      this.execution = execution;
    }

    @Override
    protected void subscribeActual(SingleObserver<? super R> observer) {
      CancelOnDispose disposable = new CancelOnDispose();
      observer.onSubscribe(disposable);
      if (disposable.isDisposed()) {
        return;
      }
      R value;
      try {
        value = execution.run(disposable.cancellation);
      } catch (Throwable t) {
        Exceptions.throwIfFatal(t);
        if (!disposable.isDisposed()) {
          observer.onError(t);
        }
        return;
      }
      if (!disposable.isDisposed()) {
        observer.onSuccess(value);
      }
    }
  }

  private static final class CallCompletable extends Completable {
    private final ServiceContext context;
    private final ApiCall<?> call;

    CallCompletable(ServiceContext context, ApiCall<?> call) {
      this.context = context;
      this.call = call;
    }

    @Override
    protected void subscribeActual(CompletableObserver observer) {
      CancelOnDispose disposable = new CancelOnDispose();
      observer.onSubscribe(disposable);
      if (disposable.isDisposed()) {
        return;
      }
      try {
        context.executeDiscardingBody(call.copy(), disposable.cancellation);
      } catch (Throwable t) {
        Exceptions.throwIfFatal(t);
        if (!disposable.isDisposed()) {
          observer.onError(t);
        }
        return;
      }
      if (!disposable.isDisposed()) {
        observer.onComplete();
      }
    }
  }
}
