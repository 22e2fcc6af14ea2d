package kz.onelink.sdk.testing;

/**
 * B0's {@code payment_status}, derived at every write ({@code
 * upsert_service.rb@e9defc735aef#apply_attributes!}, {@code #derive_payment_status}): the status
 * asked for is the one sent, else the stored one, and {@code cancelled} when the appointment is
 * (being) cancelled and none was sent. Asked {@code cancelled}, it stays {@code cancelled}: so an
 * un-cancelled appointment keeps it until a {@code payment_status} is sent (R5, S6). Any other
 * value asked is not taken: the status is {@code awaiting_payment} with nothing received, {@code
 * paid} once the amounts cover the price (or there is no price), {@code prepaid} in between (S7).
 */
final class PaymentStatusDerivation implements WriteRule {
  @Override
  public void apply(Write write) {
    String requested = requested(write);
    long received = write.amount("prepaid_amount") + write.amount("settlement_amount");
    long price = write.amount("service_amount");
    String status;
    if ("cancelled".equals(requested)) {
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

  /** What the request asks for, sticky {@code cancelled} included. */
  static String requested(Write write) {
    String stored = write.stored == null ? null : Json.text(write.stored, "payment_status");
    String requested =
        write.sent("payment_status")
            ? Json.text(write.params, "payment_status")
            : stored == null ? "awaiting_payment" : stored;
    if ("cancelled".equals(write.text("status")) && !write.sent("payment_status")) {
      return "cancelled";
    }
    return requested == null ? "awaiting_payment" : requested;
  }
}
