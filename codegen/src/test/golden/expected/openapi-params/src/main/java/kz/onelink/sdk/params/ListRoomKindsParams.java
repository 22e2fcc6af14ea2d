// Generated from openapi/openapi.yaml by codegen/templates/params.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.params;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The optional parameters of {@code listKinds}: Lists the kinds of room the server knows.
 *
 * <p>Immutable: start from {@link #none()} or {@link #builder()}. Each parameter left unset is not
 * sent.
 */
public final class ListRoomKindsParams {
  private static final ListRoomKindsParams NONE = new Builder().build();

  private final @Nullable String locale;

  private ListRoomKindsParams(Builder builder) {
    this.locale = builder.locale;
  }

  /** Returns parameters with nothing set. */
  public static ListRoomKindsParams none() {
    return NONE;
  }

  /** Returns a new, empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a builder that starts from these parameters. */
  public Builder toBuilder() {
    Builder builder = new Builder();
    builder.locale = locale;
    return builder;
  }

  /**
   * The language of the names, {@code ru} by default.
   *
   * <p>Sent as {@code locale}; null when not set.
   */
  public @Nullable String locale() {
    return locale;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (!(other instanceof ListRoomKindsParams)) {
      return false;
    }
    ListRoomKindsParams that = (ListRoomKindsParams) other;
    return true && Objects.equals(locale, that.locale);
  }

  @Override
  public int hashCode() {
    return Objects.hash(locale);
  }

  @Override
  public String toString() {
    return "ListRoomKindsParams{" + "locale=" + locale + "}";
  }

  /** Builds {@link ListRoomKindsParams}. Not thread-safe. */
  public static final class Builder {
    private @Nullable String locale;

    private Builder() {}

    /** The language of the names, {@code ru} by default. Null unsets it. */
    public Builder locale(@Nullable String locale) {
      this.locale = locale;
      return this;
    }

    /** Returns the parameters. */
    public ListRoomKindsParams build() {
      return new ListRoomKindsParams(this);
    }
  }
}
