// Generated from openapi/openapi.yaml by codegen/templates/params.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.params;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@code list}: Lists the account's rooms by name.
 *
 * <p>Immutable: start from {@link #none()} or {@link #builder()}. Each parameter left unset is not
 * sent.
 */
public final class ListRoomsParams {
  private static final ListRoomsParams NONE = new Builder().build();

  private final @Nullable Boolean includeInactive;

  private ListRoomsParams(Builder builder) {
    this.includeInactive = builder.includeInactive;
  }

  /** Returns parameters with nothing set. */
  public static ListRoomsParams none() {
    return NONE;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these parameters. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.includeInactive = includeInactive;
    return builder;
  }

  /**
   * Whether inactive rooms are listed too.
   *
   * <p>Sent as {@code include_inactive}; null when not set.
   */
  public @Nullable Boolean includeInactive() {
    return includeInactive;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ListRoomsParams)) {
      return false;
    }
    ListRoomsParams that = (ListRoomsParams) other;
    return true && Objects.equals(includeInactive, that.includeInactive);
  }

  @Override
  public int hashCode() {
    return Objects.hash(includeInactive);
  }

  @Override
  public String toString() {
    return "ListRoomsParams{" + "includeInactive=" + includeInactive + "}";
  }

  /** Builds {@link ListRoomsParams}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Boolean includeInactive;

    private Builder() {}

    /** Whether inactive rooms are listed too. Null unsets it. */
    public Builder includeInactive(@Nullable Boolean includeInactive) {
      this.includeInactive = includeInactive;
      return this;
    }

    /** Returns the parameters. */
    public ListRoomsParams build() {
      return new ListRoomsParams(this);
    }
  }
}
