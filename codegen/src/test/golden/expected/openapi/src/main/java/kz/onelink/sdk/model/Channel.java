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
 * How the visit was booked; null when nobody recorded it.
 *
 * <p>An open enumeration: a value this SDK version does not know is kept as it came, so a newer
 * server never breaks decoding. Compare with the constants, switch on {@link #value()}, or read the
 * raw text with {@link #asString()}.
 */
public final class Channel {

  /** {@code "phone"} */
  public static final Channel PHONE = new Channel("phone", Value.PHONE);

  /** {@code "web"} */
  public static final Channel WEB = new Channel("web", Value.WEB);

  /** {@code "walk_in"} */
  public static final Channel WALK_IN = new Channel("walk_in", Value.WALK_IN);

  /** The values known to this SDK version, and {@link #_UNKNOWN} for any other. */
  public enum Value {

    /** {@code "phone"} */
    PHONE,

    /** {@code "web"} */
    WEB,

    /** {@code "walk_in"} */
    WALK_IN,

    /** A value this SDK version does not know; read it with {@link Channel#asString()}. */
    _UNKNOWN
  }

  private final String value;
  private final Value known;

  private Channel(String value, Value known) {
    this.value = value;
    this.known = known;
  }

  /**
   * Returns the constant for {@code value}, or a new instance that keeps an unknown value.
   *
   * @throws IllegalArgumentException if {@code value} is null
   */
  public static Channel of(String value) {
    if (value == null) {
      throw new IllegalArgumentException("value == null");
    }
    switch (value) {
      case "phone":
        return PHONE;

      case "web":
        return WEB;

      case "walk_in":
        return WALK_IN;

      default:
        return new Channel(value, Value._UNKNOWN);
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
    return other instanceof Channel && value.equals(((Channel) other).value);
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
  static TypeAdapter<Channel> gsonAdapter(Gson gson) {
    return GsonAdapter.INSTANCE;
  }

  private static final class GsonAdapter extends TypeAdapter<Channel> {
    static final GsonAdapter INSTANCE = new GsonAdapter();

    @Override
    public void write(JsonWriter out, Channel value) throws IOException {
      out.value(value.value);
    }

    @Override
    public Channel read(JsonReader in) throws IOException {
      return of(Json.readEnumString(in, "Channel"));
    }
  }
}
