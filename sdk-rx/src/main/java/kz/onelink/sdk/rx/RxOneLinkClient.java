package kz.onelink.sdk.rx;

import io.reactivex.rxjava3.core.Scheduler;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.internal.Checks;
import kz.onelink.sdk.internal.ClientAccess;
import kz.onelink.sdk.rx.internal.RxCalls;
import kz.onelink.sdk.rx.services.RxOneLinkServices;

/**
 * The OneLink scheduling API as RxJava 3 types, over an existing {@link OneLinkClient}: the same
 * services, names and parameters, returning {@code Single} or {@code Completable}.
 *
 * <pre>{@code
 * RxOneLinkClient rx = RxOneLinkClient.create(client, Schedulers.io());
 * rx.appointments().get(17, 4812)
 *     .observeOn(AndroidSchedulers.mainThread())
 *     .subscribe(appointment -> show(appointment), error -> showError(error));
 * }</pre>
 *
 * <p>It shares the client's connections, token, timeouts and retry policy, and throws the same
 * {@link kz.onelink.sdk.errors.OneLinkException} subclasses through {@code onError}. Thread-safe.
 */
public final class RxOneLinkClient extends RxOneLinkServices {
  private final OneLinkClient client;

  private RxOneLinkClient(OneLinkClient client, RxCalls calls) {
    super(calls);
    this.client = client;
  }

  /**
   * Returns an Rx client whose calls run on the thread that subscribes: pick it with {@code
   * subscribeOn}. Calls block that thread, so never subscribe on Android's main thread.
   */
  public static RxOneLinkClient create(OneLinkClient client) {
    Checks.notNull(client, "client");
    return new RxOneLinkClient(client, new RxCalls(ClientAccess.contextOf(client), null));
  }

  /**
   * Returns an Rx client whose calls subscribe on {@code scheduler}, e.g. {@code Schedulers.io()}.
   */
  public static RxOneLinkClient create(OneLinkClient client, Scheduler scheduler) {
    Checks.notNull(client, "client");
    Checks.notNull(scheduler, "scheduler");
    return new RxOneLinkClient(client, new RxCalls(ClientAccess.contextOf(client), scheduler));
  }

  /** The sync client this one wraps. */
  public OneLinkClient client() {
    return client;
  }

  @Override
  public String toString() {
    return "RxOneLinkClient{" + client + "}";
  }
}
