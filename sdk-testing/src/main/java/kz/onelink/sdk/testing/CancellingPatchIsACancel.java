package kz.onelink.sdk.testing;

/**
 * L1: a PATCH that sets {@code status} to {@code cancelled} (whitespace tolerated) runs the cancel
 * endpoint's logic instead of the update, and the other keys sent are ignored ({@code
 * appointments_controller.rb@407a22449751#update}, {@code #cancellation_requested?}).
 */
final class CancellingPatchIsACancel implements BodyRule {
  @Override
  public void apply(Body body) {
    if (body.stored != null && "cancelled".equals(Json.text(body.raw, "status"))) {
      body.answerWithAction("cancel");
    }
  }
}
