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
 * Facts about a list response.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class ListMeta {
  private @Nullable Integer count;

  /** Creates an instance with no property set. */
  public ListMeta() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public ListMeta copy() {
    ListMeta copy = new ListMeta();
    copy.count = count;
    return copy;
  }

  /**
   * How many items {@code payload} holds.
   *
   * <p>JSON {@code count}; never null on a decoded response.
   */
  public Integer getCount() {
    return count;
  }

  /** Sets {@code count}; {@code null} leaves it out. Returns this object. */
  public ListMeta count(@Nullable Integer count) {
    Json.checkRange(count, 0L, 2147483647L, "ListMeta.count");
    this.count = count;
    return this;
  }

  /** Sets {@code count}, as {@link #count}. */
  public void setCount(@Nullable Integer count) {
    count(count);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public ListMeta validate() {
    if (count == null) {
      throw new IllegalArgumentException("ListMeta.count is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof ListMeta)) {
      return false;
    }
    ListMeta that = (ListMeta) other;
    return true && Objects.equals(getCount(), that.getCount());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getCount());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "ListMeta{" + "count=" + getCount() + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<ListMeta> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<ListMeta> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "count",
    };

    private final TypeAdapter<Integer> countAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.countAdapter = gson.getAdapter(Integer.class);
    }

    @Override
    public void write(JsonWriter out, ListMeta value) throws IOException {
      out.beginObject();
      if (value.count != null) {
        out.name("count");
        countAdapter.write(out, value.count);
      }
      out.endObject();
    }

    @Override
    public ListMeta read(JsonReader in) throws IOException {
      ListMeta value = new ListMeta();
      Json.beginObject(in, "ListMeta");
      int next = 0; // the index in KEYS of the key expected next
      while (in.hasNext()) {
        String key = in.nextName();
        // Comparing with the expected key is a length check and an array compare; only a key out
        // of order pays for the switch's hash of the whole string.
        int property = Json.isKeyAt(KEYS, next, key) ? next + 1 : propertyOf(key);
        next = property; // after a key the SDK does not know (0), the first key is expected
        switch (property) {
          case 1:
            value.count = countAdapter.read(in);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.count == null) {
        throw Json.missing("ListMeta.count", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "count":
          return 1;
        default:
          return 0;
      }
    }
  }
}
