package kz.onelink.sdk.testing;

import java.util.Arrays;
import java.util.List;

/**
 * The model's {@code validates :name, presence: true}: a record without the value (sent blank or
 * null on an update, say) is refused at the save with "Name can't be blank".
 */
final class PresenceRequired implements WriteRule {
  private final List<String> keys;

  PresenceRequired(String... keys) {
    this.keys = Arrays.asList(keys.clone());
  }

  @Override
  public void apply(Write write) {
    for (String key : keys) {
      if (write.text(key) == null) {
        write.errors.addMessage(key, "can't be blank");
      }
    }
  }
}
