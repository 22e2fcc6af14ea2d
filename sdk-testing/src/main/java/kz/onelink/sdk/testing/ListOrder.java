package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The order of a list, as {@code x-onelink-order: [starts_at, id]} on the list operation declares
 * it (a {@code -} before a property sorts it descending); by {@code id} when the operation says
 * nothing. Nulls sort as Postgres sorts them: last ascending, first descending.
 */
final class ListOrder implements Comparator<JsonObject> {
  static final String EXTENSION = "x-onelink-order";

  private final List<String> keys;

  private ListOrder(List<String> keys) {
    this.keys = keys;
  }

  static ListOrder read(@Nullable Object extension) {
    List<String> keys = new ArrayList<>();
    if (extension instanceof List) {
      for (Object key : (List<?>) extension) {
        keys.add(String.valueOf(key));
      }
    }
    return new ListOrder(keys.isEmpty() ? Collections.singletonList("id") : keys);
  }

  @Override
  public int compare(JsonObject a, JsonObject b) {
    for (String key : keys) {
      boolean descending = key.startsWith("-");
      String property = descending ? key.substring(1) : key;
      int order = compareValues(Json.get(a, property), Json.get(b, property));
      if (order != 0) {
        return descending ? -order : order;
      }
    }
    return 0;
  }

  private static int compareValues(@Nullable JsonElement a, @Nullable JsonElement b) {
    if (a == null || b == null) {
      return a == null ? (b == null ? 0 : 1) : -1;
    }
    Integer order = a.isJsonPrimitive() ? ListFilter.compare(a, b.getAsString()) : null;
    return order == null ? 0 : order;
  }

  @Override
  public String toString() {
    return keys.toString();
  }
}
