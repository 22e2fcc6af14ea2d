package kz.onelink.sdk.testing;

/**
 * Writes to the collection need an administrator of the account; anyone else gets 401 "You are not
 * authorized to do this action" (Pundit through {@code check_admin_authorization?}), before the
 * record is looked up. Reads are open to every member ({@code resources_controller.rb@e9defc735aef}
 * and its siblings: {@code before_action :check_admin_authorization?, except: [:index, :show]}).
 */
final class AdministratorsOnly implements AccessRule {
  @Override
  public void check(Call call) {
    if (!"GET".equals(call.operation.method)
        && !call.account.administrators.contains(call.userId)) {
      throw ApiError.generic(401, "You are not authorized to do this action");
    }
  }
}
