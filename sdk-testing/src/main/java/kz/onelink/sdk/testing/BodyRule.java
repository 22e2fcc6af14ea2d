package kz.onelink.sdk.testing;

/**
 * A rule on the raw body of a create, update or replacement, before its keys are permitted: keys a
 * server line drops or refuses, a missing list read as empty, or a request the line answers another
 * way (L1's PATCH to {@code cancelled}, which runs the cancel).
 */
interface BodyRule {
  void apply(Body body);
}
