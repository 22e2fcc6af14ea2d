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
 * A room visits are booked in.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class Room {
  private @Nullable Long id;
  private @Nullable String name;
  private @Nullable List<RoomKind> kinds;
  private @Nullable Boolean active;
  private @Nullable Integer capacity;

  /** Creates an instance with no property set. */
  public Room() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public Room copy() {
    Room copy = new Room();
    copy.id = id;
    copy.name = name;
    copy.kinds = kinds;
    copy.active = active;
    copy.capacity = capacity;
    return copy;
  }

  /**
   * A database id (bigint).
   *
   * <p>JSON {@code id}; never null on a decoded response.
   */
  public Long getId() {
    return id;
  }

  /** Sets {@code id}; {@code null} leaves it out. Returns this object. */
  public Room id(@Nullable Long id) {
    Json.checkRange(id, 1L, 9223372036854775807L, "Room.id");
    this.id = id;
    return this;
  }

  /** Sets {@code id}, as {@link #id}. */
  public void setId(@Nullable Long id) {
    id(id);
  }

  /**
   * The {@code name} property.
   *
   * <p>JSON {@code name}; never null on a decoded response.
   */
  public String getName() {
    return name;
  }

  /** Sets {@code name}; {@code null} leaves it out. Returns this object. */
  public Room name(@Nullable String name) {
    this.name = name;
    return this;
  }

  /** Sets {@code name}, as {@link #name}. */
  public void setName(@Nullable String name) {
    name(name);
  }

  /**
   * The {@code kinds} property.
   *
   * <p>JSON {@code kinds}; never null on a decoded response.
   */
  public List<RoomKind> getKinds() {
    return kinds;
  }

  /** Sets {@code kinds}; {@code null} leaves it out. Returns this object. */
  public Room kinds(@Nullable List<RoomKind> kinds) {
    this.kinds = kinds;
    return this;
  }

  /** Sets {@code kinds}, as {@link #kinds}. */
  public void setKinds(@Nullable List<RoomKind> kinds) {
    kinds(kinds);
  }

  /**
   * The {@code active} property.
   *
   * <p>JSON {@code active}; never null on a decoded response.
   */
  public Boolean getActive() {
    return active;
  }

  /** Sets {@code active}; {@code null} leaves it out. Returns this object. */
  public Room active(@Nullable Boolean active) {
    this.active = active;
    return this;
  }

  /** Sets {@code active}, as {@link #active}. */
  public void setActive(@Nullable Boolean active) {
    active(active);
  }

  /**
   * The {@code capacity} property.
   *
   * <p>JSON {@code capacity}; absent on some servers.
   */
  public @Nullable Integer getCapacity() {
    return capacity;
  }

  /** Sets {@code capacity}; {@code null} leaves it out. Returns this object. */
  public Room capacity(@Nullable Integer capacity) {
    Json.checkRange(capacity, 1L, 100L, "Room.capacity");
    this.capacity = capacity;
    return this;
  }

  /** Sets {@code capacity}, as {@link #capacity}. */
  public void setCapacity(@Nullable Integer capacity) {
    capacity(capacity);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public Room validate() {
    if (id == null) {
      throw new IllegalArgumentException("Room.id is required, but was not set");
    }
    if (name == null) {
      throw new IllegalArgumentException("Room.name is required, but was not set");
    }
    if (kinds == null) {
      throw new IllegalArgumentException("Room.kinds is required, but was not set");
    }
    if (active == null) {
      throw new IllegalArgumentException("Room.active is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Room)) {
      return false;
    }
    Room that = (Room) other;
    return true
        && Objects.equals(getId(), that.getId())
        && Objects.equals(getName(), that.getName())
        && Objects.equals(getKinds(), that.getKinds())
        && Objects.equals(getActive(), that.getActive())
        && Objects.equals(getCapacity(), that.getCapacity());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getId(), getName(), getKinds(), getActive(), getCapacity());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "Room{"
        + "id="
        + getId()
        + ", name="
        + getName()
        + ", kinds="
        + getKinds()
        + ", active="
        + getActive()
        + ", capacity="
        + getCapacity()
        + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<Room> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<Room> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "id", "name", "kinds", "active", "capacity",
    };

    private final TypeAdapter<Long> idAdapter;
    private final TypeAdapter<String> nameAdapter;
    private final TypeAdapter<List<RoomKind>> kindsAdapter;
    private final TypeAdapter<Boolean> activeAdapter;
    private final TypeAdapter<Integer> capacityAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.idAdapter = gson.getAdapter(Long.class);
      this.nameAdapter = gson.getAdapter(String.class);
      this.kindsAdapter =
          (TypeAdapter<List<RoomKind>>)
              gson.getAdapter(TypeToken.getParameterized(List.class, RoomKind.class));
      this.activeAdapter = gson.getAdapter(Boolean.class);
      this.capacityAdapter = gson.getAdapter(Integer.class);
    }

    @Override
    public void write(JsonWriter out, Room value) throws IOException {
      out.beginObject();
      if (value.id != null) {
        out.name("id");
        idAdapter.write(out, value.id);
      }
      if (value.name != null) {
        out.name("name");
        nameAdapter.write(out, value.name);
      }
      if (value.kinds != null) {
        out.name("kinds");
        kindsAdapter.write(out, value.kinds);
      }
      if (value.active != null) {
        out.name("active");
        activeAdapter.write(out, value.active);
      }
      if (value.capacity != null) {
        out.name("capacity");
        capacityAdapter.write(out, value.capacity);
      }
      out.endObject();
    }

    @Override
    public Room read(JsonReader in) throws IOException {
      Room value = new Room();
      Json.beginObject(in, "Room");
      int next = 0; // the index in KEYS of the key expected next
      while (in.hasNext()) {
        String key = in.nextName();
        // Comparing with the expected key is a length check and an array compare; only a key out
        // of order pays for the switch's hash of the whole string.
        int property = Json.isKeyAt(KEYS, next, key) ? next + 1 : propertyOf(key);
        next = property; // after a key the SDK does not know (0), the first key is expected
        switch (property) {
          case 1:
            value.id = idAdapter.read(in);
            break;
          case 2:
            value.name = nameAdapter.read(in);
            break;
          case 3:
            value.kinds = kindsAdapter.read(in);
            Json.checkNoNullItems(value.kinds, "Room.kinds", in);
            break;
          case 4:
            value.active = activeAdapter.read(in);
            break;
          case 5:
            value.capacity = capacityAdapter.read(in);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.id == null) {
        throw Json.missing("Room.id", in);
      }
      if (value.name == null) {
        throw Json.missing("Room.name", in);
      }
      if (value.kinds == null) {
        throw Json.missing("Room.kinds", in);
      }
      if (value.active == null) {
        throw Json.missing("Room.active", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "id":
          return 1;
        case "name":
          return 2;
        case "kinds":
          return 3;
        case "active":
          return 4;
        case "capacity":
          return 5;
        default:
          return 0;
      }
    }
  }
}
