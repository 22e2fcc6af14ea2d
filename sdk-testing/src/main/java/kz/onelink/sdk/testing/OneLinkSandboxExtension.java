package kz.onelink.sdk.testing;

import java.time.Clock;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Runs a {@link OneLinkSandbox} for JUnit 5 tests. In a {@code static} field it starts once per
 * class and is {@linkplain OneLinkSandbox#reset() reset} before each test; in an instance field,
 * each test gets its own. Tests can also take a {@code OneLinkSandbox} parameter.
 *
 * <pre>{@code
 * @RegisterExtension
 * static final OneLinkSandboxExtension SANDBOX = new OneLinkSandboxExtension();
 *
 * @Test
 * void books() {
 *   OneLinkClient client = OneLinkClient.builder()
 *       .baseUrl(SANDBOX.sandbox().baseUrl())
 *       .apiAccessToken(SANDBOX.sandbox().apiAccessToken())
 *       .build();
 *   ...
 * }
 * }</pre>
 */
public final class OneLinkSandboxExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  private final OneLinkSandbox.Builder builder;
  private @Nullable OneLinkSandbox sandbox;
  private boolean perClass;

  /** A sandbox that reads the time from the system clock. */
  public OneLinkSandboxExtension() {
    this(Clock.systemUTC());
  }

  /**
   * A sandbox that reads the time from {@code clock}: a fixed one makes free slots and holidays
   * deterministic.
   */
  public OneLinkSandboxExtension(Clock clock) {
    if (clock == null) {
      throw new IllegalArgumentException("clock must not be null");
    }
    this.builder = OneLinkSandbox.builder().clock(clock);
  }

  /**
   * A sandbox started from {@code builder}, e.g. on another spec: {@code new
   * OneLinkSandboxExtension(OneLinkSandbox.builder().spec(path))}.
   */
  public OneLinkSandboxExtension(OneLinkSandbox.Builder builder) {
    if (builder == null) {
      throw new IllegalArgumentException("builder must not be null");
    }
    this.builder = builder;
  }

  /** The running sandbox. */
  public OneLinkSandbox sandbox() {
    OneLinkSandbox running = sandbox;
    if (running == null) {
      throw new IllegalStateException("the sandbox runs only while a test runs");
    }
    return running;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    perClass = true;
    sandbox = builder.start();
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    if (sandbox == null) {
      sandbox = builder.start();
    } else {
      sandbox.reset();
    }
  }

  @Override
  public void afterEach(ExtensionContext context) {
    if (!perClass) {
      stop();
    }
  }

  @Override
  public void afterAll(ExtensionContext context) {
    stop();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return parameter.getParameter().getType() == OneLinkSandbox.class;
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    return sandbox();
  }

  private void stop() {
    OneLinkSandbox running = sandbox;
    sandbox = null;
    if (running != null) {
      running.close();
    }
  }
}
