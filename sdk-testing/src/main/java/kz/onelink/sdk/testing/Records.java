package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** One account's data: a {@link Table} of JSON records per collection, named as in the paths. */
final class Records {
  private final Map<String, Table> tables = new LinkedHashMap<>();

  /**
   * Creates whose commit is still "running" under {@link Fault#IDEMPOTENCY_RACE_DUPLICATE_KEY} or
   * {@link Fault#IDEMPOTENCY_RACE_SLOT_CONFLICT}: the idempotency key, and what a repeat meets.
   */
  private final Map<String, Fault> committing = new LinkedHashMap<>();

  Table table(String collection) {
    Table table = tables.get(collection);
    if (table == null) {
      table = new Table();
      tables.put(collection, table);
    }
    return table;
  }

  @Nullable JsonObject find(String collection, long id) {
    return table(collection).find(id);
  }

  boolean has(String collection, long id) {
    return find(collection, id) != null;
  }

  List<JsonObject> all(String collection) {
    return table(collection).all();
  }

  /** The stored records, not copies: for reading only (see {@link Table#read}). */
  Collection<JsonObject> read(String collection) {
    return table(collection).read();
  }

  /** Marks the create with this idempotency key as still committing: its repeat meets the race. */
  void committing(String idempotencyKey, Fault race) {
    committing.put(idempotencyKey, race);
  }

  /**
   * The race a repeat with this key meets, once: the first attempt's commit ends as the repeat
   * fails. Null when no commit with that key is running.
   */
  @Nullable Fault finishCommit(String idempotencyKey) {
    return committing.remove(idempotencyKey);
  }

  /** Every table as it is now, to put back when a request is refused. */
  Checkpoint checkpoint() {
    return new Checkpoint(this);
  }

  /**
   * Replaces every collection with the seed's; sequences keep counting (see {@link Table#load}).
   */
  void load(Map<String, List<JsonObject>> seed, Map<String, Long> sequences) {
    committing.clear();
    Set<String> names = new LinkedHashSet<>(tables.keySet());
    names.addAll(seed.keySet());
    names.addAll(sequences.keySet());
    for (String name : names) {
      List<JsonObject> records = seed.get(name);
      table(name)
          .load(
              records == null ? Collections.<JsonObject>emptyList() : records, sequences.get(name));
    }
  }

  /** The tables of an account at one moment: the sandbox's transaction. */
  static final class Checkpoint {
    private final Records records;
    private final Map<String, Table.Snapshot> tables = new LinkedHashMap<>();

    private Checkpoint(Records records) {
      this.records = records;
      for (Map.Entry<String, Table> table : records.tables.entrySet()) {
        tables.put(table.getKey(), table.getValue().snapshot());
      }
    }

    /** Puts every table back; tables made since are emptied. */
    void restore() {
      for (Map.Entry<String, Table> table : records.tables.entrySet()) {
        Table.Snapshot snapshot = tables.get(table.getKey());
        table.getValue().restore(snapshot == null ? Table.Snapshot.EMPTY : snapshot);
      }
    }
  }
}
