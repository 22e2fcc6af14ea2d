// Generated from openapi/openapi.yaml by codegen/templates/rxService.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.rx.services;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import java.util.List;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.internal.api.RoomsApi;
import kz.onelink.sdk.model.Room;
import kz.onelink.sdk.model.RoomKind;
import kz.onelink.sdk.model.RoomKindListResponse;
import kz.onelink.sdk.model.RoomListResponse;
import kz.onelink.sdk.model.RoomResponse;
import kz.onelink.sdk.params.ListRoomKindsParams;
import kz.onelink.sdk.params.ListRoomsParams;
import kz.onelink.sdk.rx.internal.RxCalls;

/**
 * The {@code Rooms} operations of the OneLink API as RxJava 3 types: the twin of {@code
 * kz.onelink.sdk.services.RoomsService}, with the same names and parameters.
 *
 * <p>Each method checks its arguments at once and returns a cold {@link Single} (or {@link
 * Completable}): nothing is sent until subscription, and disposing cancels the HTTP call. A call
 * runs on the thread that subscribes, or on the client's scheduler; errors are the same {@link
 * kz.onelink.sdk.errors.OneLinkException} subclasses as in the sync client.
 */
public final class RxRoomsService {
  private final RxCalls calls;
  private final RoomsApi api;

  RxRoomsService(RxCalls calls) {
    this.calls = calls;
    this.api = calls.context().api(RoomsApi.class);
  }

  /**
   * Returns one room.
   *
   * <p>Same as {@code get(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The room's id.
   */
  public Single<Room> get(long accountId, long id) {
    return get(accountId, id, RequestOptions.none());
  }

  /**
   * Returns one room.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The room's id.
   * @param options per-call timeouts and retries
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<Room> get(long accountId, long id, RequestOptions options) {
    return calls.single(
        RoomsApi.get(calls.context(), api, accountId, id, options), RoomResponse::getPayload);
  }

  /**
   * Returns one room. Like {@code get}, with the HTTP status, headers and request id of the
   * response beside its value.
   */
  public Single<OneLinkResponse<Room>> getWithResponse(
      long accountId, long id, RequestOptions options) {
    return calls.singleWithResponse(
        RoomsApi.get(calls.context(), api, accountId, id, options), RoomResponse::getPayload);
  }

  /**
   * Lists the kinds of room the server knows.
   *
   * <p>Same as {@code listKinds(…, ListRoomKindsParams.none(), RequestOptions.none())}.
   */
  public Single<List<RoomKind>> listKinds() {
    return listKinds(ListRoomKindsParams.none(), RequestOptions.none());
  }

  /**
   * Lists the kinds of room the server knows.
   *
   * <p>Same as {@code listKinds(…, RequestOptions.none())}.
   *
   * @param params the optional parameters
   */
  public Single<List<RoomKind>> listKinds(ListRoomKindsParams params) {
    return listKinds(params, RequestOptions.none());
  }

  /**
   * Lists the kinds of room the server knows.
   *
   * @param params the optional parameters
   * @param options per-call timeouts and retries
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<List<RoomKind>> listKinds(ListRoomKindsParams params, RequestOptions options) {
    return calls.single(
        RoomsApi.listKinds(calls.context(), api, params, options),
        RoomKindListResponse::getPayload);
  }

  /**
   * Lists the kinds of room the server knows. Like {@code listKinds}, with the HTTP status, headers
   * and request id of the response beside its value.
   */
  public Single<OneLinkResponse<List<RoomKind>>> listKindsWithResponse(
      ListRoomKindsParams params, RequestOptions options) {
    return calls.singleWithResponse(
        RoomsApi.listKinds(calls.context(), api, params, options),
        RoomKindListResponse::getPayload);
  }

  /**
   * Lists the account's rooms by name.
   *
   * <p>Same as {@code list(…, ListRoomsParams.none(), RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   */
  public Single<List<Room>> list(long accountId) {
    return list(accountId, ListRoomsParams.none(), RequestOptions.none());
  }

  /**
   * Lists the account's rooms by name.
   *
   * <p>Same as {@code list(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param params the optional parameters
   */
  public Single<List<Room>> list(long accountId, ListRoomsParams params) {
    return list(accountId, params, RequestOptions.none());
  }

  /**
   * Lists the account's rooms by name.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param params the optional parameters
   * @param options per-call timeouts and retries
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<List<Room>> list(long accountId, ListRoomsParams params, RequestOptions options) {
    return calls.single(
        RoomsApi.list(calls.context(), api, accountId, params, options),
        RoomListResponse::getPayload);
  }

  /**
   * Lists the account's rooms by name. Like {@code list}, with the HTTP status, headers and request
   * id of the response beside its value.
   */
  public Single<OneLinkResponse<List<Room>>> listWithResponse(
      long accountId, ListRoomsParams params, RequestOptions options) {
    return calls.singleWithResponse(
        RoomsApi.list(calls.context(), api, accountId, params, options),
        RoomListResponse::getPayload);
  }
}
