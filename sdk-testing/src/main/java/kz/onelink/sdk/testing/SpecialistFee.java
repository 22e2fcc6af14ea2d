package kz.onelink.sdk.testing;

import com.google.gson.JsonNull;
import com.google.gson.JsonObject;

/**
 * A paid appointment owes its specialist a fee, {@code expense}: the resource's percent of the
 * price, or its fixed amount, unpaid until paid out. Any other payment state has no expense. (The
 * server keeps an expense already paid out, and re-syncs an unpaid one's amount: review S10.)
 */
final class SpecialistFee implements WriteRule {
  @Override
  public void apply(Write write) {
    if (!"paid".equals(write.text("payment_status"))) {
      write.set("expense", JsonNull.INSTANCE);
      return;
    }
    if (Json.get(write.draft, "expense") != null) {
      return;
    }
    long value = write.amount("compensation_value_snapshot");
    long amount =
        "percent".equals(write.text("compensation_type_snapshot"))
            ? Math.round(write.amount("service_amount") * value / 100.0)
            : value;
    JsonObject expense = new JsonObject();
    expense.addProperty("id", write.records().table("expenses").takeId());
    expense.addProperty("account_id", write.call.account.id);
    expense.addProperty("appointment_id", write.id());
    expense.addProperty("resource_id", write.number("resource_id"));
    expense.addProperty("amount", amount);
    expense.addProperty("status", "unpaid");
    expense.add("paid_at", JsonNull.INSTANCE);
    expense.add("paid_by_id", JsonNull.INSTANCE);
    expense.addProperty("created_at", write.call.timestamp());
    expense.addProperty("updated_at", write.call.timestamp());
    write.set("expense", expense);
  }
}
