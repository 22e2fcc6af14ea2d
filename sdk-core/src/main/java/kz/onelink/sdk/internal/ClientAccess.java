package kz.onelink.sdk.internal;

import org.jspecify.annotations.Nullable;

/**
 * Lets sdk-rx reach a client's {@link ServiceContext} without a public accessor on the client: the
 * bridge OkHttp 3 used between its public classes and {@code okhttp3.internal.Internal}. The client
 * installs the implementation when its class initializes, which has happened by the time anyone
 * holds a client. Typed {@code Object} so this package does not depend on the client's.
 */
public abstract class ClientAccess {
  private static volatile @Nullable ClientAccess instance;

  public static void install(ClientAccess access) {
    instance = access;
  }

  /**
   * Returns the context of {@code client}.
   *
   * @throws IllegalArgumentException if {@code client} is not a {@code OneLinkClient}
   */
  public static ServiceContext contextOf(Object client) {
    ClientAccess access = instance;
    if (access == null) {
      throw new IllegalStateException("OneLinkClient is not initialized");
    }
    return access.context(client);
  }

  protected abstract ServiceContext context(Object client);
}
