package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * One collection's records of one account, by id, with the id sequence. Records go in and out as
 * copies, so no caller can change stored data behind the rules' back.
 */
final class Table {
  private final TreeMap<Long, JsonObject> rows = new TreeMap<>();
  private long nextId = 1;

  @Nullable JsonObject find(long id) {
    JsonObject row = rows.get(id);
    return row == null ? null : row.deepCopy();
  }

  /** Every record, by id. */
  List<JsonObject> all() {
    List<JsonObject> all = new ArrayList<>(rows.size());
    for (JsonObject row : rows.values()) {
      all.add(row.deepCopy());
    }
    return all;
  }

  /**
   * The stored records themselves, by id, for rules that only read them (availability checks run
   * hundreds of times per request when slots are listed): never change what this returns.
   */
  Collection<JsonObject> read() {
    return Collections.unmodifiableCollection(rows.values());
  }

  int size() {
    return rows.size();
  }

  /** The id the next new record gets: the sequence's next value not taken by a seeded row. */
  long peekId() {
    while (rows.containsKey(nextId)) {
      nextId++;
    }
    return nextId;
  }

  /** Takes an id now, for rows made on the side (a payment of an appointment). */
  long takeId() {
    long id = peekId();
    nextId = id + 1;
    return id;
  }

  /** Stores a new record with the id {@link #peekId} gave, and moves the sequence past it. */
  void insert(JsonObject record) {
    put(record);
    nextId = Math.max(nextId, record.get("id").getAsLong() + 1);
  }

  /** Stores a record under its id, leaving the sequence alone (as a seeded row does). */
  void put(JsonObject record) {
    rows.put(record.get("id").getAsLong(), record.deepCopy());
  }

  void remove(long id) {
    rows.remove(id);
  }

  /** The rows as they are now, to put back with {@link #restore}. */
  Snapshot snapshot() {
    return new Snapshot(new TreeMap<>(rows));
  }

  /**
   * Puts back the rows {@link #snapshot} saw (rows are never changed in place, only replaced). The
   * sequence keeps counting, as a Postgres sequence does when a transaction rolls back.
   */
  void restore(Snapshot snapshot) {
    rows.clear();
    rows.putAll(snapshot.rows);
  }

  /** A table's rows at one moment. */
  static final class Snapshot {
    static final Snapshot EMPTY = new Snapshot(new TreeMap<Long, JsonObject>());

    final Map<Long, JsonObject> rows;

    Snapshot(Map<Long, JsonObject> rows) {
      this.rows = rows;
    }
  }

  /**
   * Replaces every record with {@code records}. The sequence continues from where it was, or from
   * {@code sequenceStart} (past the records when null) if that is further: ids are never reused.
   */
  void load(List<JsonObject> records, @Nullable Long sequenceStart) {
    rows.clear();
    long past = 1;
    for (JsonObject record : records) {
      put(record);
      past = Math.max(past, record.get("id").getAsLong() + 1);
    }
    nextId = Math.max(nextId, sequenceStart == null ? past : sequenceStart);
  }
}
