package kz.onelink.sdk.testing;

import java.time.DateTimeException;
import java.time.ZoneId;

/**
 * What the resource model checks at the save beyond the spec's schemas ({@code
 * resource.rb@e9defc735aef}): a known time zone ("Timezone must be a valid timezone"), a user of
 * the account ("User must belong to the current account"), and with {@code percent} fee terms a
 * value of 0..100.
 */
final class ResourceValidations implements WriteRule {
  @Override
  public void apply(Write write) {
    String timezone = write.text("timezone");
    if (timezone == null) {
      write.errors.addMessage("timezone", "can't be blank");
    } else if (!known(timezone)) {
      write.errors.addMessage("timezone", "must be a valid timezone");
    }
    Long user = write.number("user_id");
    if (user != null && !write.call.account.members.contains(user)) {
      write.errors.addMessage("user_id", "must belong to the current account");
    }
    if ("percent".equals(write.text("compensation_type"))) {
      long value = write.amount("compensation_value");
      if (value < 0 || value > 100) {
        write.errors.addMessage(
            "compensation_value", "must be between 0 and 100 for percent compensation");
      }
    }
  }

  /** {@code ActiveSupport::TimeZone[name]}: an IANA zone (Rails' own names are not modelled). */
  private static boolean known(String timezone) {
    try {
      ZoneId.of(timezone);
      return timezone.contains("/") || "UTC".equals(timezone);
    } catch (DateTimeException e) {
      return false;
    }
  }
}
