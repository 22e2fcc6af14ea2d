package kz.onelink.sdk.testing;

/**
 * A time-off's {@code resource_id} is not looked up first ({@code
 * time_offs_controller.rb@e9defc735aef}, optional {@code belongs_to}): one that names no resource
 * fails the foreign key on the insert, a 500, after the model's own checks.
 */
final class TimeOffResourceKey implements WriteRule {
  @Override
  public void apply(Write write) {
    Long resource = write.number("resource_id");
    if (resource != null && !write.records().has("resources", resource)) {
      write.failOnSave(ApiError.rails(500, "Internal Server Error"));
    }
  }
}
