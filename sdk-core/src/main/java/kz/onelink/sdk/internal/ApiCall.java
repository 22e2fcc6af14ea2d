package kz.onelink.sdk.internal;

import retrofit2.Call;

/**
 * A prepared call of one operation and its settings, as the generated bindings hand it to {@link
 * ServiceContext}: nothing is sent yet. Immutable; each execution sends clones of {@link #call}.
 */
public final class ApiCall<T> {
  final Call<T> call;
  final CallOptions options;

  public ApiCall(Call<T> call, CallOptions options) {
    this.call = call;
    this.options = options;
  }

  /** A copy that can run on its own: one per subscription of a cold Rx source. */
  public ApiCall<T> copy() {
    return new ApiCall<>(call.clone(), options);
  }

  @Override
  public String toString() {
    return "ApiCall{" + options + "}";
  }
}
