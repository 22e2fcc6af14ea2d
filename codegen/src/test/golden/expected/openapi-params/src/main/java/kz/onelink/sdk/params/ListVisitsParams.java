// Generated from openapi/openapi.yaml by codegen/templates/params.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.params;

import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import kz.onelink.sdk.internal.Checks;
import kz.onelink.sdk.model.VisitStatus;
import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@code list}: Lists the account's visits, oldest start first.
 *
 * <p>Immutable: start from {@link #none()} or {@link #builder()}. Each parameter left unset is not
 * sent.
 */
public final class ListVisitsParams {
  private static final ListVisitsParams NONE = new Builder().build();

  private final @Nullable OffsetDateTime from;

  private final @Nullable List<Long> roomIds;

  private final @Nullable List<VisitStatus> status;

  private final @Nullable List<String> label;

  private final @Nullable Boolean includeCancelled;

  private final @Nullable Integer limit;

  private final @Nullable String xTraceId;

  private ListVisitsParams(Builder builder) {
    this.from = builder.from;
    this.roomIds = builder.roomIds;
    this.status = builder.status;
    this.label = builder.label;
    this.includeCancelled = builder.includeCancelled;
    this.limit = builder.limit;
    this.xTraceId = builder.xTraceId;
  }

  /** Returns parameters with nothing set. */
  public static ListVisitsParams none() {
    return NONE;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these parameters. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.from = from;
    builder.roomIds = roomIds;
    builder.status = status;
    builder.label = label;
    builder.includeCancelled = includeCancelled;
    builder.limit = limit;
    builder.xTraceId = xTraceId;
    return builder;
  }

  /**
   * Only visits that start at or after this instant.
   *
   * <p>Sent as {@code from}; null when not set.
   */
  public @Nullable OffsetDateTime from() {
    return from;
  }

  /**
   * Only visits in these rooms, sent comma-separated.
   *
   * <p>Sent as {@code room_ids}, comma-separated; null when not set.
   */
  public @Nullable List<Long> roomIds() {
    return roomIds;
  }

  /**
   * Only visits in one of these statuses, sent comma-separated.
   *
   * <p>Sent as {@code status}, comma-separated; null when not set.
   */
  public @Nullable List<VisitStatus> status() {
    return status;
  }

  /**
   * Only visits with one of these labels, sent as one {@code label} per value.
   *
   * <p>Sent as {@code label}, comma-separated; null when not set.
   */
  public @Nullable List<String> label() {
    return label;
  }

  /**
   * Whether cancelled visits are listed ({@code false} by default).
   *
   * <p>Sent as {@code include_cancelled}; null when not set.
   */
  public @Nullable Boolean includeCancelled() {
    return includeCancelled;
  }

  /**
   * At most this many visits.
   *
   * <p>Sent as {@code limit}; null when not set.
   */
  public @Nullable Integer limit() {
    return limit;
  }

  /**
   * A trace id the server logs with the request.
   *
   * <p>Sent as {@code X-Trace-Id}; null when not set.
   */
  public @Nullable String xTraceId() {
    return xTraceId;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ListVisitsParams)) {
      return false;
    }
    ListVisitsParams that = (ListVisitsParams) other;
    return true
        && Objects.equals(from, that.from)
        && Objects.equals(roomIds, that.roomIds)
        && Objects.equals(status, that.status)
        && Objects.equals(label, that.label)
        && Objects.equals(includeCancelled, that.includeCancelled)
        && Objects.equals(limit, that.limit)
        && Objects.equals(xTraceId, that.xTraceId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(from, roomIds, status, label, includeCancelled, limit, xTraceId);
  }

  @Override
  public String toString() {
    return "ListVisitsParams{"
        + "from="
        + from
        + ", roomIds="
        + roomIds
        + ", status="
        + status
        + ", label="
        + label
        + ", includeCancelled="
        + includeCancelled
        + ", limit="
        + limit
        + ", xTraceId="
        + xTraceId
        + "}";
  }

  /** Builds {@link ListVisitsParams}. Not thread-safe. */
  public static final class Builder {
    private @Nullable OffsetDateTime from;
    private @Nullable List<Long> roomIds;
    private @Nullable List<VisitStatus> status;
    private @Nullable List<String> label;
    private @Nullable Boolean includeCancelled;
    private @Nullable Integer limit;
    private @Nullable String xTraceId;

    private Builder() {}

    /** Only visits that start at or after this instant. Null unsets it. */
    public Builder from(@Nullable OffsetDateTime from) {
      this.from = from;
      return this;
    }

    /** Only visits in these rooms, sent comma-separated. Null unsets it. */
    public Builder roomIds(@Nullable Collection<Long> roomIds) {
      this.roomIds = Checks.immutableList(roomIds, "roomIds");
      return this;
    }

    /** Only visits in these rooms, sent comma-separated. */
    public Builder roomIds(Long... roomIds) {
      this.roomIds = Checks.immutableList(roomIds, "roomIds");
      return this;
    }

    /** Only visits in one of these statuses, sent comma-separated. Null unsets it. */
    public Builder status(@Nullable Collection<VisitStatus> status) {
      this.status = Checks.immutableList(status, "status");
      return this;
    }

    /** Only visits in one of these statuses, sent comma-separated. */
    public Builder status(VisitStatus... status) {
      this.status = Checks.immutableList(status, "status");
      return this;
    }

    /**
     * Only visits with one of these labels, sent as one {@code label} per value. Null unsets it.
     */
    public Builder label(@Nullable Collection<String> label) {
      this.label = Checks.immutableList(label, "label");
      return this;
    }

    /** Only visits with one of these labels, sent as one {@code label} per value. */
    public Builder label(String... label) {
      this.label = Checks.immutableList(label, "label");
      return this;
    }

    /** Whether cancelled visits are listed ({@code false} by default). Null unsets it. */
    public Builder includeCancelled(@Nullable Boolean includeCancelled) {
      this.includeCancelled = includeCancelled;
      return this;
    }

    /** At most this many visits. Null unsets it. */
    public Builder limit(@Nullable Integer limit) {
      this.limit = limit;
      return this;
    }

    /** A trace id the server logs with the request. Null unsets it. */
    public Builder xTraceId(@Nullable String xTraceId) {
      this.xTraceId = xTraceId;
      return this;
    }

    /** Returns the parameters. */
    public ListVisitsParams build() {
      return new ListVisitsParams(this);
    }
  }
}
