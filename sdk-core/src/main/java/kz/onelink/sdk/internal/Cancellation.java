package kz.onelink.sdk.internal;

import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;

/**
 * Lets another thread stop a call that is running through {@link ServiceContext#execute}: it
 * cancels the attempt in flight and wakes a backoff sleep. The Rx client cancels through it on
 * dispose.
 */
public final class Cancellation {
  private volatile boolean canceled;
  private volatile @Nullable Call<?> current;

  public void cancel() {
    canceled = true;
    Call<?> call = current;
    if (call != null) {
      call.cancel();
    }
    synchronized (this) {
      notifyAll();
    }
  }

  public boolean isCanceled() {
    return canceled;
  }

  void attach(Call<?> call) {
    current = call;
    if (canceled) {
      call.cancel();
    }
  }

  /** Sleeps for {@code nanos}, returning early if canceled. */
  void sleep(long nanos) throws InterruptedIOException {
    long deadline = System.nanoTime() + nanos;
    synchronized (this) {
      try {
        for (long left = nanos; left > 0 && !canceled; left = deadline - System.nanoTime()) {
          TimeUnit.NANOSECONDS.timedWait(this, left);
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting to retry");
      }
    }
  }
}
