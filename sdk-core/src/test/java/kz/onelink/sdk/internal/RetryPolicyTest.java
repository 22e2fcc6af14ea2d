package kz.onelink.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.SocketException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import javax.net.ssl.SSLException;
import javax.net.ssl.SSLPeerUnverifiedException;
import kz.onelink.sdk.RequestOptions;
import org.junit.jupiter.api.Test;

class RetryPolicyTest {
  private final RetryPolicy policy =
      new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(30));

  private static CallOptions options(Operation operation, int maxRetries) {
    return new CallOptions(operation, maxRetries, 0, null, null);
  }

  private static final Operation READ = Operation.of("get", "GET", "", "");
  private static final Operation UNSAFE_POST = Operation.of("post", "POST", "", "");
  private static final Operation KEYED_CREATE =
      Operation.of("create", "POST", "", "idempotency_key");

  @Test
  void backoffDoublesFromHalfASecondUpToEightWithJitterOfAtMostHalf() {
    long[] ceilings = {500, 1000, 2000, 4000, 8000, 8000, 8000};
    for (int attempt = 0; attempt < ceilings.length; attempt++) {
      for (int sample = 0; sample < 200; sample++) {
        long millis = Duration.ofNanos(policy.backoff(attempt)).toMillis();
        assertThat(millis).isBetween(ceilings[attempt] / 2, ceilings[attempt]);
      }
    }
    assertThat(Duration.ofNanos(policy.backoff(200)).toMillis()).isBetween(4000L, 8000L);
  }

  @Test
  void noInitialBackoffMeansNoWaitAndAHugeOneStopsAtTheCap() {
    RetryPolicy none = new RetryPolicy(Duration.ZERO, Duration.ofSeconds(8), Duration.ZERO);
    // 2^34 ns shifted by 29 or 30 overflows a long: the cap holds, never a negative delay.
    RetryPolicy huge =
        new RetryPolicy(Duration.ofNanos(1L << 34), Duration.ofHours(1), Duration.ZERO);
    for (int attempt = 0; attempt < 40; attempt++) {
      assertThat(none.backoff(attempt)).isZero();
      if (attempt >= 8) {
        assertThat(huge.backoff(attempt))
            .isBetween(Duration.ofMinutes(30).toNanos(), Duration.ofHours(1).toNanos() + 1);
      }
    }
  }

  @Test
  void aRetryAfterExactlyAtTheCapIsWaited() {
    RetryPolicy capped =
        new RetryPolicy(Duration.ofMillis(500), Duration.ofSeconds(8), Duration.ofSeconds(5));

    assertThat(capped.afterStatus(options(READ, 2), 0, 503, "5"))
        .isEqualTo(Duration.ofSeconds(5).toNanos());
    assertThat(capped.afterStatus(options(READ, 2), 0, 503, "6")).isEqualTo(RetryPolicy.NO_RETRY);
  }

  @Test
  void noRouteToTheHostMeansNothingWasSentButAResetMayHaveBeen() {
    CallOptions options = options(UNSAFE_POST, 2);

    assertThat(policy.afterIo(options, 0, new NoRouteToHostException("no route"))).isPositive();
    assertThat(policy.afterIo(options, 0, new SocketException("Connection reset")))
        .isEqualTo(RetryPolicy.NO_RETRY);
    assertThat(policy.afterIo(options(READ, 2), 0, new SocketException("Connection reset")))
        .isPositive();
  }

  @Test
  void aTlsFailureIsRetriedOnlyWhenTheNetworkCausedIt() {
    CallOptions options = options(READ, 2);

    assertThat(policy.afterIo(options, 0, new SSLException("read", new SocketException("reset"))))
        .isPositive();
    assertThat(policy.afterIo(options, 0, new SSLException("bad record")))
        .isEqualTo(RetryPolicy.NO_RETRY);
  }

  @Test
  void jitterSpreadsTheDelays() {
    java.util.Set<Long> distinct = new java.util.HashSet<>();
    for (int i = 0; i < 50; i++) {
      distinct.add(policy.backoff(3) / 1_000_000);
    }
    assertThat(distinct.size()).isGreaterThan(10);
  }

  @Test
  void anOperationThatIsNotSafeIsRetriedOnlyWhenNothingWasSentOrOnRateLimit() {
    CallOptions options = options(UNSAFE_POST, 2);

    assertThat(policy.afterIo(options, 0, new ConnectException("refused"))).isPositive();
    assertThat(policy.afterIo(options, 0, new UnknownHostException("one-link.kz"))).isPositive();
    assertThat(policy.afterStatus(options, 0, 429, null)).isPositive();
    assertThat(policy.afterIo(options, 0, new SocketTimeoutException("read timed out")))
        .isEqualTo(RetryPolicy.NO_RETRY);
    assertThat(policy.afterIo(options, 0, new IOException("unexpected end of stream")))
        .isEqualTo(RetryPolicy.NO_RETRY);
    assertThat(policy.afterStatus(options, 0, 500, null)).isEqualTo(RetryPolicy.NO_RETRY);
    assertThat(policy.afterStatus(options, 0, 503, null)).isEqualTo(RetryPolicy.NO_RETRY);
  }

  @Test
  void aKeyedCreateIsRetriedLikeASafeOperation() {
    CallOptions options = options(KEYED_CREATE, 2);

    assertThat(policy.afterIo(options, 0, new SocketTimeoutException("read timed out")))
        .isPositive();
    assertThat(policy.afterStatus(options, 1, 502, null)).isPositive();
    assertThat(policy.afterStatus(options, 2, 502, null)).isEqualTo(RetryPolicy.NO_RETRY);
  }

  @Test
  void failuresThatDoNotHealAreNotRetried() {
    CallOptions options = options(READ, 2);

    assertThat(policy.afterIo(options, 0, new SSLPeerUnverifiedException("pinning")))
        .isEqualTo(RetryPolicy.NO_RETRY);
    assertThat(policy.afterIo(options, 0, new InterruptedIOException("timeout")))
        .isEqualTo(RetryPolicy.NO_RETRY);
    assertThat(policy.afterIo(options, 0, new IOException("Canceled")))
        .isEqualTo(RetryPolicy.NO_RETRY);
    assertThat(policy.afterIo(options, 0, new java.net.UnknownServiceException("CLEARTEXT")))
        .isEqualTo(RetryPolicy.NO_RETRY);
    for (int status : new int[] {400, 401, 403, 404, 409, 422, 501}) {
      assertThat(policy.afterStatus(options, 0, status, null))
          .as("status %d", status)
          .isEqualTo(RetryPolicy.NO_RETRY);
    }
  }

  @Test
  void retryAfterIsReadAsSecondsOrAsAnHttpDate() {
    assertThat(RetryPolicy.retryAfter("7")).isEqualTo(Duration.ofSeconds(7));
    assertThat(RetryPolicy.retryAfter(" 0 ")).isEqualTo(Duration.ZERO);
    String inTenSeconds =
        DateTimeFormatter.RFC_1123_DATE_TIME.format(
            ZonedDateTime.now(java.time.ZoneOffset.UTC).plusSeconds(10));
    assertThat(RetryPolicy.retryAfter(inTenSeconds))
        .isBetween(Duration.ofSeconds(8), Duration.ofSeconds(10));
    assertThat(RetryPolicy.retryAfter("Wed, 21 Oct 2015 07:28:00 GMT")).isEqualTo(Duration.ZERO);
    assertThat(RetryPolicy.retryAfter("soon")).isNull();
    assertThat(RetryPolicy.retryAfter("-3")).isNull();
    assertThat(RetryPolicy.retryAfter(null)).isNull();
  }

  @Test
  void retryAfterWinsOverBackoffUpToTheCap() {
    CallOptions options = options(READ, 2);

    assertThat(policy.afterStatus(options, 0, 503, "3")).isEqualTo(Duration.ofSeconds(3).toNanos());
    assertThat(policy.afterStatus(options, 0, 429, "31")).isEqualTo(RetryPolicy.NO_RETRY);
  }

  @Test
  void requestOptionsOverrideTheClientsRetries() {
    ServiceContext context =
        new ServiceContext(
            new retrofit2.Retrofit.Builder().baseUrl("http://127.0.0.1/").build(),
            new Secret("t"),
            policy,
            2,
            Duration.ofSeconds(60));

    CallOptions defaults = context.options(READ, RequestOptions.none());
    CallOptions custom =
        context.options(
            KEYED_CREATE,
            RequestOptions.builder()
                .maxRetries(7)
                .timeout(Duration.ofSeconds(5))
                .readTimeout(Duration.ofMillis(1500))
                .build());

    assertThat(defaults.maxRetries).isEqualTo(2);
    assertThat(defaults.timeoutNanos).isEqualTo(Duration.ofSeconds(60).toNanos());
    assertThat(defaults.timeouts()).isNull();
    assertThatThrownBy(defaults::idempotencyKey).isInstanceOf(IllegalStateException.class);
    assertThat(custom.maxRetries).isEqualTo(7);
    assertThat(custom.timeoutNanos).isEqualTo(Duration.ofSeconds(5).toNanos());
    assertThat(custom.timeouts()).isNotNull();
    assertThat(custom.timeouts().readMillis).isEqualTo(1500);
    assertThat(custom.timeouts().connectMillis).isZero();
    assertThat(custom.idempotencyKey()).hasSize(36);
  }
}
