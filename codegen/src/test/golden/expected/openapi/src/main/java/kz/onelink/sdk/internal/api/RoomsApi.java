// Generated from openapi/openapi.yaml by codegen/templates/retrofitApi.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.internal.api;

import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.internal.ApiCall;
import kz.onelink.sdk.internal.AttemptTimeouts;
import kz.onelink.sdk.internal.CallOptions;
import kz.onelink.sdk.internal.Checks;
import kz.onelink.sdk.internal.Operation;
import kz.onelink.sdk.internal.ServiceContext;
import kz.onelink.sdk.model.RoomKindListResponse;
import kz.onelink.sdk.model.RoomListResponse;
import kz.onelink.sdk.model.RoomResponse;
import kz.onelink.sdk.params.ListRoomKindsParams;
import kz.onelink.sdk.params.ListRoomsParams;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Retrofit binding of the {@code Rooms} operations of the spec, and the one place that checks their
 * arguments and prepares their calls, shared by the sync and the Rx services.
 *
 * <p>Internal: use the public service classes. No compatibility guarantee.
 */
public interface RoomsApi {

  Operation GET_ROOM = Operation.of("getRoom", "GET", "", "");

  Operation LIST_ROOM_KINDS = Operation.of("listRoomKinds", "GET", "", "");

  Operation LIST_ROOMS = Operation.of("listRooms", "GET", "", "");

  /** GET api/v1/accounts/{account_id}/scheduling/rooms/{id}: Returns one room. */
  @GET("api/v1/accounts/{account_id}/scheduling/rooms/{id}")
  @Headers("Accept: application/json")
  Call<RoomResponse> getRoom(
      @Path("account_id") Long accountId,
      @Path("id") Long id,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code get} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<RoomResponse> get(
      ServiceContext context, RoomsApi api, long accountId, long id, RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.atLeast(id, 1L, "id");
    CallOptions callOptions = context.options(GET_ROOM, Checks.notNull(options, "options"));
    Call<RoomResponse> call = api.getRoom(accountId, id, callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /** GET api/v1/scheduling/room_kinds: Lists the kinds of room the server knows. */
  @GET("api/v1/scheduling/room_kinds")
  @Headers("Accept: application/json")
  Call<RoomKindListResponse> listRoomKinds(
      @Query("locale") @Nullable String locale, @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code listKinds} (an {@link IllegalArgumentException} before anything
   * is sent) and prepares its call, not yet sent.
   */
  static ApiCall<RoomKindListResponse> listKinds(
      ServiceContext context, RoomsApi api, ListRoomKindsParams params, RequestOptions options) {
    Checks.notNull(params, "params");
    CallOptions callOptions = context.options(LIST_ROOM_KINDS, Checks.notNull(options, "options"));
    Call<RoomKindListResponse> call = api.listRoomKinds(params.locale(), callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /** GET api/v1/accounts/{account_id}/scheduling/rooms: Lists the account's rooms by name. */
  @GET("api/v1/accounts/{account_id}/scheduling/rooms")
  @Headers("Accept: application/json")
  Call<RoomListResponse> listRooms(
      @Path("account_id") Long accountId,
      @Query("include_inactive") @Nullable Boolean includeInactive,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code list} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<RoomListResponse> list(
      ServiceContext context,
      RoomsApi api,
      long accountId,
      ListRoomsParams params,
      RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.notNull(params, "params");
    CallOptions callOptions = context.options(LIST_ROOMS, Checks.notNull(options, "options"));
    Call<RoomListResponse> call =
        api.listRooms(accountId, params.includeInactive(), callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }
}
