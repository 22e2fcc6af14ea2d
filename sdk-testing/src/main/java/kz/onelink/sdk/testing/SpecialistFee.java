package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * B0's specialist fee, {@code expense}, synced after every write ({@code
 * finance_sync_service.rb@e9defc735aef#sync_expense!}): while the appointment is {@code paid}, an
 * unpaid expense exists and follows the fee terms (fixed: the value; percent: that share of the
 * price, rounded; no terms: 0) and the resource, updated in place (review S10); once it was paid
 * out it is kept as it is. When the appointment is not paid, an unpaid expense is removed and a
 * paid-out one kept.
 */
final class SpecialistFee implements WriteRule {
  @Override
  public void apply(Write write) {
    JsonElement present = Json.get(write.draft, "expense");
    JsonObject existing =
        present != null && present.isJsonObject() ? present.getAsJsonObject() : null;
    boolean paidOut = existing != null && "paid".equals(Json.text(existing, "status"));
    if (paidOut) {
      return;
    }
    if (!"paid".equals(write.text("payment_status"))) {
      write.set("expense", JsonNull.INSTANCE);
      return;
    }
    JsonObject expense = existing == null ? newExpense(write) : existing.deepCopy();
    JsonObject before = expense.deepCopy();
    expense.addProperty("resource_id", write.number("resource_id"));
    expense.addProperty("amount", amount(write));
    expense.addProperty("status", "unpaid");
    if (existing != null && !expense.equals(before)) {
      expense.addProperty("updated_at", write.call.timestamp());
    }
    write.set("expense", expense);
  }

  private static long amount(Write write) {
    String type = write.text("compensation_type_snapshot");
    long value = write.amount("compensation_value_snapshot");
    if (type == null) {
      return 0;
    }
    return "fixed".equals(type)
        ? value
        : Math.round(write.amount("service_amount") * value / 100.0);
  }

  private static JsonObject newExpense(Write write) {
    JsonObject expense = new JsonObject();
    expense.addProperty("id", write.records().table("expenses").takeId());
    expense.addProperty("account_id", write.call.account.id);
    expense.addProperty("appointment_id", write.id());
    expense.add("paid_at", JsonNull.INSTANCE);
    expense.add("paid_by_id", JsonNull.INSTANCE);
    expense.addProperty("created_at", write.call.timestamp());
    expense.addProperty("updated_at", write.call.timestamp());
    return expense;
  }
}
