package kz.onelink.sdk;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.OneLinkTimeoutException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Every timeout setting takes effect on every attempt: the client's connect, read and write
 * timeouts, the per-call ones, the overall deadline ({@code Duration.ZERO} for none), and the
 * deadline's hold over backoff. Each attempt's settings are read where OkHttp applies them, in a
 * network interceptor of the app's own OkHttpClient.
 */
@Timeout(60)
class TimeoutKnobsTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  /** What one attempt ran with. */
  static final class Attempt {
    final int connectMillis;
    final int readMillis;
    final int writeMillis;
    final long deadlineNanos;

    Attempt(Interceptor.Chain chain) {
      connectMillis = chain.connectTimeoutMillis();
      readMillis = chain.readTimeoutMillis();
      writeMillis = chain.writeTimeoutMillis();
      deadlineNanos = chain.call().timeout().timeoutNanos();
    }

    @Override
    public String toString() {
      return connectMillis + "/" + readMillis + "/" + writeMillis + " deadline " + deadlineNanos;
    }
  }

  private final List<Attempt> attempts = new CopyOnWriteArrayList<>();

  /** An app's OkHttpClient that records each attempt, with these timeouts of its own. */
  private OkHttpClient recording(OkHttpClient.Builder app) {
    return app.addNetworkInterceptor(
            chain -> {
              attempts.add(new Attempt(chain));
              return chain.proceed(chain.request());
            })
        .build();
  }

  private OneLinkClient.Builder recordingClient() {
    return mock.clientBuilder().okHttpClient(recording(new OkHttpClient.Builder()));
  }

  @Test
  void theDefaultDeadlineIsAMinute() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client =
        OneLinkClient.builder()
            .apiAccessToken(MockServerExtension.TOKEN)
            .baseUrl(mock.server().url("/").toString())
            .okHttpClient(recording(new OkHttpClient.Builder()))
            .build();

    client.appointments().get(17, 4812);

    assertThat(attempts.get(0).deadlineNanos)
        .isBetween(Duration.ofSeconds(59).toNanos(), Duration.ofSeconds(60).toNanos());
  }

  @Test
  void theSdksOwnOkHttpClientHasTheDocumentedTimeoutsAndNeitherRedirectsNorRetries()
      throws Exception {
    OneLinkClient client =
        OneLinkClient.builder().apiAccessToken(MockServerExtension.TOKEN).build();

    OkHttpClient http = httpClientOf(client);

    assertThat(http.connectTimeoutMillis()).isEqualTo(10_000);
    assertThat(http.readTimeoutMillis()).isEqualTo(60_000);
    assertThat(http.writeTimeoutMillis()).isEqualTo(60_000);
    assertThat(http.followRedirects()).isFalse();
    assertThat(http.followSslRedirects()).isFalse();
    assertThat(http.retryOnConnectionFailure()).isFalse();
    assertThat(http.interceptors()).hasSize(1);
    assertThat(http.networkInterceptors()).as("no logging by default").isEmpty();
    assertThat(
            httpClientOf(client.newBuilder().logLevel(LogLevel.BASIC).build())
                .networkInterceptors())
        .hasSize(1);
  }

  /** The OkHttpClient a client runs on; not API, so read where the client keeps it. */
  static OkHttpClient httpClientOf(OneLinkClient client) throws Exception {
    kz.onelink.sdk.internal.ServiceContext context =
        kz.onelink.sdk.internal.ClientAccess.contextOf(client);
    java.lang.reflect.Field retrofit =
        kz.onelink.sdk.internal.ServiceContext.class.getDeclaredField("retrofit");
    retrofit.setAccessible(true);
    return (OkHttpClient) ((retrofit2.Retrofit) retrofit.get(context)).callFactory();
  }

  @Test
  void theClientsTimeoutsReachEveryAttempt() {
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client =
        recordingClient()
            .connectTimeout(Duration.ofMillis(1234))
            .readTimeout(Duration.ofMillis(2345))
            .writeTimeout(Duration.ofMillis(3456))
            .timeout(Duration.ofSeconds(20))
            .build();

    client.appointments().get(17, 4812);

    assertThat(attempts).hasSize(2);
    for (Attempt attempt : attempts) {
      assertThat(attempt.connectMillis).isEqualTo(1234);
      assertThat(attempt.readMillis).isEqualTo(2345);
      assertThat(attempt.writeMillis).isEqualTo(3456);
    }
    long first = attempts.get(0).deadlineNanos;
    assertThat(first).isBetween(Duration.ofSeconds(19).toNanos(), Duration.ofSeconds(20).toNanos());
    assertThat(attempts.get(1).deadlineNanos)
        .as("a retry gets what is left of the deadline")
        .isPositive()
        .isLessThan(first);
  }

  @Test
  void anAppsOkHttpClientKeepsItsTimeoutsUnlessTheBuilderSetsThem() {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OkHttpClient app =
        recording(
            new OkHttpClient.Builder()
                .connectTimeout(111, TimeUnit.MILLISECONDS)
                .readTimeout(222, TimeUnit.MILLISECONDS)
                .writeTimeout(333, TimeUnit.MILLISECONDS));

    mock.clientBuilder().okHttpClient(app).build().appointments().get(17, 4812);
    mock.clientBuilder()
        .okHttpClient(app)
        .readTimeout(Duration.ofMillis(4444))
        .build()
        .appointments()
        .get(17, 4812);

    assertThat(attempts.get(0).toString()).startsWith("111/222/333 ");
    assertThat(attempts.get(1).toString()).startsWith("111/4444/333 ");
    assertThat(app.readTimeoutMillis()).as("the app's client is left unchanged").isEqualTo(222);
  }

  @Test
  void eachPerCallTimeoutOverridesOnlyItselfOnEveryAttempt() {
    for (int i = 0; i < 8; i++) {
      mock.server()
          .enqueue(
              new MockResponse()
                  .setResponseCode(i % 2 == 0 ? 503 : 200)
                  .setBody(Fixtures.read("appointments/get-200.json")));
    }
    OneLinkClient client =
        recordingClient()
            .connectTimeout(Duration.ofMillis(1000))
            .readTimeout(Duration.ofMillis(2000))
            .writeTimeout(Duration.ofMillis(3000))
            .build();

    client
        .appointments()
        .get(17, 1, RequestOptions.builder().connectTimeout(Duration.ofMillis(1500)).build());
    client
        .appointments()
        .get(17, 1, RequestOptions.builder().readTimeout(Duration.ofMillis(2500)).build());
    client
        .appointments()
        .get(17, 1, RequestOptions.builder().writeTimeout(Duration.ofMillis(3500)).build());
    client
        .appointments()
        .get(
            17,
            1,
            RequestOptions.builder()
                .connectTimeout(Duration.ofDays(30))
                .readTimeout(Duration.ofDays(25))
                .writeTimeout(Duration.ofNanos(4_999_999_999L))
                .build());

    assertThat(attempts)
        .extracting(Attempt::toString)
        .extracting(s -> s.split(" ")[0])
        .containsExactly(
            "1500/2000/3000",
            "1500/2000/3000",
            "1000/2500/3000",
            "1000/2500/3000",
            "1000/2000/3500",
            "1000/2000/3500",
            Integer.MAX_VALUE + "/" + Integer.MAX_VALUE + "/4999",
            Integer.MAX_VALUE + "/" + Integer.MAX_VALUE + "/4999");
  }

  @Test
  void aZeroDeadlineMeansNoneForTheClientAndForOneCall() {
    for (int i = 0; i < 3; i++) {
      mock.server().enqueue(json(200, "appointments/get-200.json"));
    }
    OneLinkClient unbounded = recordingClient().timeout(Duration.ZERO).build();
    OneLinkClient bounded = recordingClient().timeout(Duration.ofSeconds(5)).build();

    unbounded.appointments().get(17, 1);
    bounded.appointments().get(17, 1, RequestOptions.builder().timeout(Duration.ZERO).build());
    unbounded
        .appointments()
        .get(17, 1, RequestOptions.builder().timeout(Duration.ofSeconds(3)).build());

    assertThat(attempts.get(0).deadlineNanos).isZero();
    assertThat(attempts.get(1).deadlineNanos).isZero();
    assertThat(attempts.get(2).deadlineNanos)
        .isBetween(Duration.ofSeconds(2).toNanos(), Duration.ofSeconds(3).toNanos());
  }

  @Test
  void withoutADeadlineASlowAnswerWithinTheReadTimeoutArrives() {
    mock.server()
        .enqueue(
            json(200, "appointments/get-200.json").setHeadersDelay(700, TimeUnit.MILLISECONDS));
    OneLinkClient client =
        mock.clientBuilder()
            .timeout(Duration.ZERO)
            .readTimeout(Duration.ofSeconds(10))
            .maxRetries(0)
            .build();

    assertThat(client.appointments().get(17, 4812).getId()).isEqualTo(4812L);
  }

  @Test
  void aBackoffThatWouldOverrunTheDeadlineEndsTheCallAtOnceWithTheError() {
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client =
        mock.clientBuilder()
            .retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(2)) // 1 to 2 s with jitter
            .timeout(Duration.ofMillis(900))
            .build();

    long start = System.nanoTime();
    InternalServerException e =
        catchThrowableOfType(
            InternalServerException.class, () -> client.appointments().get(17, 4812));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(700));
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aRetryAfterThatWouldOverrunTheDeadlineEndsTheCallAtOnceWithTheError() {
    mock.server().enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "2"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client = mock.clientBuilder().timeout(Duration.ofMillis(1500)).build();

    long start = System.nanoTime();
    InternalServerException e =
        catchThrowableOfType(
            InternalServerException.class, () -> client.appointments().get(17, 4812));

    assertThat(e.statusCode()).isEqualTo(503);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofMillis(1200));
    assertThat(mock.server().getRequestCount()).isEqualTo(1);
  }

  @Test
  void aBackoffWithinTheDeadlineIsWaitedAndRetried() {
    mock.server().enqueue(new MockResponse().setResponseCode(503).setHeader("Retry-After", "1"));
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client = mock.clientBuilder().timeout(Duration.ofSeconds(3)).build();

    long start = System.nanoTime();
    client.appointments().get(17, 4812);

    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(950));
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
  }

  @Test
  void theDeadlineEndsTheAttemptInFlightOnceRetriesHaveUsedItUp() {
    OneLinkClient client =
        mock.clientBuilder()
            .maxRetries(50)
            .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(1))
            .timeout(Duration.ofMillis(1250))
            .build();
    // A first call loads the classes, so the timed one runs at the server's pace.
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    client.appointments().get(17, 4812);
    // Each 503 takes 500 ms: the deadline cuts the third attempt 250 ms in.
    for (int i = 0; i < 10; i++) {
      mock.server()
          .enqueue(
              new MockResponse().setResponseCode(503).setHeadersDelay(500, TimeUnit.MILLISECONDS));
    }

    long start = System.nanoTime();
    OneLinkTimeoutException e =
        catchThrowableOfType(
            OneLinkTimeoutException.class, () -> client.appointments().get(17, 4812));
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);

    assertThat(e.getCause()).hasMessage("timeout");
    assertThat(e.getMessage())
        .isEqualTo("Timed out on GET /api/v1/accounts/17/scheduling/appointments/4812: timeout");
    assertThat(elapsed).isBetween(Duration.ofMillis(1200), Duration.ofMillis(1900));
    assertThat(mock.server().getRequestCount() - 1).as("attempts").isEqualTo(3);
  }
}
