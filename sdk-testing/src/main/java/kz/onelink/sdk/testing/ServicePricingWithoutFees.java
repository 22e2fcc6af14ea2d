package kz.onelink.sdk.testing;

import org.jspecify.annotations.Nullable;

/**
 * L1 and L2's service price ({@code upsert_service.rb@407a22449751#resolve_service_amount}, same at
 * {@code @a34a84bfe8bd}): the snapshots and R4 as on B0, but no fee terms (the finance features are
 * retired), a service-less appointment costs 0, and the price follows only a real change of
 * resource or service; an unchanged booking keeps its amount. Without a service the stored name
 * snapshot stays.
 */
final class ServicePricingWithoutFees extends ServicePricing {
  @Override
  public void apply(Write write) {
    if (record(write, "services", "service_id") == null) {
      write.set("service_type_snapshot", (String) null);
      write.set("service_duration_min_snapshot", (Long) null);
      write.set(
          "service_amount", write.sent("service_amount") ? write.amount("service_amount") : 0L);
      return;
    }
    super.apply(write);
  }

  @Override
  void feeTerms(Write write, com.google.gson.@Nullable JsonObject terms) {
    // retired: the stored snapshots stay as they are
  }

  @Override
  long amount(Write write, @Nullable Long price) {
    if (write.sent("service_amount")) {
      return write.amount("service_amount");
    }
    boolean changed =
        write.creating() || write.willChange("resource_id") || write.willChange("service_id");
    long current = write.stored == null ? 0 : Json.numberOr(write.stored, "service_amount", 0);
    if (price != null && changed) {
      return price;
    }
    if (!write.creating() && !changed) {
      return current;
    }
    if (current > 0) {
      return current;
    }
    if (price != null) {
      return price;
    }
    throw ApiError.validation("service_amount is required and must be greater than 0");
  }
}
