package kz.onelink.sdk.testing;

import java.util.Arrays;
import java.util.List;

/**
 * Keys a server line's controller does not permit: dropped without an error, as {@code
 * params.permit} drops them (L1 and L2 ignore {@code source}; L1 ignores the finance keys other
 * than {@code service_amount}, and the compensation keys of resources and prices).
 */
final class KeysNotPermitted implements BodyRule {
  private final List<String> keys;

  KeysNotPermitted(String... keys) {
    this.keys = Arrays.asList(keys.clone());
  }

  @Override
  public void apply(Body body) {
    for (String key : keys) {
      body.raw.remove(key);
    }
  }
}
