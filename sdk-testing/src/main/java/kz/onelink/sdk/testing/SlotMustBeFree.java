package kz.onelink.sdk.testing;

import java.time.Instant;

/**
 * A booking that is not cancelled must fit its resource's schedule and not overlap another booking
 * ({@link Availability}: 409 with the reason's code; 422 when it ends before it starts). B0 checks
 * on every write, so a status-only change can meet a 409 too.
 */
final class SlotMustBeFree implements WriteRule {
  @Override
  public void apply(Write write) {
    Long resourceId = write.number("resource_id");
    Instant start = Times.parse(write.text("starts_at"));
    Instant end = Times.parse(write.text("ends_at"));
    if ("cancelled".equals(write.text("status"))
        || resourceId == null
        || start == null
        || end == null) {
      return;
    }
    ApiError refusal =
        new Availability(write.records()).refusal(resourceId, start, end, write.id());
    if (refusal != null) {
      throw refusal;
    }
  }
}
