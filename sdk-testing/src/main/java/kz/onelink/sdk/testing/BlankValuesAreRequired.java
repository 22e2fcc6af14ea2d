package kz.onelink.sdk.testing;

import java.util.Arrays;
import java.util.List;

/**
 * Keys the server reads with {@code resolve_string}: sent blank, they answer 422 "status is
 * required" rather than clearing anything.
 */
final class BlankValuesAreRequired implements WriteRule {
  private final List<String> keys;

  BlankValuesAreRequired(String... keys) {
    this.keys = Arrays.asList(keys.clone());
  }

  @Override
  public void apply(Write write) {
    for (String key : keys) {
      if (write.sent(key) && Json.text(write.params, key) == null) {
        throw ApiError.validation(key + " is required");
      }
    }
  }
}
