package kz.onelink.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.errors.OneLinkTimeoutException;
import okhttp3.Request;
import org.junit.jupiter.api.Test;

/**
 * Which I/O failures are timeouts: a connect, read or write timeout ({@link
 * SocketTimeoutException}) and OkHttp's call deadline (an {@link InterruptedIOException} whose
 * message is "timeout"); every other one is a network failure, named by its message or, without
 * one, its class.
 */
class ErrorMapperTest {
  private static final Request GET =
      new Request.Builder().url("http://127.0.0.1/api/v1/accounts/17/scheduling/resources").build();

  @Test
  void timeoutsAreTimeouts() {
    OneLinkIoException read = ErrorMapper.fromIo(new SocketTimeoutException("Read timed out"), GET);
    OneLinkIoException deadline = ErrorMapper.fromIo(new InterruptedIOException("timeout"), GET);

    assertThat(read)
        .isExactlyInstanceOf(OneLinkTimeoutException.class)
        .hasMessage("Timed out on GET /api/v1/accounts/17/scheduling/resources: Read timed out");
    assertThat(deadline).isExactlyInstanceOf(OneLinkTimeoutException.class);
  }

  @Test
  void everyOtherFailureIsANetworkFailure() {
    OneLinkIoException reset = ErrorMapper.fromIo(new IOException("Connection reset"), GET);
    OneLinkIoException interrupted =
        ErrorMapper.fromIo(new InterruptedIOException("interrupted"), GET);
    OneLinkIoException nameless = ErrorMapper.fromIo(new IOException(), GET);

    assertThat(reset)
        .isExactlyInstanceOf(OneLinkIoException.class)
        .hasMessage(
            "Network failure on GET /api/v1/accounts/17/scheduling/resources: Connection reset");
    assertThat(interrupted).isExactlyInstanceOf(OneLinkIoException.class);
    assertThat(nameless)
        .hasMessage("Network failure on GET /api/v1/accounts/17/scheduling/resources: IOException");
  }
}
