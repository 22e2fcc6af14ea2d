package kz.onelink.sdk.testing;

import java.time.Instant;

/**
 * B0: every write of an appointment that is not cancelled checks its slot with {@link Availability}
 * (409 with the reason's code; 422 when it ends before it starts), so a status change on an
 * appointment whose time the schedule no longer allows answers 409 too ({@code
 * upsert_service.rb@e9defc735aef#validate_availability!}; review S3).
 */
class SlotMustBeFree implements WriteRule {
  @Override
  public void apply(Write write) {
    if (!"cancelled".equals(write.text("status")) && checks(write)) {
      check(write);
    }
  }

  /** Whether this line checks the slot on this write (B0: always). */
  boolean checks(Write write) {
    return true;
  }

  static void check(Write write) {
    Long resourceId = write.number("resource_id");
    Instant start = Times.parse(write.text("starts_at"));
    Instant end = Times.parse(write.text("ends_at"));
    if (resourceId == null || start == null || end == null) {
      return;
    }
    ApiError refusal =
        new Availability(write.records()).refusal(resourceId, start, end, write.id());
    if (refusal != null) {
      throw refusal;
    }
  }
}
