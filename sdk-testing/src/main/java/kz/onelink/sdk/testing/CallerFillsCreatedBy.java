package kz.onelink.sdk.testing;

/**
 * {@code created_by_id} left out keeps the stored user, or becomes the caller when there is none: a
 * new appointment's author, and again whoever writes next after a PATCH cleared it with null
 * ({@code resolve_optional_record(:created_by_id, ..., current: appointment.created_by || actor)},
 * {@code upsert_service.rb@e9defc735aef}; review S12).
 */
final class CallerFillsCreatedBy implements WriteRule {
  @Override
  public void apply(Write write) {
    if (!write.sent("created_by_id") && write.number("created_by_id") == null) {
      write.set("created_by_id", write.call.userId);
    }
  }
}
