package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.time.Instant;

/**
 * L1 and L2 derive the end from the length ({@code
 * upsert_service.rb@407a22449751#resolve_duration_min}, {@code #resolve_ends_at}, same at {@code
 * @a34a84bfe8bd}): {@code duration_min} is the one sent, else the minutes to an {@code ends_at}
 * sent, else the service's length, else the stored length, else the resource's slot length; {@code
 * ends_at} is the one sent, else {@code starts_at} plus that length. So a PATCH of any other key
 * recomputes the end (R2, S2). Both sent and disagreeing: 422 "duration_min does not match
 * ends_at"; an end not after the start: 422 "ends_at must be greater than starts_at".
 */
final class EndsAtFromDuration implements WriteRule {
  @Override
  public void apply(Write write) {
    Instant start = Times.parse(write.text("starts_at"));
    if (start == null) {
      return;
    }
    Long sentMinutes = write.sent("duration_min") ? write.amount("duration_min") : null;
    Instant sentEnd = write.sent("ends_at") ? Times.parse(write.text("ends_at")) : null;
    if (sentMinutes != null
        && sentEnd != null
        && !start.plusSeconds(sentMinutes * 60).equals(sentEnd)) {
      throw ApiError.validation("duration_min does not match ends_at");
    }
    long minutes =
        sentMinutes != null
            ? sentMinutes
            : sentEnd != null ? DurationFromTimes.minutesBetween(start, sentEnd) : fallback(write);
    Instant end = sentEnd != null ? sentEnd : start.plusSeconds(minutes * 60);
    if (!end.isAfter(start)) {
      throw ApiError.validation("ends_at must be greater than starts_at");
    }
    write.set("duration_min", minutes);
    write.set("ends_at", Times.format(end));
  }

  /** The service's length, else the stored length, else the resource's slot length (at least 5). */
  private static long fallback(Write write) {
    JsonObject service = ServicePricing.record(write, "services", "service_id");
    long serviceMinutes = service == null ? 0 : Json.numberOr(service, "duration_min", 0);
    if (serviceMinutes > 0) {
      return serviceMinutes;
    }
    long stored = write.stored == null ? 0 : Json.numberOr(write.stored, "duration_min", 0);
    if (stored > 0) {
      return stored;
    }
    JsonObject resource = ServicePricing.record(write, "resources", "resource_id");
    return Math.max(resource == null ? 0 : Json.numberOr(resource, "slot_duration_min", 0), 5);
  }
}
