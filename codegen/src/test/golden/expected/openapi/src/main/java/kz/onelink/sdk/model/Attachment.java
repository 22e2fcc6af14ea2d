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
 * A file attached to a visit.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class Attachment {
  private @Nullable Long id;
  private @Nullable String fileName;
  private @Nullable Long sizeBytes;

  /** Creates an instance with no property set. */
  public Attachment() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public Attachment copy() {
    Attachment copy = new Attachment();
    copy.id = id;
    copy.fileName = fileName;
    copy.sizeBytes = sizeBytes;
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
  public Attachment id(@Nullable Long id) {
    Json.checkRange(id, 1L, 9223372036854775807L, "Attachment.id");
    this.id = id;
    return this;
  }

  /** Sets {@code id}, as {@link #id}. */
  public void setId(@Nullable Long id) {
    id(id);
  }

  /**
   * The {@code file_name} property.
   *
   * <p>JSON {@code file_name}; never null on a decoded response.
   */
  public String getFileName() {
    return fileName;
  }

  /** Sets {@code file_name}; {@code null} leaves it out. Returns this object. */
  public Attachment fileName(@Nullable String fileName) {
    this.fileName = fileName;
    return this;
  }

  /** Sets {@code file_name}, as {@link #fileName}. */
  public void setFileName(@Nullable String fileName) {
    fileName(fileName);
  }

  /**
   * The {@code size_bytes} property.
   *
   * <p>JSON {@code size_bytes}; absent on some servers.
   */
  public @Nullable Long getSizeBytes() {
    return sizeBytes;
  }

  /** Sets {@code size_bytes}; {@code null} leaves it out. Returns this object. */
  public Attachment sizeBytes(@Nullable Long sizeBytes) {
    Json.checkRange(sizeBytes, 0L, 9223372036854775807L, "Attachment.size_bytes");
    this.sizeBytes = sizeBytes;
    return this;
  }

  /** Sets {@code size_bytes}, as {@link #sizeBytes}. */
  public void setSizeBytes(@Nullable Long sizeBytes) {
    sizeBytes(sizeBytes);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public Attachment validate() {
    if (id == null) {
      throw new IllegalArgumentException("Attachment.id is required, but was not set");
    }
    if (fileName == null) {
      throw new IllegalArgumentException("Attachment.file_name is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Attachment)) {
      return false;
    }
    Attachment that = (Attachment) other;
    return true
        && Objects.equals(getId(), that.getId())
        && Objects.equals(getFileName(), that.getFileName())
        && Objects.equals(getSizeBytes(), that.getSizeBytes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getId(), getFileName(), getSizeBytes());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "Attachment{"
        + "id="
        + getId()
        + ", fileName="
        + getFileName()
        + ", sizeBytes="
        + getSizeBytes()
        + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<Attachment> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<Attachment> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "id", "file_name", "size_bytes",
    };

    private final TypeAdapter<Long> idAdapter;
    private final TypeAdapter<String> fileNameAdapter;
    private final TypeAdapter<Long> sizeBytesAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.idAdapter = gson.getAdapter(Long.class);
      this.fileNameAdapter = gson.getAdapter(String.class);
      this.sizeBytesAdapter = gson.getAdapter(Long.class);
    }

    @Override
    public void write(JsonWriter out, Attachment value) throws IOException {
      out.beginObject();
      if (value.id != null) {
        out.name("id");
        idAdapter.write(out, value.id);
      }
      if (value.fileName != null) {
        out.name("file_name");
        fileNameAdapter.write(out, value.fileName);
      }
      if (value.sizeBytes != null) {
        out.name("size_bytes");
        sizeBytesAdapter.write(out, value.sizeBytes);
      }
      out.endObject();
    }

    @Override
    public Attachment read(JsonReader in) throws IOException {
      Attachment value = new Attachment();
      Json.beginObject(in, "Attachment");
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
            value.fileName = fileNameAdapter.read(in);
            break;
          case 3:
            value.sizeBytes = sizeBytesAdapter.read(in);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.id == null) {
        throw Json.missing("Attachment.id", in);
      }
      if (value.fileName == null) {
        throw Json.missing("Attachment.file_name", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "id":
          return 1;
        case "file_name":
          return 2;
        case "size_bytes":
          return 3;
        default:
          return 0;
      }
    }
  }
}
