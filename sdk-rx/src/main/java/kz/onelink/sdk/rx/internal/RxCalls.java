package kz.onelink.sdk.rx.internal;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Scheduler;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.exceptions.Exceptions;
import kz.onelink.sdk.internal.Cancellation;
import kz.onelink.sdk.internal.ServiceContext;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Turns a prepared call into a cold {@link Single} or {@link Completable} that runs it through the
 * same {@link ServiceContext} path as the sync client (so retries and errors match exactly).
 *
 * <p>The call executes on the subscribing thread: no thread hop unless the client was given a
 * scheduler. Each subscription runs a clone of the call; disposing cancels the attempt in flight
 * and any backoff wait, and an error that arrives after disposal is dropped rather than sent to
 * {@code RxJavaPlugins.onError}.
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

  public <T> Single<T> single(Call<T> call) {
    Single<T> single = Single.create(emitter -> {
      Cancellation cancellation = new Cancellation();
      emitter.setCancellable(cancellation::cancel);
      T value;
      try {
        value = context.execute(call.clone(), cancellation);
      } catch (Throwable t) {
        Exceptions.throwIfFatal(t);
        emitter.tryOnError(t);
        return;
      }
      emitter.onSuccess(value);
    });
    return scheduler == null ? single : single.subscribeOn(scheduler);
  }

  public Completable completable(Call<?> call) {
    Completable completable = Completable.create(emitter -> {
      Cancellation cancellation = new Cancellation();
      emitter.setCancellable(cancellation::cancel);
      try {
        context.executeDiscardingBody(call.clone(), cancellation);
      } catch (Throwable t) {
        Exceptions.throwIfFatal(t);
        emitter.tryOnError(t);
        return;
      }
      emitter.onComplete();
    });
    return scheduler == null ? completable : completable.subscribeOn(scheduler);
  }
}
