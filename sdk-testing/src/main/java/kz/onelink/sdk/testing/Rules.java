package kz.onelink.sdk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The registry of business rules of one server line, per collection (the path segment: {@code
 * appointments}; a parent's children by their own name: {@code work_rules}). What the spec gives
 * (routes, parsing, validation, CRUD, filters, shapes) needs no entry here; see {@link ServerRules}
 * for what each server line adds.
 *
 * <p>A request meets the rules in this order: access (before the record is looked up), guards
 * (after), body rules (on the raw body), lookups (linked ids, before the spec's validation), write
 * rules (on the merged record), then the save (model errors, column limits). Actions, deletions and
 * views replace the engine's own handling; response rules reshape every answer.
 */
final class Rules {
  private final Map<String, List<AccessRule>> access = new HashMap<>();
  private final Map<String, List<Guard>> guards = new HashMap<>();
  private final Map<String, List<BodyRule>> bodies = new HashMap<>();
  private final Map<String, List<WriteRule>> lookups = new HashMap<>();
  private final Map<String, List<WriteRule>> writes = new HashMap<>();
  private final Map<String, List<DeleteRule>> deletes = new HashMap<>();
  private final Map<String, ActionRule> actions = new HashMap<>();
  private final Map<String, ViewRule> views = new HashMap<>();
  private final List<ResponseRule> responses = new ArrayList<>();
  private final Set<String> ignoredParameters = new HashSet<>();
  private final Set<String> unrouted = new HashSet<>();

  /** Checks the caller's right to the operation before the record is looked up (401). */
  Rules access(String collection, AccessRule rule) {
    listOf(access, collection).add(rule);
    return this;
  }

  /** Runs before an update, action or delete reads the body. */
  Rules guard(String collection, Guard guard) {
    listOf(guards, collection).add(guard);
    return this;
  }

  /** Runs on the raw body of a create, update or replacement, before the keys are permitted. */
  Rules body(String collection, BodyRule rule) {
    listOf(bodies, collection).add(rule);
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

  /** Runs on a delete, in order; the record is removed unless one of them handled it. */
  Rules delete(String collection, DeleteRule rule) {
    listOf(deletes, collection).add(rule);
    return this;
  }

  Rules action(String collection, String action, ActionRule rule) {
    actions.put(collection + "/" + action, rule);
    return this;
  }

  /** Computes a view such as {@code GET /calendar}. */
  Rules view(String collection, ViewRule rule) {
    views.put(collection, rule);
    return this;
  }

  /** Reshapes every response body of this line (after the spec's shaping). */
  Rules response(ResponseRule rule) {
    responses.add(rule);
    return this;
  }

  /** This line reads no such query parameter: its filter is not applied. */
  Rules ignoreParameter(String collection, String parameter) {
    ignoredParameters.add(collection + "?" + parameter);
    return this;
  }

  /** This line has no route for the operation: it answers Rails' 404. */
  Rules notRouted(OperationKind kind, String collection) {
    unrouted.add(kind + " " + collection);
    return this;
  }

  List<AccessRule> access(String collection) {
    return read(access, collection);
  }

  List<Guard> guards(String collection) {
    return read(guards, collection);
  }

  List<BodyRule> bodies(String collection) {
    return read(bodies, collection);
  }

  List<WriteRule> lookups(String collection) {
    return read(lookups, collection);
  }

  List<WriteRule> writes(String collection) {
    return read(writes, collection);
  }

  List<DeleteRule> deletes(String collection) {
    return read(deletes, collection);
  }

  @Nullable ActionRule action(String collection, @Nullable String action) {
    return actions.get(collection + "/" + action);
  }

  @Nullable ViewRule view(String collection) {
    return views.get(collection);
  }

  List<ResponseRule> responses() {
    return Collections.unmodifiableList(responses);
  }

  boolean ignores(String collection, String parameter) {
    return ignoredParameters.contains(collection + "?" + parameter);
  }

  boolean routes(Operation operation) {
    return !unrouted.contains(operation.kind + " " + operation.collection);
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
