package kz.onelink.sdk.testing;

import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The appointment model's validations ({@code appointment.rb}), 422 {@code VALIDATION_ERROR} with
 * {@code details}: the enumerations, the length 5..720 (which a computed duration can break), a
 * payment method for every amount received, and no more received than the service costs.
 */
final class AppointmentValidations implements WriteRule {
  static final List<String> STATUSES =
      Arrays.asList("scheduled", "confirmed", "completed", "cancelled", "no_show");
  static final List<String> TYPES = Arrays.asList("primary", "secondary", "other");
  static final List<String> PAYMENT_METHODS =
      Arrays.asList("kaspi_transfer", "kaspi_qr", "cash", "bank_transfer", "card", "other");

  @Override
  public void apply(Write write) {
    if (!STATUSES.contains(write.text("status"))) {
      throw ApiError.invalid("status", "Status is not included in the list");
    }
    if (!TYPES.contains(write.text("appointment_type"))) {
      throw ApiError.invalid("appointment_type", "Appointment type is not included in the list");
    }
    long minutes = write.amount("duration_min");
    if (minutes < 5) {
      throw ApiError.invalid("duration_min", "Duration min must be greater than or equal to 5");
    }
    if (minutes > 720) {
      throw ApiError.invalid("duration_min", "Duration min must be less than or equal to 720");
    }
    paymentMethod(write, "prepaid_payment_method", "Prepaid payment method", "prepaid_amount");
    paymentMethod(
        write, "settlement_payment_method", "Settlement payment method", "settlement_amount");
    long received = write.amount("prepaid_amount") + write.amount("settlement_amount");
    long price = write.amount("service_amount");
    if (price > 0 && received > price) {
      throw ApiError.invalid("base", "Total received amount cannot exceed service_amount");
    }
  }

  private static void paymentMethod(Write write, String key, String label, String amountKey) {
    @Nullable String method = write.text(key);
    if (method != null && !PAYMENT_METHODS.contains(method)) {
      throw ApiError.invalid(key, label + " is not included in the list");
    }
    if (write.amount(amountKey) > 0 && method == null) {
      throw ApiError.invalid(key, label + " can't be blank");
    }
  }
}
