package kz.onelink.sdk.rx;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.disposables.Disposable;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.MockServerExtension;
import kz.onelink.sdk.OneLinkClient;
import okhttp3.Call;
import okhttp3.EventListener;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Disposing a subscription cancels the HTTP call in flight, or the wait before a retry. */
@Timeout(10)
class DisposeCancelsCallTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private final List<Throwable> undeliverable = new CopyOnWriteArrayList<>();
  private final List<String> events = new CopyOnWriteArrayList<>();
  private final CountDownLatch callEnded = new CountDownLatch(1);

  @BeforeEach
  void captureUndeliverableErrors() {
    RxJavaPlugins.setErrorHandler(undeliverable::add);
  }

  @AfterEach
  void resetPlugins() {
    RxJavaPlugins.reset();
  }

  private OneLinkClient clientRecordingCallEvents() {
    OkHttpClient okHttp =
        new OkHttpClient.Builder()
            .eventListener(
                new EventListener() {
                  @Override
                  public void callFailed(Call call, IOException e) {
                    events.add("callFailed, canceled=" + call.isCanceled());
                    callEnded.countDown();
                  }

                  @Override
                  public void callEnd(Call call) {
                    events.add("callEnd");
                    callEnded.countDown();
                  }
                })
            .build();
    return mock.clientBuilder().okHttpClient(okHttp).build();
  }

  @Test
  void disposingCancelsTheCallInFlight() throws Exception {
    mock.server()
        .enqueue(json(200, "appointments/get-200.json").setHeadersDelay(3, TimeUnit.SECONDS));
    RxOneLinkClient rx = RxOneLinkClient.create(clientRecordingCallEvents());

    Disposable subscription =
        rx.appointments()
            .get(17, 4812)
            .subscribeOn(Schedulers.io())
            .subscribe(a -> events.add("value"), e -> events.add("error " + e));
    mock.server().takeRequest(); // the request reached the server
    long disposedAt = System.nanoTime();
    subscription.dispose();

    assertThat(callEnded.await(2, TimeUnit.SECONDS)).isTrue();
    assertThat(Duration.ofNanos(System.nanoTime() - disposedAt)).isLessThan(Duration.ofSeconds(2));
    Thread.sleep(100);
    assertThat(events).containsExactly("callFailed, canceled=true");
    assertThat(undeliverable).isEmpty();
    assertThat(mock.server().getRequestCount()).isEqualTo(1); // not retried
  }

  @Test
  void disposingDuringTheBackoffWaitStopsTheRetries() throws Exception {
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient slowRetries =
        mock.clientBuilder().retryBackoff(Duration.ofSeconds(3), Duration.ofSeconds(3)).build();

    Disposable subscription =
        RxOneLinkClient.create(slowRetries)
            .appointments()
            .get(17, 4812)
            .subscribeOn(Schedulers.io())
            .subscribe(a -> events.add("value"), e -> events.add("error " + e));
    mock.server().takeRequest();
    Thread.sleep(100); // now waiting to retry
    subscription.dispose();
    Thread.sleep(1000);

    assertThat(mock.server().getRequestCount()).isEqualTo(1);
    assertThat(events).isEmpty();
    assertThat(undeliverable).isEmpty();
  }
}
