// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Map;
import java.util.Objects;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * Visit counts, sent without an envelope.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class VisitStats {
  private @Nullable Integer year;
  private @Nullable Long total;
  private @Nullable Map<String, Object> byStatus;

  /** Creates an instance with no property set. */
  public VisitStats() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public VisitStats copy() {
    VisitStats copy = new VisitStats();
    copy.year = year;
    copy.total = total;
    copy.byStatus = byStatus;
    return copy;
  }

  /**
   * The {@code year} property.
   *
   * <p>JSON {@code year}; never null on a decoded response.
   */
  public Integer getYear() {
    return year;
  }

  /** Sets {@code year}; {@code null} leaves it out. Returns this object. */
  public VisitStats year(@Nullable Integer year) {
    Json.checkRange(year, 2000L, 2100L, "VisitStats.year");
    this.year = year;
    return this;
  }

  /** Sets {@code year}, as {@link #year}. */
  public void setYear(@Nullable Integer year) {
    year(year);
  }

  /**
   * The {@code total} property.
   *
   * <p>JSON {@code total}; never null on a decoded response.
   */
  public Long getTotal() {
    return total;
  }

  /** Sets {@code total}; {@code null} leaves it out. Returns this object. */
  public VisitStats total(@Nullable Long total) {
    Json.checkRange(total, 0L, 9223372036854775807L, "VisitStats.total");
    this.total = total;
    return this;
  }

  /** Sets {@code total}, as {@link #total}. */
  public void setTotal(@Nullable Long total) {
    total(total);
  }

  /**
   * The {@code by_status} property.
   *
   * <p>JSON {@code by_status}; absent on some servers.
   */
  public @Nullable Map<String, Object> getByStatus() {
    return byStatus;
  }

  /** Sets {@code by_status}; {@code null} leaves it out. Returns this object. */
  public VisitStats byStatus(@Nullable Map<String, Object> byStatus) {
    this.byStatus = byStatus;
    return this;
  }

  /** Sets {@code by_status}, as {@link #byStatus}. */
  public void setByStatus(@Nullable Map<String, Object> byStatus) {
    byStatus(byStatus);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public VisitStats validate() {
    if (year == null) {
      throw new IllegalArgumentException("VisitStats.year is required, but was not set");
    }
    if (total == null) {
      throw new IllegalArgumentException("VisitStats.total is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VisitStats)) {
      return false;
    }
    VisitStats that = (VisitStats) other;
    return true
        && Objects.equals(getYear(), that.getYear())
        && Objects.equals(getTotal(), that.getTotal())
        && Objects.equals(getByStatus(), that.getByStatus());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getYear(), getTotal(), getByStatus());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "VisitStats{"
        + "year="
        + getYear()
        + ", total="
        + getTotal()
        + ", byStatus="
        + getByStatus()
        + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<VisitStats> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<VisitStats> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "year", "total", "by_status",
    };

    private final TypeAdapter<Integer> yearAdapter;
    private final TypeAdapter<Long> totalAdapter;
    private final TypeAdapter<Map<String, Object>> byStatusAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.yearAdapter = gson.getAdapter(Integer.class);
      this.totalAdapter = gson.getAdapter(Long.class);
      this.byStatusAdapter = Json.freeFormMap();
    }

    @Override
    public void write(JsonWriter out, VisitStats value) throws IOException {
      out.beginObject();
      if (value.year != null) {
        out.name("year");
        yearAdapter.write(out, value.year);
      }
      if (value.total != null) {
        out.name("total");
        totalAdapter.write(out, value.total);
      }
      if (value.byStatus != null) {
        out.name("by_status");
        byStatusAdapter.write(out, value.byStatus);
      }
      out.endObject();
    }

    @Override
    public VisitStats read(JsonReader in) throws IOException {
      VisitStats value = new VisitStats();
      Json.beginObject(in, "VisitStats");
      int next = 0; // the index in KEYS of the key expected next
      while (in.hasNext()) {
        String key = in.nextName();
        // Comparing with the expected key is a length check and an array compare; only a key out
        // of order pays for the switch's hash of the whole string.
        int property = Json.isKeyAt(KEYS, next, key) ? next + 1 : propertyOf(key);
        next = property; // after a key the SDK does not know (0), the first key is expected
        switch (property) {
          case 1:
            value.year = yearAdapter.read(in);
            break;
          case 2:
            value.total = totalAdapter.read(in);
            break;
          case 3:
            value.byStatus = byStatusAdapter.read(in);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.year == null) {
        throw Json.missing("VisitStats.year", in);
      }
      if (value.total == null) {
        throw Json.missing("VisitStats.total", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "year":
          return 1;
        case "total":
          return 2;
        case "by_status":
          return 3;
        default:
          return 0;
      }
    }
  }
}
