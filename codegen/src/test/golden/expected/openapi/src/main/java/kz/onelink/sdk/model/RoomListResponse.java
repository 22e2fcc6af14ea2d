// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of a room list.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class RoomListResponse {
  private @Nullable List<Room> payload;
  private @Nullable ListMeta meta;

  /** Creates an instance with no property set. */
  public RoomListResponse() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public RoomListResponse copy() {
    RoomListResponse copy = new RoomListResponse();
    copy.payload = payload;
    copy.meta = meta;
    return copy;
  }

  /**
   * The {@code payload} property.
   *
   * <p>JSON {@code payload}; never null on a decoded response.
   */
  public List<Room> getPayload() {
    return payload;
  }

  /** Sets {@code payload}; {@code null} leaves it out. Returns this object. */
  public RoomListResponse payload(@Nullable List<Room> payload) {
    this.payload = payload;
    return this;
  }

  /** Sets {@code payload}, as {@link #payload}. */
  public void setPayload(@Nullable List<Room> payload) {
    payload(payload);
  }

  /**
   * The {@code meta} property.
   *
   * <p>JSON {@code meta}; never null on a decoded response.
   */
  public ListMeta getMeta() {
    return meta;
  }

  /** Sets {@code meta}; {@code null} leaves it out. Returns this object. */
  public RoomListResponse meta(@Nullable ListMeta meta) {
    this.meta = meta;
    return this;
  }

  /** Sets {@code meta}, as {@link #meta}. */
  public void setMeta(@Nullable ListMeta meta) {
    meta(meta);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public RoomListResponse validate() {
    if (payload == null) {
      throw new IllegalArgumentException("RoomListResponse.payload is required, but was not set");
    }
    if (meta == null) {
      throw new IllegalArgumentException("RoomListResponse.meta is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof RoomListResponse)) {
      return false;
    }
    RoomListResponse that = (RoomListResponse) other;
    return true
        && Objects.equals(getPayload(), that.getPayload())
        && Objects.equals(getMeta(), that.getMeta());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getPayload(), getMeta());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "RoomListResponse{" + "payload=" + getPayload() + ", meta=" + getMeta() + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<RoomListResponse> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<RoomListResponse> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "payload", "meta",
    };

    private final TypeAdapter<List<Room>> payloadAdapter;
    private final TypeAdapter<ListMeta> metaAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.payloadAdapter =
          (TypeAdapter<List<Room>>)
              gson.getAdapter(TypeToken.getParameterized(List.class, Room.class));
      this.metaAdapter = gson.getAdapter(ListMeta.class);
    }

    @Override
    public void write(JsonWriter out, RoomListResponse value) throws IOException {
      out.beginObject();
      if (value.payload != null) {
        out.name("payload");
        payloadAdapter.write(out, value.payload);
      }
      if (value.meta != null) {
        out.name("meta");
        metaAdapter.write(out, value.meta);
      }
      out.endObject();
    }

    @Override
    public RoomListResponse read(JsonReader in) throws IOException {
      RoomListResponse value = new RoomListResponse();
      Json.beginObject(in, "RoomListResponse");
      int next = 0; // the index in KEYS of the key expected next
      while (in.hasNext()) {
        String key = in.nextName();
        // Comparing with the expected key is a length check and an array compare; only a key out
        // of order pays for the switch's hash of the whole string.
        int property = Json.isKeyAt(KEYS, next, key) ? next + 1 : propertyOf(key);
        next = property; // after a key the SDK does not know (0), the first key is expected
        switch (property) {
          case 1:
            value.payload = payloadAdapter.read(in);
            Json.checkNoNullItems(value.payload, "RoomListResponse.payload", in);
            break;
          case 2:
            value.meta = metaAdapter.read(in);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.payload == null) {
        throw Json.missing("RoomListResponse.payload", in);
      }
      if (value.meta == null) {
        throw Json.missing("RoomListResponse.meta", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "payload":
          return 1;
        case "meta":
          return 2;
        default:
          return 0;
      }
    }
  }
}
