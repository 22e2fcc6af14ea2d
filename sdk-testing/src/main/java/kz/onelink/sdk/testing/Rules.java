package kz.onelink.sdk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The registry of business rules, per collection (the path segment: {@code appointments}). What the
 * spec gives (routes, parsing, validation, CRUD, filters, shapes) needs no entry here; see {@link
 * ServerRules} for what the server adds.
 */
final class Rules {
  private final Map<String, List<Guard>> guards = new HashMap<>();
  private final Map<String, List<WriteRule>> lookups = new HashMap<>();
  private final Map<String, List<WriteRule>> writes = new HashMap<>();
  private final Map<String, ActionRule> actions = new HashMap<>();

  /** Runs before an update, action or delete reads the body. */
  Rules guard(String collection, Guard guard) {
    listOf(guards, collection).add(guard);
    return this;
  }

  /**
   * Runs on the request's values before the spec validates them: the server resolves linked ids
   * (404) before any validation (422).
   */
  Rules lookup(String collection, WriteRule rule) {
    listOf(lookups, collection).add(rule);
    return this;
  }

  /** Runs on every create and update (actions included), after the generic merge. */
  Rules write(String collection, WriteRule rule) {
    listOf(writes, collection).add(rule);
    return this;
  }

  Rules action(String collection, String action, ActionRule rule) {
    actions.put(collection + "/" + action, rule);
    return this;
  }

  List<Guard> guards(String collection) {
    return read(guards, collection);
  }

  List<WriteRule> lookups(String collection) {
    return read(lookups, collection);
  }

  List<WriteRule> writes(String collection) {
    return read(writes, collection);
  }

  @Nullable ActionRule action(String collection, @Nullable String action) {
    return actions.get(collection + "/" + action);
  }

  private static <T> List<T> listOf(Map<String, List<T>> rules, String collection) {
    List<T> list = rules.get(collection);
    if (list == null) {
      list = new ArrayList<>();
      rules.put(collection, list);
    }
    return list;
  }

  private static <T> List<T> read(Map<String, List<T>> rules, String collection) {
    List<T> list = rules.get(collection);
    return list == null ? Collections.<T>emptyList() : Collections.unmodifiableList(list);
  }
}
