package kz.onelink.benchmarks;

import java.time.Duration;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.rx.RxOneLinkClient;

/**
 * A {@link LocalServer} and the three ways the benchmarks call it: the SDK, its Rx twin, the floor.
 */
final class Clients implements AutoCloseable {
  final OneLinkClient sdk;
  final RxOneLinkClient rx;
  final Floor floor;
  private final LocalServer server = new LocalServer();

  /** The SDK with its default settings. */
  Clients() {
    this(OneLinkClient.builder());
  }

  /** The SDK with {@code deadline} as its overall deadline. */
  Clients(Duration deadline) {
    this(OneLinkClient.builder().timeout(deadline));
  }

  private Clients(OneLinkClient.Builder sdkSettings) {
    sdk = sdkSettings.baseUrl(server.baseUrl()).apiAccessToken("benchmark-token").build();
    rx = RxOneLinkClient.create(sdk);
    floor = new Floor(server.baseUrl());
  }

  @Override
  public void close() {
    server.close();
  }
}
