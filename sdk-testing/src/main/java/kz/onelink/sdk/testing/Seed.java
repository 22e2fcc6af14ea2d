package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The sandbox's starting data, {@code seed.json}: access tokens, accounts (members, features, id
 * sequences) and each account's records, shaped like the server's payloads. The loader adds what
 * every row has: {@code account_id}, and {@code created_at}/{@code updated_at} at start-up time.
 */
final class Seed {
  static final String RESOURCE = "kz/onelink/sdk/testing/seed.json";

  private final JsonObject json;

  private Seed(JsonObject json) {
    this.json = json;
  }

  static Seed packaged() {
    try (InputStream in = Seed.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the sandbox jar");
      }
      try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
        return new Seed(JsonParser.parseReader(reader).getAsJsonObject());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Tokens and accounts, with empty records: {@link #load} fills them. */
  Tenancy tenancy() {
    Map<String, Tenancy.Caller> tokens = new LinkedHashMap<>();
    for (JsonElement element : json.getAsJsonArray("access_tokens")) {
      JsonObject token = element.getAsJsonObject();
      tokens.put(
          token.get("token").getAsString(),
          new Tenancy.Caller(
              token.get("owner_id").getAsLong(),
              !"User".equals(token.get("owner_type").getAsString())));
    }
    Map<Long, Tenancy.Account> accounts = new LinkedHashMap<>();
    for (JsonObject account : accounts()) {
      Set<Long> members = ids(account, "members");
      Set<Long> administrators = ids(account, "administrators");
      boolean scheduling = account.getAsJsonArray("features").contains(Json.of("scheduling"));
      long id = account.get("id").getAsLong();
      accounts.put(id, new Tenancy.Account(id, members, administrators, scheduling));
    }
    return new Tenancy(tokens, accounts);
  }

  private static Set<Long> ids(JsonObject account, String key) {
    Set<Long> ids = new LinkedHashSet<>();
    for (JsonElement id : Json.array(account, key)) {
      ids.add(id.getAsLong());
    }
    return ids;
  }

  /** Puts every account's records back as the seed has them; id sequences keep counting. */
  void load(Tenancy tenancy, Instant now) {
    String timestamp = Times.format(now);
    for (JsonObject account : accounts()) {
      long accountId = account.get("id").getAsLong();
      Map<String, List<JsonObject>> records = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> collection : Json.object(account, "records").entrySet()) {
        List<JsonObject> rows = new ArrayList<>();
        for (JsonElement row : collection.getValue().getAsJsonArray()) {
          rows.add(stamped(row.getAsJsonObject(), accountId, timestamp));
        }
        records.put(collection.getKey(), rows);
      }
      Map<String, Long> sequences = new LinkedHashMap<>();
      for (Map.Entry<String, JsonElement> sequence : Json.object(account, "sequences").entrySet()) {
        sequences.put(sequence.getKey(), sequence.getValue().getAsLong());
      }
      Tenancy.Account loaded = tenancy.account(accountId);
      if (loaded != null) {
        synchronized (loaded) { // requests hold the same lock
          loaded.records.load(records, sequences);
        }
      }
    }
  }

  private List<JsonObject> accounts() {
    List<JsonObject> accounts = new ArrayList<>();
    JsonArray all = json.getAsJsonArray("accounts");
    for (JsonElement account : all) {
      accounts.add(account.getAsJsonObject());
    }
    return accounts;
  }

  private static JsonObject stamped(JsonObject row, long accountId, String timestamp) {
    JsonObject stamped = row.deepCopy();
    if (!stamped.has("account_id")) {
      stamped.addProperty("account_id", accountId);
    }
    if (!stamped.has("created_at")) {
      stamped.addProperty("created_at", timestamp);
    }
    if (!stamped.has("updated_at")) {
      stamped.addProperty("updated_at", timestamp);
    }
    return stamped;
  }
}
