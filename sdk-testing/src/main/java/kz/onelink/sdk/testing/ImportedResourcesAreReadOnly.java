package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * L1 and L2: a resource imported from Medelement (its {@code custom_attributes} carry {@code
 * medelement_specialist_code}) cannot be changed or deleted: 422 {@code RESOURCE_READ_ONLY} ({@code
 * resources_controller.rb@407a22449751#ensure_provider_writable_resource!}, {@code
 * #ensure_destroyable_resource!}).
 */
final class ImportedResourcesAreReadOnly implements Guard {
  @Override
  public void check(Operation operation, JsonObject stored) {
    if (Json.text(Json.object(stored, "custom_attributes"), "medelement_specialist_code") == null) {
      return;
    }
    throw ApiError.scheduling(
        422,
        "RESOURCE_READ_ONLY",
        operation.kind == OperationKind.DELETE
            ? "Imported Medelement specialists cannot be deleted"
            : "Imported Medelement specialists cannot be modified because the provider API does"
                + " not support specialist writes");
  }
}
