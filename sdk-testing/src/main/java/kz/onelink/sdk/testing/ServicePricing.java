package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * When an appointment is booked or its service or resource changes: the service must be active and
 * priced (422 {@code SERVICE_NOT_AVAILABLE_FOR_RESOURCE}); its name, type and length are copied
 * into the snapshots and its price becomes {@code service_amount} unless one was sent; without a
 * service a new booking needs a {@code service_amount}; the resource's fee terms become the
 * compensation snapshot.
 */
final class ServicePricing implements WriteRule {
  @Override
  public void apply(Write write) {
    if (!write.creating() && !write.changed("service_id") && !write.changed("resource_id")) {
      return;
    }
    Long serviceId = write.number("service_id");
    JsonObject service = serviceId == null ? null : write.records().find("services", serviceId);
    if (service != null) {
      snapshot(write, service);
    } else if (write.creating() && !write.sent("service_amount")) {
      throw ApiError.validation("service_amount is required and must be greater than 0");
    }
    Long resourceId = write.number("resource_id");
    JsonObject resource = resourceId == null ? null : write.records().find("resources", resourceId);
    if (resource != null) {
      write.set("compensation_type_snapshot", Json.text(resource, "compensation_type"));
      write.set("compensation_value_snapshot", Json.numberOr(resource, "compensation_value", 0));
    }
  }

  private static void snapshot(Write write, JsonObject service) {
    long price = Json.numberOr(service, "base_price", 0);
    if (!Json.isTrue(service, "active") || price <= 0) {
      throw ApiError.scheduling(
          422, "SERVICE_NOT_AVAILABLE_FOR_RESOURCE", "Service is not available for this resource");
    }
    write.set("service_name_snapshot", Json.text(service, "name"));
    write.set("service_type_snapshot", Json.text(service, "service_type"));
    write.set("service_duration_min_snapshot", Json.number(service, "duration_min"));
    if (!write.sent("service_amount")) {
      write.set("service_amount", price);
    }
  }
}
