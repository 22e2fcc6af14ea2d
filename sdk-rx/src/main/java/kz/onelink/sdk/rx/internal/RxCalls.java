package kz.onelink.sdk.rx.internal;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.CompletableObserver;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.core.SingleObserver;
import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.exceptions.Exceptions;
import io.reactivex.rxjava3.functions.Function;
import kz.onelink.sdk.internal.Cancellation;
import kz.onelink.sdk.internal.ServiceContext;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Turns a prepared call into a cold {@link Single} or {@link Completable} that runs it through the
 * same {@link ServiceContext} path as the sync client, so retries and errors match exactly.
 *
 * <p>The call executes on the subscribing thread: no thread hop unless the client was given a
 * scheduler. Each subscription runs a clone of the call; disposing cancels the attempt in flight
 * and any backoff wait, and an error that arrives after disposal is dropped rather than sent to
 * {@code RxJavaPlugins.onError}. Like Retrofit's own adapter, these are small dedicated sources
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

  /** A Single of {@code call}'s body, mapped by {@code result} (e.g. the envelope's payload). */
  public <T, R> Single<R> single(Call<T> call, Function<? super T, ? extends R> result) {
    Single<R> single = new CallSingle<>(context, call, result);
    return scheduler == null ? single : single.subscribeOn(scheduler);
  }

  /** A Single of {@code call}'s body. */
  public <T> Single<T> single(Call<T> call) {
    return single(call, body -> body);
  }

  public Completable completable(Call<?> call) {
    Completable completable = new CallCompletable(context, call);
    return scheduler == null ? completable : completable.subscribeOn(scheduler);
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

  private static final class CallSingle<T, R> extends Single<R> {
    private final ServiceContext context;
    private final Call<T> call;
    private final Function<? super T, ? extends R> result;

    CallSingle(ServiceContext context, Call<T> call, Function<? super T, ? extends R> result) {
      this.context = context;
      this.call = call;
      this.result = result;
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
        value = result.apply(context.execute(call.clone(), disposable.cancellation));
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
    private final Call<?> call;

    CallCompletable(ServiceContext context, Call<?> call) {
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
        context.executeDiscardingBody(call.clone(), disposable.cancellation);
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
