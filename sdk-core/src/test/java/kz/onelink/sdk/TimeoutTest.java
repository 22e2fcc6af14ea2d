package kz.onelink.sdk;

import static kz.onelink.sdk.Fixtures.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.errors.OneLinkTimeoutException;
import okhttp3.Interceptor;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Read timeouts per client and per call, the overall deadline across retries, a custom
 * OkHttpClient.
 */
@Timeout(30)
class TimeoutTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  @Test
  void aServerThatNeverAnswersEndsInATimeoutNotAHang() {
    mock.server().enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    OneLinkClient client =
        mock.clientBuilder().readTimeout(Duration.ofMillis(300)).maxRetries(0).build();

    OneLinkTimeoutException e =
        catchThrowableOfType(
            OneLinkTimeoutException.class, () -> client.appointments().get(17, 4812));

    assertThat(e.getMessage())
        .startsWith("Timed out on GET /api/v1/accounts/17/scheduling/appointments/4812");
  }

  @Test
  void aReadTimeoutIsRetriedForASafeOperation() {
    mock.server().enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    OneLinkClient client = mock.clientBuilder().readTimeout(Duration.ofMillis(300)).build();

    assertThat(client.appointments().get(17, 4812).getId()).isEqualTo(4812L);
  }

  @Test
  void aPerCallReadTimeoutOverridesTheClients() {
    mock.server().enqueue(json(200, "appointments/get-200.json").setBodyDelay(1, TimeUnit.SECONDS));
    RequestOptions impatient =
        RequestOptions.builder().readTimeout(Duration.ofMillis(200)).maxRetries(0).build();

    assertThatThrownBy(() -> mock.client().appointments().get(17, 4812, impatient))
        .isInstanceOf(OneLinkTimeoutException.class);
  }

  @Test
  void aPerCallDeadlineOverridesTheClients() {
    mock.server()
        .enqueue(json(200, "appointments/get-200.json").setHeadersDelay(2, TimeUnit.SECONDS));
    RequestOptions quick = RequestOptions.builder().timeout(Duration.ofMillis(300)).build();

    OneLinkTimeoutException e =
        catchThrowableOfType(
            OneLinkTimeoutException.class, () -> mock.client().appointments().get(17, 4812, quick));

    assertThat(e.getCause()).hasMessage("timeout");
  }

  @Test
  void aSuppliedOkHttpClientIsBuiltOnAndLeftUnchanged() throws Exception {
    mock.server().enqueue(json(200, "appointments/get-200.json"));
    Interceptor tracing =
        chain -> chain.proceed(chain.request().newBuilder().header("X-Trace", "abc").build());
    OkHttpClient appClient = new OkHttpClient.Builder().addInterceptor(tracing).build();

    OneLinkClient client = mock.clientBuilder().okHttpClient(appClient).build();
    client.appointments().get(17, 4812);

    assertThat(mock.server().takeRequest().getHeader("X-Trace")).isEqualTo("abc");
    assertThat(appClient.interceptors()).containsExactly(tracing);
  }

  @Test
  void invalidTimeoutsAreRejected() {
    assertThatThrownBy(() -> RequestOptions.builder().readTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("readTimeout must be positive");
    assertThatThrownBy(() -> OneLinkClient.builder().timeout(Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("timeout must not be negative but was PT-1S");
    assertThatThrownBy(() -> OneLinkClient.builder().maxRetries(-1))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aThrowingAppInterceptorSurfacesAsAnIoException() {
    Interceptor broken =
        chain -> {
          throw new IOException("proxy refused");
        };
    OneLinkClient client =
        mock.clientBuilder()
            .okHttpClient(new OkHttpClient.Builder().addInterceptor(broken).build())
            .maxRetries(0)
            .build();

    assertThatThrownBy(() -> client.appointments().get(17, 1))
        .isInstanceOf(kz.onelink.sdk.errors.OneLinkIoException.class)
        .hasMessageContaining("proxy refused");
  }
}
