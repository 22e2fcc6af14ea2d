package kz.onelink.sdk.testing;

/**
 * P1, L1 and L2 check the slot only when it may have changed: on a create, a change of resource,
 * start or end (an {@code ends_at} they recomputed included), or an un-cancel ({@code
 * upsert_service.rb@407a22449751#availability_validation_required?}, same at {@code
 * @a34a84bfe8bd}).
 */
final class SlotMustBeFreeWhenMoved extends SlotMustBeFree {
  @Override
  boolean checks(Write write) {
    return write.creating()
        || write.willChange("resource_id")
        || write.willChange("starts_at")
        || write.willChange("ends_at")
        || (write.willChange("status")
            && write.stored != null
            && "cancelled".equals(Json.text(write.stored, "status")));
  }
}
