package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;

/**
 * B0 and L1 read a rule replacement without its list as an empty list, so every rule of the
 * resource is deleted ({@code params.permit(work_rules: [...])[:work_rules] || []}, {@code
 * resource_work_rules_controller.rb@e9defc735aef}); L2 refuses it (the spec requires the key).
 */
final class MissingListMeansNone implements BodyRule {
  private final String key;

  MissingListMeansNone(String key) {
    this.key = key;
  }

  @Override
  public void apply(Body body) {
    if (!body.raw.has(key) || body.raw.get(key).isJsonNull()) {
      body.raw.add(key, new JsonArray());
    }
  }
}
