// Generated from openapi/openapi.yaml by codegen/templates/services.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.rx.services;

import kz.onelink.sdk.rx.internal.RxCalls;
import org.jspecify.annotations.Nullable;

/**
 * The services of the OneLink API as RxJava 3 types, one per tag of the spec. {@link
 * kz.onelink.sdk.rx.RxOneLinkClient} is the class to use; this base exists so a new tag in the spec
 * needs no hand-written code.
 *
 * <p>Each service is created on first use, so a client costs nothing for the services it never
 * calls. Services hold no state of their own: when two threads race to create one, either copy
 * serves.
 */
public abstract class RxOneLinkServices {
  private final RxCalls calls;

  private volatile @Nullable RxRoomsService rooms;

  private volatile @Nullable RxVisitsService visits;

  /** Internal: only the client extends this class. */
  protected RxOneLinkServices(RxCalls calls) {
    this.calls = calls;
  }

  /** Returns the {@code Rooms} operations. */
  public final RxRoomsService rooms() {
    RxRoomsService service = rooms;
    if (service == null) {
      service = new RxRoomsService(calls);
      rooms = service;
    }
    return service;
  }

  /** Returns the {@code Visits} operations. */
  public final RxVisitsService visits() {
    RxVisitsService service = visits;
    if (service == null) {
      service = new RxVisitsService(calls);
      visits = service;
    }
    return service;
  }
}
