package kz.onelink.sdk;

import java.io.IOException;
import java.time.Duration;
import okhttp3.mockwebserver.MockWebServer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A fresh MockWebServer on 127.0.0.1 for each test, and a client pointed at it with a fake token
 * and millisecond backoff (so retry tests run fast).
 */
public final class MockServerExtension implements BeforeEachCallback, AfterEachCallback {
  public static final String TOKEN = "tok_test_Secret123";

  /** MockWebServer logs dropped connections through java.util.logging: noise in test output. */
  private static final java.util.logging.Logger MOCK_WEB_SERVER_LOG = quiet();

  private MockWebServer server;
  private OneLinkClient client;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    server = new MockWebServer();
    server.setServerSocketFactory(new NoDelayServerSocketFactory());
    server.start(java.net.InetAddress.getByName("127.0.0.1"), 0);
    client = clientBuilder().build();
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    server.shutdown();
  }

  private static java.util.logging.Logger quiet() {
    java.util.logging.Logger logger =
        java.util.logging.Logger.getLogger(MockWebServer.class.getName());
    logger.setLevel(java.util.logging.Level.OFF);
    return logger;
  }

  public MockWebServer server() {
    return server;
  }

  public OneLinkClient client() {
    return client;
  }

  /** A builder pointed at the server, for tests that change a setting. */
  public OneLinkClient.Builder clientBuilder() {
    return OneLinkClient.builder()
        .apiAccessToken(TOKEN)
        .baseUrl("http://127.0.0.1:" + server.getPort() + "/")
        .retryBackoff(Duration.ofMillis(1), Duration.ofMillis(5))
        .timeout(Duration.ofSeconds(20));
  }
}
