package kz.onelink.sdk.testing;

/**
 * A business rule the server applies when a record is created or changed: it completes, checks or
 * changes the {@link Write#draft}, or refuses with an {@link ApiError}. Registered per collection
 * in {@link ServerRules}; rules run in their registration order, which is the server's.
 */
interface WriteRule {
  void apply(Write write);
}
