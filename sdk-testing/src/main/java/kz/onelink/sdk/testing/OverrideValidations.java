package kz.onelink.sdk.testing;

/**
 * What the workday-override model checks at the save ({@code workday_override.rb@e9defc735aef}): a
 * resource that exists (an unknown {@code resource_id} is 422 "Resource must exist", not 404: the
 * controller does not look it up), and a break given whole ("break_start_minute and
 * break_end_minute must be provided together") inside the hours ("break interval must be inside the
 * override range") and ending after it starts.
 */
final class OverrideValidations implements WriteRule {
  @Override
  public void apply(Write write) {
    Long resource = write.number("resource_id");
    if (resource == null || !write.records().has("resources", resource)) {
      write.errors.addMessage("resource", "must exist");
    }
    Long breakStart = write.number("break_start_minute");
    Long breakEnd = write.number("break_end_minute");
    if (breakStart == null && breakEnd == null) {
      return;
    }
    if (breakStart == null || breakEnd == null) {
      write.errors.addMessage(
          "base", "break_start_minute and break_end_minute must be provided together");
      return;
    }
    long start = write.amount("start_minute");
    long end = write.amount("end_minute");
    if (breakStart < start || breakStart > end - 1 || breakEnd < start + 1 || breakEnd > end) {
      write.errors.addMessage("base", "break interval must be inside the override range");
      return;
    }
    if (breakEnd <= breakStart) {
      write.errors.addMessage("break_end_minute", "must be greater than break_start_minute");
    }
  }
}
