// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Objects;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * The envelope of one visit.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class VisitResponse {
  private @Nullable Visit payload;

  /** Creates an instance with no property set. */
  public VisitResponse() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public VisitResponse copy() {
    VisitResponse copy = new VisitResponse();
    copy.payload = payload;
    return copy;
  }

  /**
   * The {@code payload} property.
   *
   * <p>JSON {@code payload}; never null on a decoded response.
   */
  public Visit getPayload() {
    return payload;
  }

  /** Sets {@code payload}; {@code null} leaves it out. Returns this object. */
  public VisitResponse payload(@Nullable Visit payload) {
    this.payload = payload;
    return this;
  }

  /** Sets {@code payload}, as {@link #payload}. */
  public void setPayload(@Nullable Visit payload) {
    payload(payload);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public VisitResponse validate() {
    if (payload == null) {
      throw new IllegalArgumentException("VisitResponse.payload is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VisitResponse)) {
      return false;
    }
    VisitResponse that = (VisitResponse) other;
    return true && Objects.equals(getPayload(), that.getPayload());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getPayload());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "VisitResponse{" + "payload=" + getPayload() + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<VisitResponse> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<VisitResponse> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "payload",
    };

    private final TypeAdapter<Visit> payloadAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.payloadAdapter = gson.getAdapter(Visit.class);
    }

    @Override
    public void write(JsonWriter out, VisitResponse value) throws IOException {
      out.beginObject();
      if (value.payload != null) {
        out.name("payload");
        payloadAdapter.write(out, value.payload);
      }
      out.endObject();
    }

    @Override
    public VisitResponse read(JsonReader in) throws IOException {
      VisitResponse value = new VisitResponse();
      Json.beginObject(in, "VisitResponse");
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
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.payload == null) {
        throw Json.missing("VisitResponse.payload", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "payload":
          return 1;
        default:
          return 0;
      }
    }
  }
}
