package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A parent's children as one sub-resource, {@code /resources/{resource_id}/work_rules}: the records
 * of the child collection whose {@code resource_id} is the parent's id. GET lists them; PATCH
 * replaces them all with the body's array under the child collection's name, as the server's {@code
 * resource_work_rules#update} does.
 */
final class ChildrenHandlers {
  private ChildrenHandlers() {}

  static Handler list() {
    return call -> Reply.list(call, children(call, call.item()));
  }

  static Handler replace(Writes writes, RequestValidation validation) {
    return call -> {
      JsonObject parent = call.item();
      SchemaView schema = call.operation.requestBody;
      JsonObject params = schema == null ? new JsonObject() : Coercion.permit(call.body, schema);
      validation.check(call.operation, call.path, call.query, params);
      String collection = member(call);
      Table table = call.records().table(collection);
      for (JsonObject child : children(call, parent)) {
        table.remove(child.get("id").getAsLong());
      }
      for (JsonElement item : Json.array(params, collection)) {
        JsonObject child =
            item.isJsonObject() ? item.getAsJsonObject().deepCopy() : new JsonObject();
        child.add(parentKey(call), parent.get("id"));
        writes.create(call, collection, call.operation.item(), child);
      }
      return Reply.list(call, children(call, parent));
    };
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
