package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import org.jspecify.annotations.Nullable;

/**
 * {@code payments[]} follows the amounts: one row per amount received, {@code prepaid} for the
 * prepayment and {@code payment} for the settlement; a row whose amount, method and kind did not
 * change keeps its id. (The server writes the settlement as {@code adjustment} and updates rows in
 * place: review S9.)
 */
final class PaymentRows implements WriteRule {
  @Override
  public void apply(Write write) {
    JsonArray existing = Json.array(write.draft, "payments");
    JsonArray rows = new JsonArray();
    row(write, existing, rows, "prepaid_amount", "prepaid_payment_method", "prepaid");
    row(write, existing, rows, "settlement_amount", "settlement_payment_method", "payment");
    write.set("payments", rows);
  }

  private static void row(
      Write write,
      JsonArray existing,
      JsonArray rows,
      String amountKey,
      String methodKey,
      String kind) {
    long amount = write.amount(amountKey);
    if (amount <= 0) {
      return;
    }
    String method = write.text(methodKey);
    JsonObject kept = kept(existing, amount, method, kind);
    rows.add(kept != null ? kept : newRow(write, amount, method, kind));
  }

  private static @Nullable JsonObject kept(
      JsonArray existing, long amount, @Nullable String method, String kind) {
    JsonObject kept = null;
    for (JsonElement element : existing) {
      JsonObject row = element.getAsJsonObject();
      if (Json.numberOr(row, "amount", -1) == amount
          && String.valueOf(method).equals(String.valueOf(Json.text(row, "payment_method")))
          && kind.equals(Json.text(row, "payment_kind"))) {
        kept = row;
      }
    }
    return kept;
  }

  private static JsonObject newRow(Write write, long amount, @Nullable String method, String kind) {
    JsonObject row = new JsonObject();
    row.addProperty("id", write.records().table("payments").takeId());
    row.addProperty("account_id", write.call.account.id);
    row.addProperty("appointment_id", write.id());
    row.addProperty("recorded_by_id", write.call.userId);
    row.addProperty("amount", amount);
    row.add("payment_method", Json.of(method));
    row.addProperty("payment_kind", kind);
    row.addProperty("created_at", write.call.timestamp());
    row.addProperty("updated_at", write.call.timestamp());
    return row;
  }
}
