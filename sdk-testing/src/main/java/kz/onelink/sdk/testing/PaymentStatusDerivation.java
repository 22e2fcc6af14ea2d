package kz.onelink.sdk.testing;

/**
 * {@code payment_status} is derived, never stored as sent: {@code cancelled} when asked for or when
 * the appointment is cancelled; else {@code awaiting_payment} with nothing received, {@code paid}
 * once the amounts cover the price (or there is no price), {@code prepaid} in between. (The server
 * keeps a stored {@code cancelled} until another status is sent: review S6.)
 */
final class PaymentStatusDerivation implements WriteRule {
  @Override
  public void apply(Write write) {
    String requested =
        write.sent("payment_status") ? Json.text(write.params, "payment_status") : null;
    long received = write.amount("prepaid_amount") + write.amount("settlement_amount");
    long price = write.amount("service_amount");
    String status;
    if ("cancelled".equals(requested) || "cancelled".equals(write.text("status"))) {
      status = "cancelled";
    } else if (received <= 0) {
      status = "awaiting_payment";
    } else if (price <= 0 || received >= price) {
      status = "paid";
    } else {
      status = "prepaid";
    }
    write.set("payment_status", status);
  }
}
