package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * A computed {@code GET} that is not a list ({@code /calendar}): the rule reads the query, refuses
 * what the server refuses and builds the payload, which the engine shapes by the spec.
 */
interface ViewRule {
  JsonObject render(Call call);
}
