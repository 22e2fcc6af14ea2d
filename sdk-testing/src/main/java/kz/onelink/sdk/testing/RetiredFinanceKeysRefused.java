package kz.onelink.sdk.testing;

import java.util.Arrays;
import java.util.List;

/**
 * L2 refuses every retired finance key, even sent as null: 422 {@code VALIDATION_ERROR} "Scheduling
 * finance fields are no longer writable" ({@code
 * appointments_controller.rb@a34a84bfe8bd#reject_retired_finance_params!}, {@code
 * upsert_service.rb@a34a84bfe8bd} {@code RETIRED_FINANCE_PARAMS}), after the read-only guard.
 */
final class RetiredFinanceKeysRefused implements BodyRule {
  static final List<String> KEYS =
      Arrays.asList(
          "service_amount",
          "prepaid_amount",
          "prepaid_payment_method",
          "settlement_amount",
          "settlement_payment_method",
          "payment_status",
          "compensation_type_snapshot",
          "compensation_value_snapshot",
          "compensation_percent_snapshot");

  @Override
  public void apply(Body body) {
    for (String key : KEYS) {
      if (body.raw.has(key)) {
        throw ApiError.validation("Scheduling finance fields are no longer writable");
      }
    }
  }
}
