// Generated from openapi/openapi.yaml by codegen/templates/service.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.services;

import java.util.List;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.internal.ServiceContext;
import kz.onelink.sdk.internal.api.RoomsApi;
import kz.onelink.sdk.model.Room;
import kz.onelink.sdk.model.RoomKind;
import kz.onelink.sdk.model.RoomKindListResponse;
import kz.onelink.sdk.model.RoomListResponse;
import kz.onelink.sdk.model.RoomResponse;
import kz.onelink.sdk.params.ListRoomKindsParams;
import kz.onelink.sdk.params.ListRoomsParams;

/**
 * The {@code Rooms} operations of the OneLink API.
 *
 * <p>Get it from the client: {@code client.rooms()}. It is thread-safe and shares the client's
 * connections. Each method blocks until the server answers, retrying as the client's retry policy
 * allows, and throws a {@link kz.onelink.sdk.errors.OneLinkException} subclass when the call fails.
 */
public final class RoomsService {
  private final ServiceContext context;
  private final RoomsApi api;

  RoomsService(ServiceContext context) {
    this.context = context;
    this.api = context.api(RoomsApi.class);
  }

  /**
   * Returns one room.
   *
   * <p>Same as {@code get(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The room's id.
   */
  public Room get(long accountId, long id) {
    return get(accountId, id, RequestOptions.none());
  }

  /**
   * Returns one room.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The room's id.
   * @param options per-call timeouts and retries
   * @return the {@code payload} of the response
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public Room get(long accountId, long id, RequestOptions options) {
    return context.execute(RoomsApi.get(context, api, accountId, id, options)).getPayload();
  }

  /**
   * Returns one room. Like {@code get}, with the HTTP status, headers and request id of the
   * response beside its value.
   */
  public OneLinkResponse<Room> getWithResponse(long accountId, long id, RequestOptions options) {
    return context.executeWithResponse(
        RoomsApi.get(context, api, accountId, id, options), RoomResponse::getPayload);
  }

  /**
   * Lists the kinds of room the server knows.
   *
   * <p>Same as {@code listKinds(…, ListRoomKindsParams.none(), RequestOptions.none())}.
   */
  public List<RoomKind> listKinds() {
    return listKinds(ListRoomKindsParams.none(), RequestOptions.none());
  }

  /**
   * Lists the kinds of room the server knows.
   *
   * <p>Same as {@code listKinds(…, RequestOptions.none())}.
   *
   * @param params the optional parameters
   */
  public List<RoomKind> listKinds(ListRoomKindsParams params) {
    return listKinds(params, RequestOptions.none());
  }

  /**
   * Lists the kinds of room the server knows.
   *
   * @param params the optional parameters
   * @param options per-call timeouts and retries
   * @return the {@code payload} of the response
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public List<RoomKind> listKinds(ListRoomKindsParams params, RequestOptions options) {
    return context.execute(RoomsApi.listKinds(context, api, params, options)).getPayload();
  }

  /**
   * Lists the kinds of room the server knows. Like {@code listKinds}, with the HTTP status, headers
   * and request id of the response beside its value.
   */
  public OneLinkResponse<List<RoomKind>> listKindsWithResponse(
      ListRoomKindsParams params, RequestOptions options) {
    return context.executeWithResponse(
        RoomsApi.listKinds(context, api, params, options), RoomKindListResponse::getPayload);
  }

  /**
   * Lists the account's rooms by name.
   *
   * <p>Same as {@code list(…, ListRoomsParams.none(), RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   */
  public List<Room> list(long accountId) {
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
  public List<Room> list(long accountId, ListRoomsParams params) {
    return list(accountId, params, RequestOptions.none());
  }

  /**
   * Lists the account's rooms by name.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param params the optional parameters
   * @param options per-call timeouts and retries
   * @return the {@code payload} of the response
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public List<Room> list(long accountId, ListRoomsParams params, RequestOptions options) {
    return context.execute(RoomsApi.list(context, api, accountId, params, options)).getPayload();
  }

  /**
   * Lists the account's rooms by name. Like {@code list}, with the HTTP status, headers and request
   * id of the response beside its value.
   */
  public OneLinkResponse<List<Room>> listWithResponse(
      long accountId, ListRoomsParams params, RequestOptions options) {
    return context.executeWithResponse(
        RoomsApi.list(context, api, accountId, params, options), RoomListResponse::getPayload);
  }
}
