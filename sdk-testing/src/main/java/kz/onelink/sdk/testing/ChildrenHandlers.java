package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * A parent's children as one sub-resource, {@code /resources/{resource_id}/work_rules}: the records
 * of the child collection whose {@code resource_id} is the parent's id. GET lists them; PATCH
 * replaces them all with the body's array under the child collection's name, in one transaction, as
 * the server's {@code resource_work_rules#update} does ({@code destroy_all}, then {@code create!}
 * each): the child collection's body and write rules apply, and the first child its model refuses
 * refuses the whole request.
 */
final class ChildrenHandlers {
  private ChildrenHandlers() {}

  static Handler list() {
    return call -> Reply.list(call, children(call, call.item()));
  }

  static Handler replace(Writes writes, RequestValidation validation) {
    return call -> {
      JsonObject parent = call.item();
      String collection = member(call);
      Body body = writes.body(call, collection, parent);
      SchemaView schema = call.operation.requestBody;
      JsonObject params = schema == null ? new JsonObject() : Coercion.permit(body.raw, schema);
      RequestValidation.Outcome outcome =
          validation.check(call.operation, call.path, call.query, params);
      if (!outcome.errors.isEmpty()) {
        throw ofChild(outcome.errors, collection).toError();
      }
      Table table = call.records().table(collection);
      for (JsonObject child : children(call, parent)) {
        table.remove(child.get("id").getAsLong());
      }
      for (JsonElement item : Json.array(params, collection)) {
        JsonObject child =
            item.isJsonObject() ? item.getAsJsonObject().deepCopy() : new JsonObject();
        child.add(parentKey(call), parent.get("id"));
        writes.create(call, collection, call.operation.item(), child, null);
      }
      return Reply.list(call, children(call, parent));
    };
  }

  /**
   * {@code work_rules.weekday} is the child's {@code weekday}, as the child's own model names it.
   */
  private static ModelErrors ofChild(ModelErrors errors, String collection) {
    ModelErrors child = new ModelErrors();
    for (Map.Entry<String, List<String>> entry : errors.messages().entrySet()) {
      String attribute = entry.getKey();
      String own =
          attribute.startsWith(collection + ".")
              ? attribute.substring(collection.length() + 1)
              : attribute;
      for (String message : entry.getValue()) {
        String prefix = RailsMessages.humanize(attribute) + " ";
        child.add(
            own,
            message.startsWith(prefix) && !own.equals(attribute)
                ? RailsMessages.humanize(own) + " " + message.substring(prefix.length())
                : message);
      }
    }
    return child;
  }

  private static List<JsonObject> children(Call call, JsonObject parent) {
    List<JsonObject> children = new ArrayList<>();
    for (JsonObject child : call.records().all(member(call))) {
      if (Json.same(child.get(parentKey(call)), parent.get("id"))) {
        children.add(child);
      }
    }
    Collections.sort(children, call.operation.order);
    return children;
  }

  private static String member(Call call) {
    String member = call.operation.member;
    return member == null ? "" : member;
  }

  private static String parentKey(Call call) {
    String key = call.operation.itemParameter();
    return key == null ? "" : key;
  }
}
