// Generated from openapi/openapi.yaml by codegen/templates/rxService.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.rx.services;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import java.time.LocalDate;
import java.util.List;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.internal.api.VisitsApi;
import kz.onelink.sdk.model.Visit;
import kz.onelink.sdk.model.VisitCreateRequest;
import kz.onelink.sdk.model.VisitListResponse;
import kz.onelink.sdk.model.VisitResponse;
import kz.onelink.sdk.model.VisitStats;
import kz.onelink.sdk.model.VisitUpdateRequest;
import kz.onelink.sdk.params.GetVisitStatsParams;
import kz.onelink.sdk.params.ListVisitsParams;
import kz.onelink.sdk.rx.internal.RxCalls;

/**
 * The {@code Visits} operations of the OneLink API as RxJava 3 types: the twin of {@code
 * kz.onelink.sdk.services.VisitsService}, with the same names and parameters.
 *
 * <p>Each method checks its arguments at once and returns a cold {@link Single} (or {@link
 * Completable}): nothing is sent until subscription, and disposing cancels the HTTP call. A call
 * runs on the thread that subscribes, or on the client's scheduler; errors are the same {@link
 * kz.onelink.sdk.errors.OneLinkException} subclasses as in the sync client.
 */
public final class RxVisitsService {
  private final RxCalls calls;
  private final VisitsApi api;

  RxVisitsService(RxCalls calls) {
    this.calls = calls;
    this.api = calls.context().api(VisitsApi.class);
  }

  /**
   * Cancels a visit and frees its room.
   *
   * <p>Same as {@code cancel(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   */
  public Single<Visit> cancel(long accountId, long id) {
    return cancel(accountId, id, RequestOptions.none());
  }

  /**
   * Cancels a visit and frees its room.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param options per-call timeouts and retries
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<Visit> cancel(long accountId, long id, RequestOptions options) {
    return calls.single(
        VisitsApi.cancel(calls.context(), api, accountId, id, options), VisitResponse::getPayload);
  }

  /**
   * Cancels a visit and frees its room. Like {@code cancel}, with the HTTP status, headers and
   * request id of the response beside its value.
   */
  public Single<OneLinkResponse<Visit>> cancelWithResponse(
      long accountId, long id, RequestOptions options) {
    return calls.singleWithResponse(
        VisitsApi.cancel(calls.context(), api, accountId, id, options), VisitResponse::getPayload);
  }

  /**
   * Books a visit.
   *
   * <p>Same as {@code create(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param request the request body
   */
  public Single<Visit> create(long accountId, VisitCreateRequest request) {
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
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<Visit> create(long accountId, VisitCreateRequest request, RequestOptions options) {
    return calls.single(
        VisitsApi.create(calls.context(), api, accountId, request, options),
        VisitResponse::getPayload);
  }

  /**
   * Books a visit. Like {@code create}, with the HTTP status, headers and request id of the
   * response beside its value. The status tells a new booking (201) from the replay of an earlier
   * create with the same {@code idempotency_key} (200).
   */
  public Single<OneLinkResponse<Visit>> createWithResponse(
      long accountId, VisitCreateRequest request, RequestOptions options) {
    return calls.singleWithResponse(
        VisitsApi.create(calls.context(), api, accountId, request, options),
        VisitResponse::getPayload);
  }

  /**
   * Deletes a visit for good.
   *
   * <p>Same as {@code delete(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   */
  public Completable delete(long accountId, long id) {
    return delete(accountId, id, RequestOptions.none());
  }

  /**
   * Deletes a visit for good.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param options per-call timeouts and retries
   * @return a cold Completable, failing with the sync client's exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Completable delete(long accountId, long id, RequestOptions options) {
    return calls.completable(VisitsApi.delete(calls.context(), api, accountId, id, options));
  }

  /**
   * Deletes a visit for good. Like {@code delete}, with the HTTP status, headers and request id of
   * the response beside its value.
   */
  public Single<OneLinkResponse<Void>> deleteWithResponse(
      long accountId, long id, RequestOptions options) {
    return calls.singleWithResponse(VisitsApi.delete(calls.context(), api, accountId, id, options));
  }

  /**
   * Returns one visit.
   *
   * <p>Same as {@code get(…, RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   */
  public Single<Visit> get(long accountId, long id) {
    return get(accountId, id, RequestOptions.none());
  }

  /**
   * Returns one visit.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param options per-call timeouts and retries
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<Visit> get(long accountId, long id, RequestOptions options) {
    return calls.single(
        VisitsApi.get(calls.context(), api, accountId, id, options), VisitResponse::getPayload);
  }

  /**
   * Returns one visit. Like {@code get}, with the HTTP status, headers and request id of the
   * response beside its value.
   */
  public Single<OneLinkResponse<Visit>> getWithResponse(
      long accountId, long id, RequestOptions options) {
    return calls.singleWithResponse(
        VisitsApi.get(calls.context(), api, accountId, id, options), VisitResponse::getPayload);
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
  public Single<VisitStats> getVisitStats(
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
  public Single<VisitStats> getVisitStats(
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
   * @return a cold Single of the response body, failing with the sync client's exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<VisitStats> getVisitStats(
      long accountId,
      int year,
      LocalDate since,
      boolean countCancelled,
      GetVisitStatsParams params,
      RequestOptions options) {
    return calls.single(
        VisitsApi.getVisitStats(
            calls.context(), api, accountId, year, since, countCancelled, params, options));
  }

  /**
   * Counts the visits of a year. Like {@code getVisitStats}, with the HTTP status, headers and
   * request id of the response beside its value.
   */
  public Single<OneLinkResponse<VisitStats>> getVisitStatsWithResponse(
      long accountId,
      int year,
      LocalDate since,
      boolean countCancelled,
      GetVisitStatsParams params,
      RequestOptions options) {
    return calls.singleWithResponse(
        VisitsApi.getVisitStats(
            calls.context(), api, accountId, year, since, countCancelled, params, options));
  }

  /**
   * Lists the account's visits, oldest start first.
   *
   * <p>Same as {@code list(…, ListVisitsParams.none(), RequestOptions.none())}.
   *
   * @param accountId The account whose scheduling data is addressed.
   */
  public Single<List<Visit>> list(long accountId) {
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
  public Single<List<Visit>> list(long accountId, ListVisitsParams params) {
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
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<List<Visit>> list(long accountId, ListVisitsParams params, RequestOptions options) {
    return calls.single(
        VisitsApi.list(calls.context(), api, accountId, params, options),
        VisitListResponse::getPayload);
  }

  /**
   * Lists the account's visits, oldest start first. Like {@code list}, with the HTTP status,
   * headers and request id of the response beside its value.
   */
  public Single<OneLinkResponse<List<Visit>>> listWithResponse(
      long accountId, ListVisitsParams params, RequestOptions options) {
    return calls.singleWithResponse(
        VisitsApi.list(calls.context(), api, accountId, params, options),
        VisitListResponse::getPayload);
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
  public Single<Visit> update(long accountId, long id, VisitUpdateRequest request) {
    return update(accountId, id, request, RequestOptions.none());
  }

  /**
   * Changes a visit; keys left out keep their value.
   *
   * @param accountId The account whose scheduling data is addressed.
   * @param id The visit's id.
   * @param request the request body
   * @param options per-call timeouts and retries
   * @return a cold Single of the {@code payload} of the response, failing with the sync client's
   *     exceptions
   * @throws IllegalArgumentException at once, if an argument is invalid
   */
  public Single<Visit> update(
      long accountId, long id, VisitUpdateRequest request, RequestOptions options) {
    return calls.single(
        VisitsApi.update(calls.context(), api, accountId, id, request, options),
        VisitResponse::getPayload);
  }

  /**
   * Changes a visit; keys left out keep their value. Like {@code update}, with the HTTP status,
   * headers and request id of the response beside its value.
   */
  public Single<OneLinkResponse<Visit>> updateWithResponse(
      long accountId, long id, VisitUpdateRequest request, RequestOptions options) {
    return calls.singleWithResponse(
        VisitsApi.update(calls.context(), api, accountId, id, request, options),
        VisitResponse::getPayload);
  }
}
