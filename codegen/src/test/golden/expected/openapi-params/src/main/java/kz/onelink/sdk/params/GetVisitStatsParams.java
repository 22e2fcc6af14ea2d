// Generated from openapi/openapi.yaml by codegen/templates/params.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.params;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@code getVisitStats}: Counts the visits of a year.
 *
 * <p>Immutable: start from {@link #none()} or {@link #builder()}. Each parameter left unset is not
 * sent.
 */
public final class GetVisitStatsParams {
  private static final GetVisitStatsParams NONE = new Builder().build();

  private final @Nullable Long roomId;

  private GetVisitStatsParams(Builder builder) {
    this.roomId = builder.roomId;
  }

  /** Returns parameters with nothing set. */
  public static GetVisitStatsParams none() {
    return NONE;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these parameters. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.roomId = roomId;
    return builder;
  }

  /**
   * Only the visits of this room.
   *
   * <p>Sent as {@code room_id}; null when not set.
   */
  public @Nullable Long roomId() {
    return roomId;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof GetVisitStatsParams)) {
      return false;
    }
    GetVisitStatsParams that = (GetVisitStatsParams) other;
    return true && Objects.equals(roomId, that.roomId);
  }

  @Override
  public int hashCode() {
    return Objects.hash(roomId);
  }

  @Override
  public String toString() {
    return "GetVisitStatsParams{" + "roomId=" + roomId + "}";
  }

  /** Builds {@link GetVisitStatsParams}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Long roomId;

    private Builder() {}

    /** Only the visits of this room. Null unsets it. */
    public Builder roomId(@Nullable Long roomId) {
      this.roomId = roomId;
      return this;
    }

    /** Returns the parameters. */
    public GetVisitStatsParams build() {
      return new GetVisitStatsParams(this);
    }
  }
}
