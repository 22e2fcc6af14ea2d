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
 * The bill of a visit.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class Invoice {
  private @Nullable Long id;
  private @Nullable Long amount;

  /** Creates an instance with no property set. */
  public Invoice() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public Invoice copy() {
    Invoice copy = new Invoice();
    copy.id = id;
    copy.amount = amount;
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
  public Invoice id(@Nullable Long id) {
    Json.checkRange(id, 1L, 9223372036854775807L, "Invoice.id");
    this.id = id;
    return this;
  }

  /** Sets {@code id}, as {@link #id}. */
  public void setId(@Nullable Long id) {
    id(id);
  }

  /**
   * The amount billed, in tenge.
   *
   * <p>JSON {@code amount}; never null on a decoded response.
   */
  public Long getAmount() {
    return amount;
  }

  /** Sets {@code amount}; {@code null} leaves it out. Returns this object. */
  public Invoice amount(@Nullable Long amount) {
    Json.checkRange(amount, 0L, 9223372036854775807L, "Invoice.amount");
    this.amount = amount;
    return this;
  }

  /** Sets {@code amount}, as {@link #amount}. */
  public void setAmount(@Nullable Long amount) {
    amount(amount);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public Invoice validate() {
    if (id == null) {
      throw new IllegalArgumentException("Invoice.id is required, but was not set");
    }
    if (amount == null) {
      throw new IllegalArgumentException("Invoice.amount is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Invoice)) {
      return false;
    }
    Invoice that = (Invoice) other;
    return true
        && Objects.equals(getId(), that.getId())
        && Objects.equals(getAmount(), that.getAmount());
  }

  @Override
  public int hashCode() {
    return Objects.hash(getId(), getAmount());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "Invoice{" + "id=" + getId() + ", amount=" + getAmount() + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<Invoice> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<Invoice> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "id", "amount",
    };

    private final TypeAdapter<Long> idAdapter;
    private final TypeAdapter<Long> amountAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.idAdapter = gson.getAdapter(Long.class);
      this.amountAdapter = gson.getAdapter(Long.class);
    }

    @Override
    public void write(JsonWriter out, Invoice value) throws IOException {
      out.beginObject();
      if (value.id != null) {
        out.name("id");
        idAdapter.write(out, value.id);
      }
      if (value.amount != null) {
        out.name("amount");
        amountAdapter.write(out, value.amount);
      }
      out.endObject();
    }

    @Override
    public Invoice read(JsonReader in) throws IOException {
      Invoice value = new Invoice();
      Json.beginObject(in, "Invoice");
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
            value.amount = amountAdapter.read(in);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.id == null) {
        throw Json.missing("Invoice.id", in);
      }
      if (value.amount == null) {
        throw Json.missing("Invoice.amount", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "id":
          return 1;
        case "amount":
          return 2;
        default:
          return 0;
      }
    }
  }
}
