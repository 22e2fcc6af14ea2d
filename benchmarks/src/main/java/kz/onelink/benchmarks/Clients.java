package kz.onelink.benchmarks;

import io.reactivex.rxjava3.schedulers.Schedulers;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.rx.RxOneLinkClient;

/**
 * A {@link LocalServer} and the three ways the benchmarks call it: the SDK, its Rx twin, the floor.
 */
final class Clients implements AutoCloseable {
  final OneLinkClient sdk;
  final RxOneLinkClient rx;

  /** The Rx client with a thread hop, as on Android: calls run on {@code Schedulers.io()}. */
  final RxOneLinkClient rxOnIo;

  final Floor floor;

  /** The floor's thread hop: one cached thread pool, like {@code Schedulers.io()}. */
  final ExecutorService executor = Executors.newCachedThreadPool();

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
    rxOnIo = RxOneLinkClient.create(sdk, Schedulers.io());
    floor = new Floor(server.baseUrl());
  }

  @Override
  public void close() {
    executor.shutdownNow();
    server.close();
  }
}
