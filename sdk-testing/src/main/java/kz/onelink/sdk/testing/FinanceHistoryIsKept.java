package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * L2 keeps an appointment that still has payment or expense rows: deleting it answers 422 {@code
 * HISTORICAL_DATA_RETAINED}, before the cancelled check ({@code
 * appointments_controller.rb@a34a84bfe8bd#ensure_destroyable_appointment!}).
 */
final class FinanceHistoryIsKept implements DeleteRule {
  @Override
  public boolean delete(Call call, JsonObject stored) {
    if (Json.array(stored, "payments").size() > 0 || Json.get(stored, "expense") != null) {
      throw ApiError.scheduling(
          422, "HISTORICAL_DATA_RETAINED", "Historical finance data prevents appointment deletion");
    }
    return false;
  }
}
