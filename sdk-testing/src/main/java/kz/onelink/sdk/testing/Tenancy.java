package kz.onelink.sdk.testing;

import java.util.Collections;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Who may call which account, checked in the server's filter order (contract §2.8): the token
 * ({@code Api::BaseController}), then the account (404), the membership (401) and the scheduling
 * feature (403). Records (404) and the read-only guard (422) come after, in the operation.
 */
final class Tenancy {
  /** The owner of an access token; bots' tokens are refused. */
  static final class Caller {
    final long userId;
    final boolean bot;

    Caller(long userId, boolean bot) {
      this.userId = userId;
      this.bot = bot;
    }
  }

  /** An account: its members, its administrators, whether scheduling is on, and its data. */
  static final class Account {
    final long id;
    final Set<Long> members;
    final Set<Long> administrators;
    final boolean schedulingEnabled;
    final Records records = new Records();

    Account(long id, Set<Long> members, Set<Long> administrators, boolean schedulingEnabled) {
      this.id = id;
      this.members = Collections.unmodifiableSet(members);
      this.administrators = Collections.unmodifiableSet(administrators);
      this.schedulingEnabled = schedulingEnabled;
    }
  }

  private final Map<String, Caller> tokens;
  private final Map<Long, Account> accounts;

  Tenancy(Map<String, Caller> tokens, Map<Long, Account> accounts) {
    this.tokens = Collections.unmodifiableMap(tokens);
    this.accounts = Collections.unmodifiableMap(accounts);
  }

  @Nullable Account account(long id) {
    return accounts.get(id);
  }

  /**
   * The token header, {@code api_access_token} (or {@code api-access-token}, which Rack maps to the
   * same name); without one, devise answers with its own {@code {"errors": [...]}} body.
   */
  Caller caller(@Nullable String token) {
    if (token == null || token.trim().isEmpty()) {
      throw ApiError.signInRequired();
    }
    Caller caller = tokens.get(token);
    if (caller == null) {
      throw ApiError.generic(401, "Invalid Access Token");
    }
    if (caller.bot) {
      throw ApiError.generic(401, "Access to this endpoint is not authorized for bots");
    }
    return caller;
  }

  /** {@code Account.find(params[:account_id])}, then the membership and feature checks. */
  Account open(String rawId, Caller caller) {
    Account account = accounts.get(ids(rawId));
    if (account == null) {
      throw ApiError.notFound();
    }
    if (!account.members.contains(caller.userId)) {
      throw ApiError.generic(401, "You are not authorized to access this account");
    }
    if (!account.schedulingEnabled) {
      throw ApiError.scheduling(
          403, "FEATURE_DISABLED", "Scheduling is not enabled for this account");
    }
    return account;
  }

  /** {@code find(params[:id])}: anything that is not a whole number finds nothing (404). */
  static long ids(String raw) {
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      throw ApiError.notFound();
    }
  }
}
