// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Where the visit stands. Servers may add values; the SDK keeps unknown ones.
 *
 * <p>An open enumeration: a value this SDK version does not know is kept as it came, so a newer
 * server never breaks decoding. Compare with the constants, switch on {@link #value()}, or read the
 * raw text with {@link #asString()}.
 */
public final class VisitStatus {

  /** {@code "booked"} */
  public static final VisitStatus BOOKED = new VisitStatus("booked", Value.BOOKED);

  /** {@code "confirmed"} */
  public static final VisitStatus CONFIRMED = new VisitStatus("confirmed", Value.CONFIRMED);

  /** {@code "no_show"} */
  public static final VisitStatus NO_SHOW = new VisitStatus("no_show", Value.NO_SHOW);

  /** {@code "cancelled"} */
  public static final VisitStatus CANCELLED = new VisitStatus("cancelled", Value.CANCELLED);

  /** The values known to this SDK version, and {@link #_UNKNOWN} for any other. */
  public enum Value {

    /** {@code "booked"} */
    BOOKED,

    /** {@code "confirmed"} */
    CONFIRMED,

    /** {@code "no_show"} */
    NO_SHOW,

    /** {@code "cancelled"} */
    CANCELLED,

    /** A value this SDK version does not know; read it with {@link VisitStatus#asString()}. */
    _UNKNOWN
  }

  private final String value;
  private final Value known;

  private VisitStatus(String value, Value known) {
    this.value = value;
    this.known = known;
  }

  /**
   * Returns the constant for {@code value}, or a new instance that keeps an unknown value.
   *
   * @throws IllegalArgumentException if {@code value} is null
   */
  public static VisitStatus of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("value == null");
    }
    switch (value) {
      case "booked":
        return BOOKED;

      case "confirmed":
        return CONFIRMED;

      case "no_show":
        return NO_SHOW;

      case "cancelled":
        return CANCELLED;

      default:
        return new VisitStatus(value, Value._UNKNOWN);
    }
  }

  /** Returns the known value, or {@link Value#_UNKNOWN}. */
  public Value value() {
    return known;
  }

  /** Returns the value exactly as the server sent it. */
  public String asString() {
    return value;
  }

  /** Returns true if this SDK version knows the value. */
  public boolean isKnown() {
    return known != Value._UNKNOWN;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    return other instanceof VisitStatus && value.equals(((VisitStatus) other).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns the raw value, as sent in JSON and in query strings. */
  @Override
  public String toString() {
    return value;
  }

  /** The JSON adapter of this class; the SDK's Gson finds it by this method's name. */
  static TypeAdapter<VisitStatus> gsonAdapter(Gson gson) {
    return GsonAdapter.INSTANCE;
  }

  private static final class GsonAdapter extends TypeAdapter<VisitStatus> {
    static final GsonAdapter INSTANCE = new GsonAdapter();

    @Override
    public void write(JsonWriter out, VisitStatus value) throws IOException {
      out.value(value.value);
    }

    @Override
    public VisitStatus read(JsonReader in) throws IOException {
      return of(Json.readEnumString(in, "VisitStatus"));
    }
  }
}
