// Generated from openapi/openapi.yaml by codegen/templates/services.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.services;

import kz.onelink.sdk.internal.ServiceContext;
import org.jspecify.annotations.Nullable;

/**
 * The services of the OneLink API, one per tag of the spec. {@link kz.onelink.sdk.OneLinkClient} is
 * the class to use; this base exists so a new tag in the spec needs no hand-written code.
 *
 * <p>Each service is created on first use, so a client costs nothing for the services it never
 * calls. Services hold no state of their own: when two threads race to create one, either copy
 * serves.
 */
public abstract class OneLinkServices {
  private final ServiceContext context;

  private volatile @Nullable RoomsService rooms;

  private volatile @Nullable VisitsService visits;

  /** Internal: only the client extends this class. */
  protected OneLinkServices(ServiceContext context) {
    this.context = context;
  }

  /** Returns the {@code Rooms} operations. */
  public final RoomsService rooms() {
    RoomsService service = rooms;
    if (service == null) {
      service = new RoomsService(context);
      rooms = service;
    }
    return service;
  }

  /** Returns the {@code Visits} operations. */
  public final VisitsService visits() {
    VisitsService service = visits;
    if (service == null) {
      service = new VisitsService(context);
      visits = service;
    }
    return service;
  }
}
