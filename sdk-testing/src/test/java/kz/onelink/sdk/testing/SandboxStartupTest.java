package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Starting a sandbox: the spec is parsed once per JVM, and a warm start takes milliseconds. */
class SandboxStartupTest {
  private static final int STARTS = 9;

  @Test
  void theSpecIsParsedOncePerText() {
    Spec first = Spec.load(SpecSource.packaged());

    assertThat(Spec.load(SpecSource.packaged())).isSameAs(first);
  }

  @Test
  void aWarmSandboxStartsWellUnderASecond() throws IOException {
    for (int i = 0; i < 3; i++) {
      OneLinkSandbox.start().close(); // JIT warm-up, and the spec parsed once
    }
    long[] nanos = new long[STARTS];
    for (int i = 0; i < STARTS; i++) {
      long started = System.nanoTime();
      OneLinkSandbox sandbox = OneLinkSandbox.start();
      nanos[i] = System.nanoTime() - started;
      sandbox.close();
    }
    Arrays.sort(nanos);
    long medianMillis = nanos[STARTS / 2] / 1_000_000;
    Files.createDirectories(Paths.get("target"));
    Files.write(
        Paths.get("target", "sandbox-startup.txt"),
        String.format(
                "warm start-up: median %d ms, fastest %d ms, slowest %d ms over %d starts%n",
                medianMillis, nanos[0] / 1_000_000, nanos[STARTS - 1] / 1_000_000, STARTS)
            .getBytes(StandardCharsets.UTF_8));

    assertThat(medianMillis).isLessThan(250);
  }

  @Test
  void theBuilderTakesAPortAndASpecUrl() throws IOException {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    URL spec = SandboxStartupTest.class.getClassLoader().getResource(SpecSource.PACKAGED);
    try (OneLinkSandbox sandbox = OneLinkSandbox.builder().spec(spec).port(port).start()) {
      assertThat(sandbox.baseUrl()).isEqualTo("http://127.0.0.1:" + port + "/");
      assertThat(new RawHttp(sandbox).get("appointments").status).isEqualTo(200);
    }
    assertThatThrownBy(() -> OneLinkSandbox.builder().port(70000))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("port must be 0..65535 but was 70000");
  }

  @Test
  void aSpecThatIsNotOpenApiIsRefusedAtStart() throws IOException {
    java.nio.file.Path notASpec = Files.createTempFile("not-openapi", ".yaml");
    Files.write(notASpec, "just: text\n".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> OneLinkSandbox.builder().spec(notASpec).start())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("could not read the spec");
  }
}
