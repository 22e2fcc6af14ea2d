package kz.onelink.sdk.testing;

import com.google.gson.JsonObject;

/**
 * What deleting a record does beyond removing it: a check that refuses (422), or a deletion of its
 * own (an archive, a cascade). Rules run in order after the guards.
 */
interface DeleteRule {
  /** Refuses by throwing {@link ApiError}; returns true when it deleted (or kept) the record. */
  boolean delete(Call call, JsonObject stored);
}
