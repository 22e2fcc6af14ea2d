// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Objects;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * The keys of a visit to change; keys left out keep their value.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class VisitUpdateRequest {
  private @Nullable OffsetDateTime startsAt;

  /** {@code starts_at} as received, parsed into {@code startsAt} on first use. */
  private @Nullable String startsAtText;

  private @Nullable VisitStatus status;
  private @Nullable LocalDate followUpOn;

  /** {@code follow_up_on} is an explicit null (the field is null too): sent as JSON null. */
  private boolean followUpOnIsNull;

  private @Nullable String notes;

  /** {@code notes} is an explicit null (the field is null too): sent as JSON null. */
  private boolean notesIsNull;

  private @Nullable Map<String, Object> customAttributes;

  /** {@code custom_attributes} is an explicit null (the field is null too): sent as JSON null. */
  private boolean customAttributesIsNull;

  /** Creates an instance with no property set. */
  public VisitUpdateRequest() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public VisitUpdateRequest copy() {
    VisitUpdateRequest copy = new VisitUpdateRequest();
    copy.startsAt = startsAt;
    copy.startsAtText = startsAtText;
    copy.status = status;
    copy.followUpOn = followUpOn;
    copy.followUpOnIsNull = followUpOnIsNull;
    copy.notes = notes;
    copy.notesIsNull = notesIsNull;
    copy.customAttributes = customAttributes;
    copy.customAttributesIsNull = customAttributesIsNull;
    return copy;
  }

  /**
   * The {@code starts_at} property.
   *
   * <p>JSON {@code starts_at}; absent on some servers.
   */
  public @Nullable OffsetDateTime getStartsAt() {
    if (startsAt == null && startsAtText != null) {
      startsAt = Json.parseDateTime(startsAtText); // checked when decoded; parsing is idempotent
    }
    return startsAt;
  }

  /** Sets {@code starts_at}; {@code null} leaves it out. Returns this object. */
  public VisitUpdateRequest startsAt(@Nullable OffsetDateTime startsAt) {
    this.startsAt = startsAt;
    this.startsAtText = null;
    return this;
  }

  /** Sets {@code starts_at}, as {@link #startsAt}. */
  public void setStartsAt(@Nullable OffsetDateTime startsAt) {
    startsAt(startsAt);
  }

  /**
   * The {@code status} property.
   *
   * <p>JSON {@code status}; absent on some servers.
   */
  public @Nullable VisitStatus getStatus() {
    return status;
  }

  /** Sets {@code status}; {@code null} leaves it out. Returns this object. */
  public VisitUpdateRequest status(@Nullable VisitStatus status) {
    this.status = status;
    return this;
  }

  /** Sets {@code status}, as {@link #status}. */
  public void setStatus(@Nullable VisitStatus status) {
    status(status);
  }

  /**
   * The {@code follow_up_on} property.
   *
   * <p>JSON {@code follow_up_on}; may be null; absent on some servers.
   */
  public @Nullable LocalDate getFollowUpOn() {
    return followUpOn;
  }

  /** Sets {@code follow_up_on}; {@code null} sends JSON null. Returns this object. */
  public VisitUpdateRequest followUpOn(@Nullable LocalDate followUpOn) {
    this.followUpOn = followUpOn;
    this.followUpOnIsNull = followUpOn == null;
    return this;
  }

  /** Sets {@code follow_up_on}, as {@link #followUpOn}. */
  public void setFollowUpOn(@Nullable LocalDate followUpOn) {
    followUpOn(followUpOn);
  }

  /**
   * The note; {@code null} clears it.
   *
   * <p>JSON {@code notes}; may be null; absent on some servers.
   */
  public @Nullable String getNotes() {
    return notes;
  }

  /** Sets {@code notes}; {@code null} sends JSON null. Returns this object. */
  public VisitUpdateRequest notes(@Nullable String notes) {
    this.notes = notes;
    this.notesIsNull = notes == null;
    return this;
  }

  /** Sets {@code notes}, as {@link #notes}. */
  public void setNotes(@Nullable String notes) {
    notes(notes);
  }

  /**
   * The {@code custom_attributes} property.
   *
   * <p>JSON {@code custom_attributes}; may be null; absent on some servers.
   */
  public @Nullable Map<String, Object> getCustomAttributes() {
    return customAttributes;
  }

  /** Sets {@code custom_attributes}; {@code null} sends JSON null. Returns this object. */
  public VisitUpdateRequest customAttributes(@Nullable Map<String, Object> customAttributes) {
    this.customAttributes = customAttributes;
    this.customAttributesIsNull = customAttributes == null;
    return this;
  }

  /** Sets {@code custom_attributes}, as {@link #customAttributes}. */
  public void setCustomAttributes(@Nullable Map<String, Object> customAttributes) {
    customAttributes(customAttributes);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public VisitUpdateRequest validate() {
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VisitUpdateRequest)) {
      return false;
    }
    VisitUpdateRequest that = (VisitUpdateRequest) other;
    return true
        && Objects.equals(getStartsAt(), that.getStartsAt())
        && Objects.equals(getStatus(), that.getStatus())
        && Objects.equals(getFollowUpOn(), that.getFollowUpOn())
        && Objects.equals(getNotes(), that.getNotes())
        && Objects.equals(getCustomAttributes(), that.getCustomAttributes());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        getStartsAt(), getStatus(), getFollowUpOn(), getNotes(), getCustomAttributes());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "VisitUpdateRequest{"
        + "startsAt="
        + getStartsAt()
        + ", status="
        + getStatus()
        + ", followUpOn="
        + getFollowUpOn()
        + ", notes="
        + Json.redacted(getNotes())
        + ", customAttributes="
        + getCustomAttributes()
        + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<VisitUpdateRequest> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<VisitUpdateRequest> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "starts_at", "status", "follow_up_on", "notes", "custom_attributes",
    };

    private final TypeAdapter<OffsetDateTime> startsAtAdapter;
    private final TypeAdapter<VisitStatus> statusAdapter;
    private final TypeAdapter<LocalDate> followUpOnAdapter;
    private final TypeAdapter<String> notesAdapter;
    private final TypeAdapter<Map<String, Object>> customAttributesAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.startsAtAdapter = Json.offsetDateTime();
      this.statusAdapter = gson.getAdapter(VisitStatus.class);
      this.followUpOnAdapter = Json.localDate();
      this.notesAdapter = gson.getAdapter(String.class);
      this.customAttributesAdapter = Json.freeFormMap();
    }

    @Override
    public void write(JsonWriter out, VisitUpdateRequest value) throws IOException {
      out.beginObject();
      if (value.startsAt != null) {
        out.name("starts_at");
        startsAtAdapter.write(out, value.startsAt);
      } else if (value.startsAtText != null) {
        out.name("starts_at").value(value.startsAtText); // as received
      }
      if (value.status != null) {
        out.name("status");
        statusAdapter.write(out, value.status);
      }
      if (value.followUpOnIsNull) {
        Json.writeNull(out, "follow_up_on");
      } else if (value.followUpOn != null) {
        out.name("follow_up_on");
        followUpOnAdapter.write(out, value.followUpOn);
      }
      if (value.notesIsNull) {
        Json.writeNull(out, "notes");
      } else if (value.notes != null) {
        out.name("notes");
        notesAdapter.write(out, value.notes);
      }
      if (value.customAttributesIsNull) {
        Json.writeNull(out, "custom_attributes");
      } else if (value.customAttributes != null) {
        out.name("custom_attributes");
        customAttributesAdapter.write(out, value.customAttributes);
      }
      out.endObject();
    }

    @Override
    public VisitUpdateRequest read(JsonReader in) throws IOException {
      VisitUpdateRequest value = new VisitUpdateRequest();
      Json.beginObject(in, "VisitUpdateRequest");
      int next = 0; // the index in KEYS of the key expected next
      while (in.hasNext()) {
        String key = in.nextName();
        // Comparing with the expected key is a length check and an array compare; only a key out
        // of order pays for the switch's hash of the whole string.
        int property = Json.isKeyAt(KEYS, next, key) ? next + 1 : propertyOf(key);
        next = property; // after a key the SDK does not know (0), the first key is expected
        switch (property) {
          case 1:
            value.startsAtText = Json.readDateTimeText(in);
            break;
          case 2:
            value.status = statusAdapter.read(in);
            break;
          case 3:
            value.followUpOn = followUpOnAdapter.read(in);
            value.followUpOnIsNull = value.followUpOn == null;
            break;
          case 4:
            value.notes = notesAdapter.read(in);
            value.notesIsNull = value.notes == null;
            break;
          case 5:
            value.customAttributes = customAttributesAdapter.read(in);
            value.customAttributesIsNull = value.customAttributes == null;
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "starts_at":
          return 1;
        case "status":
          return 2;
        case "follow_up_on":
          return 3;
        case "notes":
          return 4;
        case "custom_attributes":
          return 5;
        default:
          return 0;
      }
    }
  }
}
