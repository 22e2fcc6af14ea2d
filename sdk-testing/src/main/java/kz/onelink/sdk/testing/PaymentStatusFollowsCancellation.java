package kz.onelink.sdk.testing;

/**
 * L1's {@code payment_status}, no longer derived from amounts (finance retired, and not sent in its
 * responses): {@code cancelled} when the appointment is cancelled, else the stored value, so it
 * stays {@code cancelled} after an un-cancel ({@code upsert_service.rb@407a22449751}).
 */
final class PaymentStatusFollowsCancellation implements WriteRule {
  @Override
  public void apply(Write write) {
    if ("cancelled".equals(write.text("status"))) {
      write.set("payment_status", "cancelled");
    } else if (write.stored != null) {
      write.set("payment_status", Json.text(write.stored, "payment_status"));
    }
  }
}
