package kz.onelink.sdk.internal;

import kz.onelink.sdk.OneLinkClient;
import org.jspecify.annotations.Nullable;

/**
 * Lets sdk-rx reach a client's {@link ServiceContext} without a public accessor on {@link
 * OneLinkClient}. The client installs the implementation when its class initializes, which has
 * happened by the time anyone holds a client.
 */
public abstract class ClientAccess {
  private static volatile @Nullable ClientAccess instance;

  public static void install(ClientAccess access) {
    instance = access;
  }

  public static ServiceContext contextOf(OneLinkClient client) {
    ClientAccess access = instance;
    if (access == null) {
      throw new IllegalStateException("OneLinkClient is not initialized");
    }
    return access.context(client);
  }

  protected abstract ServiceContext context(OneLinkClient client);
}
