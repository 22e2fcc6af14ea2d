// Generated from openapi/openapi.yaml by codegen/templates/retrofitApi.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.internal.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import kz.onelink.sdk.RequestOptions;
import kz.onelink.sdk.internal.ApiCall;
import kz.onelink.sdk.internal.AttemptTimeouts;
import kz.onelink.sdk.internal.CallOptions;
import kz.onelink.sdk.internal.Checks;
import kz.onelink.sdk.internal.Csv;
import kz.onelink.sdk.internal.Operation;
import kz.onelink.sdk.internal.ServiceContext;
import kz.onelink.sdk.model.VisitCreateRequest;
import kz.onelink.sdk.model.VisitListResponse;
import kz.onelink.sdk.model.VisitResponse;
import kz.onelink.sdk.model.VisitStats;
import kz.onelink.sdk.model.VisitUpdateRequest;
import kz.onelink.sdk.params.GetVisitStatsParams;
import kz.onelink.sdk.params.ListVisitsParams;
import org.jspecify.annotations.Nullable;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Headers;
import retrofit2.http.PATCH;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.Tag;

/**
 * Retrofit binding of the {@code Visits} operations of the spec, and the one place that checks
 * their arguments and prepares their calls, shared by the sync and the Rx services.
 *
 * <p>Internal: use the public service classes. No compatibility guarantee.
 */
public interface VisitsApi {

  Operation CANCEL_VISIT = Operation.of("cancelVisit", "POST", "safe", "");

  Operation CREATE_VISIT = Operation.of("createVisit", "POST", "", "idempotency_key");

  Operation DELETE_VISIT = Operation.of("deleteVisit", "DELETE", "safe", "");

  Operation GET_VISIT = Operation.of("getVisit", "GET", "", "");

  Operation GET_VISIT_STATS = Operation.of("getVisitStats", "GET", "", "");

  Operation LIST_VISITS = Operation.of("listVisits", "GET", "", "");

  Operation UPDATE_VISIT = Operation.of("updateVisit", "PATCH", "safe", "");

  /**
   * POST api/v1/accounts/{account_id}/scheduling/visits/{id}/cancel: Cancels a visit and frees its
   * room.
   */
  @POST("api/v1/accounts/{account_id}/scheduling/visits/{id}/cancel")
  @Headers("Accept: application/json")
  Call<VisitResponse> cancelVisit(
      @Path("account_id") Long accountId,
      @Path("id") Long id,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code cancel} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<VisitResponse> cancel(
      ServiceContext context, VisitsApi api, long accountId, long id, RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.atLeast(id, 1L, "id");
    CallOptions callOptions = context.options(CANCEL_VISIT, Checks.notNull(options, "options"));
    Call<VisitResponse> call = api.cancelVisit(accountId, id, callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /** POST api/v1/accounts/{account_id}/scheduling/visits: Books a visit. */
  @POST("api/v1/accounts/{account_id}/scheduling/visits")
  @Headers("Accept: application/json")
  Call<VisitResponse> createVisit(
      @Path("account_id") Long accountId,
      @Body VisitCreateRequest visitCreateRequest,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code create} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<VisitResponse> create(
      ServiceContext context,
      VisitsApi api,
      long accountId,
      VisitCreateRequest request,
      RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.notNull(request, "request");
    request.validate();
    CallOptions callOptions = context.options(CREATE_VISIT, Checks.notNull(options, "options"));
    if (request.getIdempotencyKey() == null) {
      request = request.copy().idempotencyKey(callOptions.idempotencyKey());
    }
    Call<VisitResponse> call = api.createVisit(accountId, request, callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /** DELETE api/v1/accounts/{account_id}/scheduling/visits/{id}: Deletes a visit for good. */
  @DELETE("api/v1/accounts/{account_id}/scheduling/visits/{id}")
  @Headers("Accept: application/json")
  Call<Void> deleteVisit(
      @Path("account_id") Long accountId,
      @Path("id") Long id,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code delete} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<Void> delete(
      ServiceContext context, VisitsApi api, long accountId, long id, RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.atLeast(id, 1L, "id");
    CallOptions callOptions = context.options(DELETE_VISIT, Checks.notNull(options, "options"));
    Call<Void> call = api.deleteVisit(accountId, id, callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /** GET api/v1/accounts/{account_id}/scheduling/visits/{id}: Returns one visit. */
  @GET("api/v1/accounts/{account_id}/scheduling/visits/{id}")
  @Headers("Accept: application/json")
  Call<VisitResponse> getVisit(
      @Path("account_id") Long accountId,
      @Path("id") Long id,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code get} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<VisitResponse> get(
      ServiceContext context, VisitsApi api, long accountId, long id, RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.atLeast(id, 1L, "id");
    CallOptions callOptions = context.options(GET_VISIT, Checks.notNull(options, "options"));
    Call<VisitResponse> call = api.getVisit(accountId, id, callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /** GET api/v1/accounts/{account_id}/scheduling/visit_stats: Counts the visits of a year. */
  @GET("api/v1/accounts/{account_id}/scheduling/visit_stats")
  @Headers("Accept: application/json")
  Call<VisitStats> getVisitStats(
      @Path("account_id") Long accountId,
      @Query("year") Integer year,
      @Query("since") LocalDate since,
      @Query("count_cancelled") Boolean countCancelled,
      @Query("room_id") @Nullable Long roomId,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code getVisitStats} (an {@link IllegalArgumentException} before
   * anything is sent) and prepares its call, not yet sent.
   */
  static ApiCall<VisitStats> getVisitStats(
      ServiceContext context,
      VisitsApi api,
      long accountId,
      int year,
      LocalDate since,
      boolean countCancelled,
      GetVisitStatsParams params,
      RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.atLeast(year, 2000, "year");
    Checks.notNull(since, "since");
    Checks.notNull(params, "params");
    CallOptions callOptions = context.options(GET_VISIT_STATS, Checks.notNull(options, "options"));
    Call<VisitStats> call =
        api.getVisitStats(
            accountId, year, since, countCancelled, params.roomId(), callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /**
   * GET api/v1/accounts/{account_id}/scheduling/visits: Lists the account's visits, oldest start
   * first.
   */
  @GET("api/v1/accounts/{account_id}/scheduling/visits")
  @Headers("Accept: application/json")
  Call<VisitListResponse> listVisits(
      @Path("account_id") Long accountId,
      @Query("from") @Nullable OffsetDateTime from,
      @Query("room_ids") @Nullable Csv roomIds,
      @Query("status") @Nullable Csv status,
      @Query("label") @Nullable List<String> label,
      @Query("include_cancelled") @Nullable Boolean includeCancelled,
      @Query("limit") @Nullable Integer limit,
      @retrofit2.http.Header("X-Trace-Id") @Nullable String xTraceId,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code list} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<VisitListResponse> list(
      ServiceContext context,
      VisitsApi api,
      long accountId,
      ListVisitsParams params,
      RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.notNull(params, "params");
    CallOptions callOptions = context.options(LIST_VISITS, Checks.notNull(options, "options"));
    Call<VisitListResponse> call =
        api.listVisits(
            accountId,
            params.from(),
            Csv.of(params.roomIds()),
            Csv.of(params.status()),
            params.label(),
            params.includeCancelled(),
            params.limit(),
            params.xTraceId(),
            callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }

  /**
   * PATCH api/v1/accounts/{account_id}/scheduling/visits/{id}: Changes a visit; keys left out keep
   * their value.
   */
  @PATCH("api/v1/accounts/{account_id}/scheduling/visits/{id}")
  @Headers("Accept: application/json")
  Call<VisitResponse> updateVisit(
      @Path("account_id") Long accountId,
      @Path("id") Long id,
      @Body VisitUpdateRequest visitUpdateRequest,
      @Tag @Nullable AttemptTimeouts timeouts);

  /**
   * Checks the arguments of {@code update} (an {@link IllegalArgumentException} before anything is
   * sent) and prepares its call, not yet sent.
   */
  static ApiCall<VisitResponse> update(
      ServiceContext context,
      VisitsApi api,
      long accountId,
      long id,
      VisitUpdateRequest request,
      RequestOptions options) {
    Checks.atLeast(accountId, 1L, "accountId");
    Checks.atLeast(id, 1L, "id");
    Checks.notNull(request, "request");
    request.validate();
    CallOptions callOptions = context.options(UPDATE_VISIT, Checks.notNull(options, "options"));
    Call<VisitResponse> call = api.updateVisit(accountId, id, request, callOptions.timeouts());
    return new ApiCall<>(call, callOptions);
  }
}
