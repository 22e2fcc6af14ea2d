package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * P1, L1 and L2 book only on an active resource that was not deleted from scheduling: naming an
 * inactive or archived one ({@code resource_id} sent and not the appointment's own) answers 422
 * {@code RESOURCE_NOT_AVAILABLE_FOR_SCHEDULING} ({@code
 * upsert_service.rb@407a22449751#ensure_resource_available_for_scheduling!}).
 */
final class ResourceMustBeSchedulable implements WriteRule {
  @Override
  public void apply(Write write) {
    Long id = Json.number(write.params, "resource_id");
    if (id == null || (!write.creating() && id.equals(Json.number(write.before("resource_id"))))) {
      return;
    }
    JsonObject resource = write.records().find("resources", id);
    if (resource != null
        && (!Json.isTrue(resource, "active") || ArchiveResource.archived(resource))) {
      throw ApiError.scheduling(
          422,
          "RESOURCE_NOT_AVAILABLE_FOR_SCHEDULING",
          "Specialist is not available for scheduling");
    }
  }
}
