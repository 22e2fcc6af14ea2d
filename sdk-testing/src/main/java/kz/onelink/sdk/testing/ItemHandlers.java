package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/** The standard item operations: get, update and delete of {@code /<collection>/{id}}. */
final class ItemHandlers {
  private ItemHandlers() {}

  static Handler get() {
    return call -> Reply.one(call, call.operation.successStatus, call.item());
  }

  /** A partial update: 404, the guards (e.g. read-only), then the write pipeline. */
  static Handler update(Rules rules, Writes writes) {
    return call -> {
      JsonObject stored = guarded(call, rules);
      return Reply.one(call, call.operation.successStatus, writes.fromBody(call, stored));
    };
  }

  /**
   * 404, the guards, then the collection's delete rules in order (checks that refuse, or a deletion
   * of their own); the record is removed unless one of them handled it.
   */
  static Handler delete(Rules rules) {
    return call -> {
      JsonObject stored = guarded(call, rules);
      for (DeleteRule rule : rules.deletes(call.operation.collection)) {
        if (rule.delete(call, stored)) {
          return Reply.noContent();
        }
      }
      call.table().remove(stored.get("id").getAsLong());
      return Reply.noContent();
    };
  }

  /** {@code POST /<collection>/{id}/<action>}: 404, the guards, then the named rule. */
  static Handler action(Rules rules, Writes writes, ActionRule rule) {
    return call -> {
      JsonObject stored = guarded(call, rules);
      return Reply.one(
          call, call.operation.successStatus, rule.perform(new Action(call, stored, writes)));
    };
  }

  static JsonObject guarded(Call call, Rules rules) {
    JsonObject stored = call.item();
    for (Guard guard : rules.guards(call.operation.collection)) {
      guard.check(call.operation, stored);
    }
    return stored;
  }
}
