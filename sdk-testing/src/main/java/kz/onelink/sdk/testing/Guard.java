package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * A check on a stored record before an update, action or delete touches it, after the record was
 * found (404) and before the body is read: the place of the server's {@code before_action}s such as
 * {@code ensure_editable_appointment!}.
 */
interface Guard {
  void check(Operation operation, JsonObject stored);
}
