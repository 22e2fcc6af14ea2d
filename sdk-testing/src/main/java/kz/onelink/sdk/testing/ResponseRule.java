package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * Reshapes a response body after the spec shaped it: what a server line sends differently for every
 * operation (L1's finance stubs, L2 leaving the finance keys out).
 */
interface ResponseRule {
  void apply(JsonObject envelope);
}
