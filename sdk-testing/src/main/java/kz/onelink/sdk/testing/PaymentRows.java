package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * B0's payment rows, synced after every write ({@code finance_sync_service.rb@e9defc735aef#sync!},
 * {@code #upsert_payment_by_kind}): one {@code prepaid} row for the prepayment and one {@code
 * adjustment} row for the settlement (less the manual {@code payment} rows of the retired finance
 * journal), each kept while its amount is above 0 and it has a method. A row is updated in place:
 * its id stays, its amount, method and recorder change, {@code updated_at} moves only when
 * something did (review S9). Rows are ordered by {@code created_at}, then id.
 */
final class PaymentRows implements WriteRule {
  /** {@code order(:created_at, :id)}: how the server lists payment rows and fees. */
  static final Comparator<JsonObject> BY_CREATION =
      Comparator.comparing((JsonObject row) -> String.valueOf(Json.text(row, "created_at")))
          .thenComparingLong(row -> Json.numberOr(row, "id", 0));

  @Override
  public void apply(Write write) {
    JsonArray existing = Json.array(write.draft, "payments");
    JsonArray rows = new JsonArray();
    for (JsonElement row : existing) {
      if ("payment".equals(Json.text(row.getAsJsonObject(), "payment_kind"))) {
        rows.add(row); // recorded through the finance journal, which the spec leaves out
      }
    }
    long manual = 0;
    for (JsonElement row : rows) {
      manual += Json.numberOr(row.getAsJsonObject(), "amount", 0);
    }
    row(write, existing, rows, "prepaid", write.amount("prepaid_amount"), "prepaid_payment_method");
    row(
        write,
        existing,
        rows,
        "adjustment",
        write.amount("settlement_amount") - manual,
        "settlement_payment_method");
    write.set("payments", sorted(rows));
  }

  private static void row(
      Write write, JsonArray existing, JsonArray rows, String kind, long amount, String methodKey) {
    String method = write.text(methodKey);
    if (amount <= 0 || method == null) {
      return; // the row of that kind, if any, is destroyed
    }
    JsonObject row = ofKind(existing, kind);
    if (row == null) {
      row = new JsonObject();
      row.addProperty("id", write.records().table("payments").takeId());
      row.addProperty("account_id", write.call.account.id);
      row.addProperty("appointment_id", write.id());
      row.addProperty("created_at", write.call.timestamp());
      row.addProperty("updated_at", write.call.timestamp());
    } else {
      row = row.deepCopy();
    }
    JsonObject before = row.deepCopy();
    row.addProperty("recorded_by_id", write.call.userId);
    row.addProperty("amount", amount);
    row.addProperty("payment_method", method);
    row.addProperty("payment_kind", kind);
    if (!row.equals(before) && before.has("payment_kind")) {
      row.addProperty("updated_at", write.call.timestamp());
    }
    rows.add(row);
  }

  private static @Nullable JsonObject ofKind(JsonArray rows, String kind) {
    for (JsonElement row : rows) {
      if (kind.equals(Json.text(row.getAsJsonObject(), "payment_kind"))) {
        return row.getAsJsonObject();
      }
    }
    return null;
  }

  /** {@code has_many :payments, -> { order(:created_at, :id) }}. */
  private static JsonArray sorted(JsonArray rows) {
    List<JsonObject> list = new ArrayList<>();
    for (JsonElement row : rows) {
      list.add(row.getAsJsonObject());
    }
    list.sort(BY_CREATION);
    JsonArray sorted = new JsonArray();
    for (JsonObject row : list) {
      sorted.add(row);
    }
    return sorted;
  }
}
