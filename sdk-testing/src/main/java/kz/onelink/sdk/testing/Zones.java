package kz.onelink.sdk.testing;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.jspecify.annotations.Nullable;

/** A resource's {@code timezone}, as the sandbox reads it. */
final class Zones {
  /**
   * Kazakhstan moved Almaty to UTC+5 on 2024-03-01; JDKs with tzdata older than 2024a still say +6.
   * The sandbox pins +5 so every JDK books the same slots (review S27).
   */
  static final ZoneOffset ALMATY = ZoneOffset.ofHours(5);

  private Zones() {}

  /**
   * The zone named; Almaty when unnamed (the column's default), UTC when unknown ({@code
   * ActiveSupport::TimeZone[name] || Time.zone}).
   */
  static ZoneId of(@Nullable String name) {
    if (name == null || "Asia/Almaty".equals(name)) {
      return ALMATY;
    }
    try {
      return ZoneId.of(name);
    } catch (DateTimeException e) {
      return ZoneOffset.UTC;
    }
  }
}
