package kz.onelink.samples;

import java.time.OffsetDateTime;
import java.util.List;
import kz.onelink.sdk.OneLinkClient;
import kz.onelink.sdk.model.CalendarSlot;
import kz.onelink.sdk.model.CalendarView;
import kz.onelink.sdk.model.SchedulingResource;
import kz.onelink.sdk.model.SchedulingService;
import kz.onelink.sdk.model.ServicePrice;
import kz.onelink.sdk.params.GetCalendarParams;
import kz.onelink.sdk.params.ListServicesParams;
import org.jspecify.annotations.Nullable;

/**
 * What a booking app finds out before it books: a service, a resource that offers it, and the free
 * slots of a day, sized to the service. The same calls the walkthrough makes step by step.
 */
final class Plan {
  final SchedulingService service;
  final SchedulingResource resource;
  final long price;

  private Plan(SchedulingService service, SchedulingResource resource, long price) {
    this.service = service;
    this.resource = resource;
    this.price = price;
  }

  /**
   * The service to book (the one asked for, or the first active one) and a resource that offers it:
   * one with an active price for it, or, for a service priced per service only, any active resource
   * at the service's base price, as the server prices it.
   */
  static Plan choose(SampleSetup setup) {
    OneLinkClient client = setup.client;
    List<SchedulingService> services =
        client.catalog().list(setup.accountId, ListServicesParams.none());
    List<SchedulingResource> resources = client.resources().list(setup.accountId);
    for (SchedulingService service : services) {
      boolean wanted = setup.serviceId == null || setup.serviceId.equals(service.getId());
      if (!wanted || !service.getActive()) {
        continue;
      }
      for (SchedulingResource resource : resources) {
        boolean chosen = setup.resourceId == null || setup.resourceId.equals(resource.getId());
        Long price = priceOn(service, resource);
        if (chosen && resource.getActive() && price != null) {
          return new Plan(service, resource, price);
        }
      }
    }
    throw new IllegalStateException(
        "No active service with an active resource to book in account " + setup.accountId);
  }

  /** What {@code service} costs on {@code resource}, or null if the resource does not offer it. */
  private static @Nullable Long priceOn(SchedulingService service, SchedulingResource resource) {
    if (service.getPrices().isEmpty()) {
      return service.getBasePrice();
    }
    for (ServicePrice price : service.getPrices()) {
      if (price.getActive() && price.getResourceId().equals(resource.getId())) {
        return price.getPrice();
      }
    }
    return null;
  }

  /** The resource's free slots of {@code setup.day} for this service, earliest first. */
  List<CalendarSlot> freeSlots(SampleSetup setup) {
    OffsetDateTime from = setup.day.atStartOfDay().atOffset(SampleSetup.ALMATY);
    return setup
        .client
        .calendar()
        .get(
            setup.accountId,
            from,
            from.plusDays(1),
            GetCalendarParams.builder()
                .view(CalendarView.DAY)
                .resourceIds(resource.getId())
                .includeSlots(true)
                .durationMin(service.getDurationMin())
                .build())
        .getSlots();
  }
}
