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

  /**
   * Replaces every collection with the seed's; sequences keep counting (see {@link Table#load}).
   */
  void load(Map<String, List<JsonObject>> seed, Map<String, Long> sequences) {
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
}
