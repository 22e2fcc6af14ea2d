package kz.onelink.sdk.rx;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.observers.TestObserver;
import io.reactivex.rxjava3.plugins.RxJavaPlugins;
import io.reactivex.rxjava3.schedulers.Schedulers;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import kz.onelink.sdk.MockServerExtension;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.internal.ApiCall;
import kz.onelink.sdk.internal.ClientAccess;
import kz.onelink.sdk.internal.ServiceContext;
import kz.onelink.sdk.internal.api.AppointmentsApi;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentResponse;
import kz.onelink.sdk.rx.internal.RxCalls;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A subscription disposed at any point gets nothing more: disposed before the call starts, nothing
 * is sent; disposed while the call runs, neither its value nor its error is delivered, to the
 * observer or to {@code RxJavaPlugins.onError}.
 */
@Timeout(10)
class RxDisposalTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private final List<Throwable> undeliverable = new CopyOnWriteArrayList<>();

  @BeforeEach
  void captureUndeliverableErrors() {
    RxJavaPlugins.setErrorHandler(undeliverable::add);
  }

  @AfterEach
  void resetPlugins() {
    RxJavaPlugins.reset();
  }

  private ApiCall<AppointmentResponse> getCall(OneLinkClient client) {
    ServiceContext context = ClientAccess.contextOf(client);
    return AppointmentsApi.get(
        context, context.api(AppointmentsApi.class), 17, 4812, RequestOptions.none());
  }

  @Test
  void disposedInOnSubscribeNothingIsSent() {
    RxOneLinkClient rx = RxOneLinkClient.create(mock.client());

    TestObserver<Appointment> single = new TestObserver<>();
    single.dispose();
    rx.appointments().get(17, 4812).subscribe(single);
    TestObserver<Void> completable = new TestObserver<>();
    completable.dispose();
    rx.appointments().delete(17, 4812).subscribe(completable);
    TestObserver<?> withResponse = new TestObserver<>();
    withResponse.dispose();
    rx.appointments()
        .getWithResponse(17, 4812, RequestOptions.none())
        .subscribe((io.reactivex.rxjava3.core.SingleObserver) withResponse);

    assertThat(mock.server().getRequestCount()).isZero();
    single.assertNoValues().assertNoErrors().assertNotComplete();
    completable.assertNoErrors().assertNotComplete();
    withResponse.assertNoValues().assertNoErrors();
  }

  @Test
  void aValueThatArrivesAfterDisposalIsDropped() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client = mock.client();
    RxCalls calls = new RxCalls(ClientAccess.contextOf(client), null);
    TestObserver<Appointment> observer = new TestObserver<>();

    calls
        .single(
            getCall(client),
            body -> {
              observer.dispose(); // the caller disposes while the body is being read
              return body.getPayload();
            })
        .subscribe(observer);

    observer.assertNoValues().assertNoErrors();
    assertThat(undeliverable).isEmpty();
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void anErrorThatArrivesAfterDisposalIsDroppedNotSentToThePlugins() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client = mock.client();
    RxCalls calls = new RxCalls(ClientAccess.contextOf(client), null);
    TestObserver<Appointment> observer = new TestObserver<>();

    calls
        .<AppointmentResponse, Appointment>single(
            getCall(client),
            body -> {
              observer.dispose();
              throw new IllegalStateException("after disposal");
            })
        .subscribe(observer);

    observer.assertNoValues().assertNoErrors();
    assertThat(undeliverable).isEmpty();
  }

  @Test
  void aCompletableDisposedWhileItsCallRunsDeliversNeitherCompletionNorError() {
    AtomicReference<TestObserver<Void>> current = new AtomicReference<>();
    OkHttpClient disposingOnResponse =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  okhttp3.Response response = chain.proceed(chain.request());
                  current.get().dispose();
                  return response;
                })
            .build();
    RxOneLinkClient rx =
        RxOneLinkClient.create(mock.clientBuilder().okHttpClient(disposingOnResponse).build());
    mock.server().enqueue(new MockResponse().setResponseCode(204));
    mock.server().enqueue(json(404, "errors/404-not-found.json"));

    for (int i = 0; i < 2; i++) {
      TestObserver<Void> observer = new TestObserver<>();
      current.set(observer);
      rx.appointments().delete(17, 4812).subscribe(observer);

      observer.assertNoErrors().assertNotComplete();
    }
    assertThat(undeliverable).isEmpty();
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void aFatalErrorIsThrownToTheSubscriberNotDeliveredAsAnOnError() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client = mock.client();
    RxCalls calls = new RxCalls(ClientAccess.contextOf(client), null);
    TestObserver<Appointment> observer = new TestObserver<>();
    Single<Appointment> failing =
        calls.<AppointmentResponse, Appointment>single(
            getCall(client),
            body -> {
              throw new NoClassDefFoundError("a class R8 removed");
            });

    // RxJava's rule for fatal errors (Exceptions.throwIfFatal): they unwind the subscribing
    // thread instead of reaching onError, where an app would take them for a failed call.
    assertThatThrownBy(() -> failing.subscribe(observer))
        .isExactlyInstanceOf(NoClassDefFoundError.class)
        .hasMessage("a class R8 removed");
    observer.assertNoValues().assertNoErrors();
  }

  @Test
  void aFatalErrorInACompletablesCallIsThrownToTheSubscriber() {
    OkHttpClient fatal =
        new OkHttpClient.Builder()
            .addInterceptor(
                chain -> {
                  throw new NoClassDefFoundError("a class R8 removed");
                })
            .build();
    RxOneLinkClient rx = RxOneLinkClient.create(mock.clientBuilder().okHttpClient(fatal).build());
    TestObserver<Void> observer = new TestObserver<>();

    assertThatThrownBy(() -> rx.appointments().delete(17, 4812).subscribe(observer))
        .isExactlyInstanceOf(NoClassDefFoundError.class);
    observer.assertNoErrors().assertNotComplete();
  }

  @Test
  void aCompletableDeliversCompletionAndErrors() {
    RxOneLinkClient rx = RxOneLinkClient.create(mock.client());
    mock.server().enqueue(new MockResponse().setResponseCode(204));
    mock.server().enqueue(json(404, "errors/404-not-found.json"));

    rx.appointments().delete(17, 4812).test().assertComplete().assertNoErrors();
    rx.appointments().delete(17, 4812).test().assertError(NotFoundException.class);
  }

  @Test
  void theClientsSchedulerRunsCompletablesToo() {
    RxOneLinkClient rx = RxOneLinkClient.create(mock.client(), Schedulers.single());
    AtomicReference<String> thread = new AtomicReference<>();
    mock.server().enqueue(new MockResponse().setResponseCode(204));

    Completable delete = rx.appointments().delete(17, 4812);
    delete.doOnComplete(() -> thread.set(Thread.currentThread().getName())).blockingAwait();

    assertThat(thread.get()).startsWith("RxSingleScheduler");
  }

  @Test
  void theWrappedClientAndItsArgumentsAreChecked() {
    OneLinkClient client = mock.client();
    RxOneLinkClient rx = RxOneLinkClient.create(client, Schedulers.io());

    assertThat(rx.client()).isSameAs(client);
    assertThat(RxOneLinkClient.create(client).client()).isSameAs(client);
    assertThat(rx.toString()).isEqualTo("RxOneLinkClient{" + client + "}");
    assertThatThrownBy(() -> RxOneLinkClient.create(null, Schedulers.io()))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("client == null");
    assertThatThrownBy(() -> RxOneLinkClient.create(client, null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("scheduler == null");
    assertThatThrownBy(() -> RxOneLinkClient.create(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("client == null");
    Single<Appointment> cold = rx.appointments().get(17, 4812);
    assertThat(cold).isNotNull();
    assertThat(mock.server().getRequestCount()).as("nothing sent before subscription").isZero();
  }
}
