package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * B0's service snapshot and price, at every write ({@code
 * upsert_service.rb@e9defc735aef#resolve_service_snapshot}, {@code #resolve_service_amount}).
 *
 * <ul>
 *   <li>With a service: the resource's active price above 0 for it, else its {@code base_price}; an
 *       inactive service, or a price of 0, is 422 {@code SERVICE_NOT_AVAILABLE_FOR_RESOURCE} (R4:
 *       also for an appointment whose service was deactivated since, on any write). Its name, type
 *       and length are copied into the snapshots; the fee terms come from that price, else from the
 *       resource.
 *   <li>Without one: the snapshots are null and the fee terms the resource's (S13).
 *   <li>{@code service_amount}: the value sent (null reads as 0); else the price when the booking
 *       is new or the request names {@code resource_id} or {@code service_id}, changed or not
 *       (S14); else the stored amount when above 0; else the price; else 422 "service_amount is
 *       required and must be greater than 0" (R3: a service-less appointment of amount 0 cannot be
 *       written, cancel included, without sending one).
 * </ul>
 */
class ServicePricing implements WriteRule {
  static final String NOT_AVAILABLE = "Service is not available for the selected resource";

  @Override
  public void apply(Write write) {
    JsonObject resource = record(write, "resources", "resource_id");
    JsonObject service = record(write, "services", "service_id");
    Long price = null;
    if (service == null) {
      write.set("service_name_snapshot", (String) null);
      write.set("service_type_snapshot", (String) null);
      write.set("service_duration_min_snapshot", (Long) null);
      feeTerms(write, resource);
    } else {
      JsonObject own =
          resource == null ? null : ownPrice(service, Json.numberOr(resource, "id", -1));
      price = own != null ? Json.number(own, "price") : Json.number(service, "base_price");
      if (!Json.isTrue(service, "active") || price == null || price <= 0) {
        throw ApiError.scheduling(422, "SERVICE_NOT_AVAILABLE_FOR_RESOURCE", NOT_AVAILABLE);
      }
      write.set("service_name_snapshot", Json.text(service, "name"));
      write.set("service_type_snapshot", Json.text(service, "service_type"));
      write.set("service_duration_min_snapshot", Json.number(service, "duration_min"));
      feeTerms(write, own != null ? own : resource);
    }
    write.set("service_amount", amount(write, price));
  }

  /** The fee terms of the price or resource, copied into the snapshots. */
  void feeTerms(Write write, @Nullable JsonObject terms) {
    write.set(
        "compensation_type_snapshot", terms == null ? null : Json.text(terms, "compensation_type"));
    write.set(
        "compensation_value_snapshot",
        terms == null ? null : Json.number(terms, "compensation_value"));
  }

  /** The {@code service_amount} to store, {@code price} being the service's (null without one). */
  long amount(Write write, @Nullable Long price) {
    if (write.sent("service_amount")) {
      return write.amount("service_amount");
    }
    if (price != null
        && (write.creating() || write.sent("resource_id") || write.sent("service_id"))) {
      return price;
    }
    long current = write.stored == null ? 0 : Json.numberOr(write.stored, "service_amount", 0);
    if (current > 0) {
      return current;
    }
    if (price != null) {
      return price;
    }
    throw ApiError.validation("service_amount is required and must be greater than 0");
  }

  /** The service's price for the resource, when it is active and above 0. */
  static @Nullable JsonObject ownPrice(JsonObject service, long resourceId) {
    for (JsonElement element : Json.array(service, "prices")) {
      JsonObject price = element.getAsJsonObject();
      if (Json.numberOr(price, "resource_id", -1) == resourceId
          && Json.isTrue(price, "active")
          && Json.numberOr(price, "price", 0) > 0) {
        return price;
      }
    }
    return null;
  }

  static @Nullable JsonObject record(Write write, String collection, String key) {
    Long id = write.number(key);
    return id == null ? null : write.records().find(collection, id);
  }
}
