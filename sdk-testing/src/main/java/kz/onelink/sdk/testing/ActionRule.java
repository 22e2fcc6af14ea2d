package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * What {@code POST /<collection>/{id}/<action>} does, e.g. {@code cancel}. The engine finds the
 * record and runs the guards; the rule returns the record to answer with.
 */
interface ActionRule {
  JsonObject perform(Action action);
}
