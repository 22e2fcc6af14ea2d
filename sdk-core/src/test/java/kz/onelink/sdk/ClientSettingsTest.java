package kz.onelink.sdk;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.RateLimitException;
import kz.onelink.sdk.internal.ClientAccess;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The builder's settings, each observed in what the client then does: {@code newBuilder()} carries
 * every one of them over, and invalid ones are refused with a message naming them.
 */
class ClientSettingsTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  private final List<String> seen = new CopyOnWriteArrayList<>();

  @Test
  void newBuilderCarriesEverySettingOver() throws Exception {
    List<String> logged = new ArrayList<>();
    OkHttpClient recording =
        new OkHttpClient.Builder()
            .addNetworkInterceptor(
                chain -> {
                  seen.add(
                      chain.connectTimeoutMillis()
                          + "/"
                          + chain.readTimeoutMillis()
                          + "/"
                          + chain.writeTimeoutMillis()
                          + " "
                          + chain.request().header("api_access_token"));
                  return chain.proceed(chain.request());
                })
            .build();
    OneLinkClient original =
        OneLinkClient.builder()
            .apiAccessToken("derived_token_1")
            .baseUrl("http://127.0.0.1:" + mock.server().getPort() + "/root")
            .okHttpClient(recording)
            .connectTimeout(Duration.ofMillis(1111))
            .readTimeout(Duration.ofMillis(2222))
            .writeTimeout(Duration.ofMillis(3333))
            .timeout(Duration.ofSeconds(7))
            .maxRetries(1)
            .retryBackoff(Duration.ofMillis(300), Duration.ofMillis(300))
            .maxRetryAfter(Duration.ofSeconds(1))
            .logLevel(LogLevel.BASIC)
            .logger(logged::add)
            .build();
    OneLinkClient derived = original.newBuilder().build();

    assertThat(derived.baseUrl()).isEqualTo(original.baseUrl()).endsWith("/root/");
    // Retries and backoff: one retry, after 150 to 300 ms, then the second 503 is thrown.
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    mock.server().enqueue(new MockResponse().setResponseCode(503));
    long start = System.nanoTime();
    assertThatThrownBy(() -> derived.appointments().get(17, 1))
        .isInstanceOf(InternalServerException.class);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThan(Duration.ofMillis(140));
    assertThat(mock.server().getRequestCount()).isEqualTo(2);
    // maxRetryAfter: a 2 s Retry-After is more than the 1 s the client waits for.
    mock.server().takeRequest();
    mock.server().takeRequest();
    mock.server().enqueue(new MockResponse().setResponseCode(429).setHeader("Retry-After", "2"));
    assertThat(
            catchThrowableOfType(RateLimitException.class, () -> derived.appointments().get(17, 1))
                .retryAfter())
        .isEqualTo(Duration.ofSeconds(2));
    assertThat(mock.server().getRequestCount()).isEqualTo(3);
    // Timeouts, token and the app's OkHttpClient, on every attempt.
    assertThat(seen).hasSize(3).allMatch("1111/2222/3333 derived_token_1"::equals);
    // The deadline: 7 s, not the default minute.
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OkHttpClient deadlineProbe =
        recording
            .newBuilder()
            .addNetworkInterceptor(
                chain -> {
                  seen.add("deadline " + chain.call().timeout().timeoutNanos());
                  return chain.proceed(chain.request());
                })
            .build();
    derived.newBuilder().okHttpClient(deadlineProbe).build().appointments().get(17, 1);
    long deadline = Long.parseLong(seen.get(seen.size() - 1).substring("deadline ".length()));
    assertThat(deadline)
        .isBetween(Duration.ofSeconds(6).toNanos(), Duration.ofSeconds(7).toNanos());
    // Logging: level and logger.
    assertThat(logged).anyMatch(line -> line.startsWith("--> GET http://127.0.0.1:"));
  }

  @Test
  void newBuilderKeepsCleartextPermissionAndSharesTheConnectionPool() throws Exception {
    OneLinkClient cleartext =
        OneLinkClient.builder()
            .apiAccessToken("t")
            .baseUrl("http://proxy.internal:3128/")
            .allowCleartextHttp(true)
            .build();

    OneLinkClient derived = cleartext.newBuilder().maxRetries(0).build();

    assertThat(derived.baseUrl()).isEqualTo("http://proxy.internal:3128/");
    assertThat(TimeoutKnobsTest.httpClientOf(derived).connectionPool())
        .isSameAs(TimeoutKnobsTest.httpClientOf(cleartext).connectionPool());
    assertThat(TimeoutKnobsTest.httpClientOf(derived).dispatcher())
        .isSameAs(TimeoutKnobsTest.httpClientOf(cleartext).dispatcher());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost/",
        "http://api.localhost:8080/",
        "http://127.0.0.1/",
        "http://127.1.2.3:9/",
        "http://[::1]/",
        "http://[0:0:0:0:0:0:0:1]/"
      })
  void plainHttpIsAcceptedForEveryLoopbackForm(String url) {
    assertThat(OneLinkClient.builder().apiAccessToken("t").baseUrl(url).build().baseUrl())
        .startsWith("http://");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "http://localhost.example.com/",
        "http://128.0.0.1/",
        "http://10.0.0.1/",
        "http://[::2]/",
        "http://one-link.kz/"
      })
  void plainHttpIsRefusedForEveryOtherHost(String url) {
    assertThatThrownBy(() -> OneLinkClient.builder().apiAccessToken("t").baseUrl(url).build())
        .isExactlyInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("baseUrl " + url + " is plain http to a host that is not");
  }

  @Test
  void theBaseUrlGetsItsSlashAndAnInvalidOneIsRefused() {
    assertThat(
            OneLinkClient.builder()
                .apiAccessToken("t")
                .baseUrl("https://api.example.com/v2")
                .build()
                .baseUrl())
        .isEqualTo("https://api.example.com/v2/");
    assertThat(OneLinkClient.builder().apiAccessToken("t").build().baseUrl())
        .isEqualTo("https://one-link.kz/");
    assertThat(OneLinkClient.builder().apiAccessToken("t").build().toString())
        .isEqualTo("OneLinkClient{baseUrl=https://one-link.kz/}");
    assertThatThrownBy(() -> OneLinkClient.builder().baseUrl("ftp://one-link.kz/"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl is not an http or https URL: ftp://one-link.kz/");
    assertThatThrownBy(() -> OneLinkClient.builder().baseUrl(null))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("baseUrl == null");
  }

  @Test
  void theBuildersToStringNamesTheUrlAndHidesTheToken() {
    assertThat(OneLinkClient.builder().toString())
        .isEqualTo("OneLinkClient.Builder{baseUrl=https://one-link.kz/, apiAccessToken=unset}");
    assertThat(OneLinkClient.builder().apiAccessToken("secret_x").toString())
        .isEqualTo(
            "OneLinkClient.Builder{baseUrl=https://one-link.kz/, apiAccessToken=<redacted>}");
  }

  @Test
  void invalidSettingsAreRefusedWithTheirName() {
    OneLinkClient.Builder builder = OneLinkClient.builder();
    assertThatThrownBy(() -> builder.retryBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1)))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("max backoff PT1S is below the initial PT2S");
    assertThat(builder.retryBackoff(Duration.ofSeconds(1), Duration.ofSeconds(1)))
        .isSameAs(builder);
    assertThatThrownBy(() -> builder.retryBackoff(Duration.ofSeconds(-1), Duration.ofSeconds(1)))
        .hasMessage("initial must not be negative but was PT-1S");
    assertThatThrownBy(() -> builder.retryBackoff(Duration.ZERO, Duration.ofSeconds(-1)))
        .hasMessage("max must not be negative but was PT-1S");
    assertThatThrownBy(() -> builder.maxRetries(-1))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("maxRetries must not be negative but was -1");
    assertThat(builder.maxRetries(0)).isSameAs(builder);
    assertThatThrownBy(() -> builder.connectTimeout(Duration.ofMillis(-1)))
        .hasMessage("connectTimeout must not be negative but was PT-0.001S");
    assertThatThrownBy(() -> builder.readTimeout(null)).hasMessage("readTimeout == null");
    assertThatThrownBy(() -> builder.writeTimeout(null)).hasMessage("writeTimeout == null");
    assertThatThrownBy(() -> builder.maxRetryAfter(Duration.ofSeconds(-5)))
        .hasMessage("maxRetryAfter must not be negative but was PT-5S");
    assertThatThrownBy(() -> builder.logLevel(null)).hasMessage("logLevel == null");
    assertThatThrownBy(() -> builder.logger(null)).hasMessage("logger == null");
    assertThatThrownBy(() -> builder.okHttpClient(null)).hasMessage("okHttpClient == null");
  }

  @Test
  void requestOptionsRefuseInvalidValuesAndDescribeThemselves() {
    assertThat(RequestOptions.none().toString())
        .isEqualTo(
            "RequestOptions{timeout=null, connectTimeout=null, readTimeout=null,"
                + " writeTimeout=null, maxRetries=null}");
    RequestOptions all =
        RequestOptions.builder()
            .timeout(Duration.ofSeconds(1))
            .connectTimeout(Duration.ofSeconds(2))
            .readTimeout(Duration.ofSeconds(3))
            .writeTimeout(Duration.ofSeconds(4))
            .maxRetries(0)
            .build();
    assertThat(all.toString())
        .isEqualTo(
            "RequestOptions{timeout=PT1S, connectTimeout=PT2S, readTimeout=PT3S,"
                + " writeTimeout=PT4S, maxRetries=0}");
    assertThat(all.maxRetries()).isZero();
    assertThat(RequestOptions.builder().timeout(Duration.ZERO).build().timeout()).isZero();
    for (String name : new String[] {"connectTimeout", "readTimeout", "writeTimeout"}) {
      assertThatThrownBy(() -> set(name, Duration.ZERO))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " must be positive");
      assertThatThrownBy(() -> set(name, Duration.ofNanos(-1)))
          .isExactlyInstanceOf(IllegalArgumentException.class)
          .hasMessage(name + " must not be negative but was PT-0.000000001S");
    }
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(-2))
        .hasMessage("maxRetries must not be negative but was -2");
  }

  private static void set(String name, Duration value) {
    RequestOptions.Builder builder = RequestOptions.builder();
    switch (name) {
      case "connectTimeout":
        builder.connectTimeout(value);
        break;
      case "readTimeout":
        builder.readTimeout(value);
        break;
      default:
        builder.writeTimeout(value);
    }
  }

  @Test
  void onlyAOneLinkClientHasAContext() {
    assertThat(ClientAccess.contextOf(mock.client())).isNotNull();
    assertThatThrownBy(() -> ClientAccess.contextOf("a string"))
        .isExactlyInstanceOf(IllegalArgumentException.class)
        .hasMessage("not a OneLinkClient: a string");
  }
}
