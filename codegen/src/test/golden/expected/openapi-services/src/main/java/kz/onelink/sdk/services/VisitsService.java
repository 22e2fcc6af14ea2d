// Generated from openapi/openapi.yaml by codegen/templates/service.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.services;

import java.time.LocalDate;
import java.util.List;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.internal.ServiceContext;
import kz.onelink.sdk.internal.api.VisitsApi;
import kz.onelink.sdk.model.Visit;
import kz.onelink.sdk.model.VisitCreateRequest;
import kz.onelink.sdk.model.VisitListResponse;
import kz.onelink.sdk.model.VisitResponse;
import kz.onelink.sdk.model.VisitStats;
import kz.onelink.sdk.model.VisitUpdateRequest;
import kz.onelink.sdk.params.GetVisitStatsParams;
import kz.onelink.sdk.params.ListVisitsParams;

/**
 * The {@code Visits} operations of the OneLink API.
 *
 * <p>Get it from the client: {@code client.visits()}. It is thread-safe and shares the client's
 * connections. Each method blocks until the server answers, retrying as the client's retry policy
 * allows, and throws a {@link kz.onelink.sdk.errors.OneLinkException} subclass when the call fails.
 */
public final class VisitsService {
  private final ServiceContext context;
  private final VisitsApi api;

  VisitsService(ServiceContext context) {
    this.context = context;
    this.api = context.api(VisitsApi.class);
  }

  /**
   * Cancels a visit and frees its room.
   *
   * <p>Same as {@code cancel(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   */
  public Visit cancel(long accountId, long id) {
    return cancel(accountId, id, RequestOptions.none());
  }

  /**
   * Cancels a visit and frees its room.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param options per-call timeouts and retries
   * @return the {@code payload} of the response
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public Visit cancel(long accountId, long id, RequestOptions options) {
    return context.execute(VisitsApi.cancel(context, api, accountId, id, options)).getPayload();
  }

  /**
   * Cancels a visit and frees its room. Like {@code cancel}, with the HTTP status, headers and
   * request id of the response beside its value.
   */
  public OneLinkResponse<Visit> cancelWithResponse(
      long accountId, long id, RequestOptions options) {
    return context.executeWithResponse(
        VisitsApi.cancel(context, api, accountId, id, options), VisitResponse::getPayload);
  }

  /**
   * Books a visit.
   *
   * <p>Same as {@code create(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param request the request body
   */
  public Visit create(long accountId, VisitCreateRequest request) {
    return create(accountId, request, RequestOptions.none());
  }

  /**
   * Books a visit.
   *
   * <p>Creation is idempotent by {@code idempotency_key}: a replay answers 200 with the visit it
   * created first. The SDK sets a fresh key when the request has none.
   *
   * <p>Versions differ, as in the real spec's descriptions:
   *
   * <ul>
   *   <li>the baseline needs {@code duration_min};
   *   <li>later servers take the room's default length when it is left out.
   * </ul>
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param request the request body
   * @param options per-call timeouts and retries
   * @return the {@code payload} of the response
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public Visit create(long accountId, VisitCreateRequest request, RequestOptions options) {
    return context
        .execute(VisitsApi.create(context, api, accountId, request, options))
        .getPayload();
  }

  /**
   * Books a visit. Like {@code create}, with the HTTP status, headers and request id of the
   * response beside its value. The status tells a new booking (201) from the replay of an earlier
   * create with the same {@code idempotency_key} (200).
   */
  public OneLinkResponse<Visit> createWithResponse(
      long accountId, VisitCreateRequest request, RequestOptions options) {
    return context.executeWithResponse(
        VisitsApi.create(context, api, accountId, request, options), VisitResponse::getPayload);
  }

  /**
   * Deletes a visit for good.
   *
   * <p>Same as {@code delete(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   */
  public void delete(long accountId, long id) {
    delete(accountId, id, RequestOptions.none());
  }

  /**
   * Deletes a visit for good.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param options per-call timeouts and retries
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public void delete(long accountId, long id, RequestOptions options) {
    context.executeDiscardingBody(VisitsApi.delete(context, api, accountId, id, options));
  }

  /**
   * Deletes a visit for good. Like {@code delete}, with the HTTP status, headers and request id of
   * the response beside its value.
   */
  public OneLinkResponse<Void> deleteWithResponse(long accountId, long id, RequestOptions options) {
    return context.executeWithResponse(VisitsApi.delete(context, api, accountId, id, options));
  }

  /**
   * Returns one visit.
   *
   * <p>Same as {@code get(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   */
  public Visit get(long accountId, long id) {
    return get(accountId, id, RequestOptions.none());
  }

  /**
   * Returns one visit.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param options per-call timeouts and retries
   * @return the {@code payload} of the response
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public Visit get(long accountId, long id, RequestOptions options) {
    return context.execute(VisitsApi.get(context, api, accountId, id, options)).getPayload();
  }

  /**
   * Returns one visit. Like {@code get}, with the HTTP status, headers and request id of the
   * response beside its value.
   */
  public OneLinkResponse<Visit> getWithResponse(long accountId, long id, RequestOptions options) {
    return context.executeWithResponse(
        VisitsApi.get(context, api, accountId, id, options), VisitResponse::getPayload);
  }

  /**
   * Counts the visits of a year.
   *
   * <p>Same as {@code getVisitStats(…, GetVisitStatsParams.none(), RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param year The calendar year counted.
   * @param since Only visits on or after this date.
   * @param countCancelled Whether cancelled visits are counted; the server has no default.
   */
  public VisitStats getVisitStats(
      long accountId, int year, LocalDate since, boolean countCancelled) {
    return getVisitStats(
        accountId, year, since, countCancelled, GetVisitStatsParams.none(), RequestOptions.none());
  }

  /**
   * Counts the visits of a year.
   *
   * <p>Same as {@code getVisitStats(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param year The calendar year counted.
   * @param since Only visits on or after this date.
   * @param countCancelled Whether cancelled visits are counted; the server has no default.
   * @param params the optional parameters
   */
  public VisitStats getVisitStats(
      long accountId,
      int year,
      LocalDate since,
      boolean countCancelled,
      GetVisitStatsParams params) {
    return getVisitStats(accountId, year, since, countCancelled, params, RequestOptions.none());
  }

  /**
   * Counts the visits of a year.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param year The calendar year counted.
   * @param since Only visits on or after this date.
   * @param countCancelled Whether cancelled visits are counted; the server has no default.
   * @param params the optional parameters
   * @param options per-call timeouts and retries
   * @return the response body
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public VisitStats getVisitStats(
      long accountId,
      int year,
      LocalDate since,
      boolean countCancelled,
      GetVisitStatsParams params,
      RequestOptions options) {
    return context.execute(
        VisitsApi.getVisitStats(
            context, api, accountId, year, since, countCancelled, params, options));
  }

  /**
   * Counts the visits of a year. Like {@code getVisitStats}, with the HTTP status, headers and
   * request id of the response beside its value.
   */
  public OneLinkResponse<VisitStats> getVisitStatsWithResponse(
      long accountId,
      int year,
      LocalDate since,
      boolean countCancelled,
      GetVisitStatsParams params,
      RequestOptions options) {
    return context.executeWithResponse(
        VisitsApi.getVisitStats(
            context, api, accountId, year, since, countCancelled, params, options));
  }

  /**
   * Lists the account's visits, oldest start first.
   *
   * <p>Same as {@code list(…, ListVisitsParams.none(), RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   */
  public List<Visit> list(long accountId) {
    return list(accountId, ListVisitsParams.none(), RequestOptions.none());
  }

  /**
   * Lists the account's visits, oldest start first.
   *
   * <p>Same as {@code list(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param params the optional parameters
   */
  public List<Visit> list(long accountId, ListVisitsParams params) {
    return list(accountId, params, RequestOptions.none());
  }

  /**
   * Lists the account's visits, oldest start first.
   *
   * <p>Every matching visit is returned at once (the server does not paginate). Filters combine
   * with AND; <b>list filters</b> match any of their values. The server answers {@code {"error":
   * "..."}} for an unknown account; see <a href="https://one-link.kz/docs/visits">the guide</a> and
   * the brace <code>&#123;</code>.
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
  public List<Visit> list(long accountId, ListVisitsParams params, RequestOptions options) {
    return context.execute(VisitsApi.list(context, api, accountId, params, options)).getPayload();
  }

  /**
   * Lists the account's visits, oldest start first. Like {@code list}, with the HTTP status,
   * headers and request id of the response beside its value.
   */
  public OneLinkResponse<List<Visit>> listWithResponse(
      long accountId, ListVisitsParams params, RequestOptions options) {
    return context.executeWithResponse(
        VisitsApi.list(context, api, accountId, params, options), VisitListResponse::getPayload);
  }

  /**
   * Changes a visit; keys left out keep their value.
   *
   * <p>Same as {@code update(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param request the request body
   */
  public Visit update(long accountId, long id, VisitUpdateRequest request) {
    return update(accountId, id, request, RequestOptions.none());
  }

  /**
   * Changes a visit; keys left out keep their value.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param request the request body
   * @param options per-call timeouts and retries
   * @return the {@code payload} of the response
   * @throws IllegalArgumentException if an argument is invalid (nothing is sent)
   * @throws kz.onelink.sdk.errors.OneLinkServiceException if the server answers with an error
   *     status
   * @throws kz.onelink.sdk.errors.OneLinkIoException if the network fails or the call times out
   * @throws kz.onelink.sdk.errors.OneLinkDecodingException if the response body cannot be read
   */
  public Visit update(long accountId, long id, VisitUpdateRequest request, RequestOptions options) {
    return context
        .execute(VisitsApi.update(context, api, accountId, id, request, options))
        .getPayload();
  }

  /**
   * Changes a visit; keys left out keep their value. Like {@code update}, with the HTTP status,
   * headers and request id of the response beside its value.
   */
  public OneLinkResponse<Visit> updateWithResponse(
      long accountId, long id, VisitUpdateRequest request, RequestOptions options) {
    return context.executeWithResponse(
        VisitsApi.update(context, api, accountId, id, request, options), VisitResponse::getPayload);
  }
}
