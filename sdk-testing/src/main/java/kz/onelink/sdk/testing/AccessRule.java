package kz.onelink.sdk.testing;

/**
 * The caller's right to an operation, checked before the record is looked up: the place of the
 * server's {@code check_admin_authorization?} (a refusal is 401, Pundit's answer).
 */
interface AccessRule {
  void check(Call call);
}
