package kz.onelink.sdk.testing;

/**
 * What the appointment model checks at the save beyond the spec's schemas ({@code
 * appointment.rb@e9defc735aef}), as model errors: a length in 5..720 (a computed one too), an end
 * after the start (reached when the slot check is skipped, for a cancelled appointment), no more
 * received than the price, a payment method for every amount received, a percent fee of 0..100.
 */
final class AppointmentValidations implements WriteRule {
  @Override
  public void apply(Write write) {
    long minutes = write.amount("duration_min");
    if (minutes < 5 || minutes > 720) {
      write.errors.addMessage("duration_min", "is not included in the list");
    }
    new EndAfterStart("starts_at", "ends_at", "must be after starts_at").apply(write);
    long price = write.amount("service_amount");
    long received = write.amount("prepaid_amount") + write.amount("settlement_amount");
    if (price > 0 && received > price) {
      write.errors.addMessage("base", "total received amount cannot exceed service_amount");
    }
    paymentMethod(write, "prepaid");
    paymentMethod(write, "settlement");
    if ("percent".equals(write.text("compensation_type_snapshot"))) {
      long value = write.amount("compensation_value_snapshot");
      if (value < 0 || value > 100) {
        write.errors.addMessage(
            "compensation_value_snapshot", "must be between 0 and 100 for percent compensation");
      }
    }
  }

  private static void paymentMethod(Write write, String kind) {
    if (write.amount(kind + "_amount") > 0 && write.text(kind + "_payment_method") == null) {
      write.errors.addMessage(
          kind + "_payment_method", "must be present when " + kind + "_amount is greater than 0");
    }
  }
}
