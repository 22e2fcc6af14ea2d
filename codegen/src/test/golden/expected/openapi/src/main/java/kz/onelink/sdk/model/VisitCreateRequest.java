// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.OffsetDateTime;
import java.util.Objects;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * A new visit.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class VisitCreateRequest {
  private @Nullable Long roomId;
  private @Nullable OffsetDateTime startsAt;

  /** {@code starts_at} as received, parsed into {@code startsAt} on first use. */
  private @Nullable String startsAtText;

  private @Nullable Integer durationMin;
  private @Nullable Channel channel;

  /** {@code channel} is an explicit null (the field is null too): sent as JSON null. */
  private boolean channelIsNull;

  private @Nullable Long price;
  private @Nullable String patientName;
  private @Nullable String notes;

  /** {@code notes} is an explicit null (the field is null too): sent as JSON null. */
  private boolean notesIsNull;

  private @Nullable String source;
  private @Nullable String idempotencyKey;

  /** {@code idempotency_key} is an explicit null (the field is null too): sent as JSON null. */
  private boolean idempotencyKeyIsNull;

  /** Creates an instance with no property set. */
  public VisitCreateRequest() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public VisitCreateRequest copy() {
    VisitCreateRequest copy = new VisitCreateRequest();
    copy.roomId = roomId;
    copy.startsAt = startsAt;
    copy.startsAtText = startsAtText;
    copy.durationMin = durationMin;
    copy.channel = channel;
    copy.channelIsNull = channelIsNull;
    copy.price = price;
    copy.patientName = patientName;
    copy.notes = notes;
    copy.notesIsNull = notesIsNull;
    copy.source = source;
    copy.idempotencyKey = idempotencyKey;
    copy.idempotencyKeyIsNull = idempotencyKeyIsNull;
    return copy;
  }

  /**
   * A database id (bigint).
   *
   * <p>JSON {@code room_id}; never null on a decoded response.
   */
  public Long getRoomId() {
    return roomId;
  }

  /** Sets {@code room_id}; {@code null} leaves it out. Returns this object. */
  public VisitCreateRequest roomId(@Nullable Long roomId) {
    Json.checkRange(roomId, 1L, 9223372036854775807L, "VisitCreateRequest.room_id");
    this.roomId = roomId;
    return this;
  }

  /** Sets {@code room_id}, as {@link #roomId}. */
  public void setRoomId(@Nullable Long roomId) {
    roomId(roomId);
  }

  /**
   * The {@code starts_at} property.
   *
   * <p>JSON {@code starts_at}; never null on a decoded response.
   */
  public OffsetDateTime getStartsAt() {
    if (startsAt == null && startsAtText != null) {
      startsAt = Json.parseDateTime(startsAtText); // checked when decoded; parsing is idempotent
    }
    return startsAt;
  }

  /** Sets {@code starts_at}; {@code null} leaves it out. Returns this object. */
  public VisitCreateRequest startsAt(@Nullable OffsetDateTime startsAt) {
    this.startsAt = startsAt;
    this.startsAtText = null;
    return this;
  }

  /** Sets {@code starts_at}, as {@link #startsAt}. */
  public void setStartsAt(@Nullable OffsetDateTime startsAt) {
    startsAt(startsAt);
  }

  /**
   * The {@code duration_min} property.
   *
   * <p>JSON {@code duration_min}; absent on some servers.
   */
  public @Nullable Integer getDurationMin() {
    return durationMin;
  }

  /** Sets {@code duration_min}; {@code null} leaves it out. Returns this object. */
  public VisitCreateRequest durationMin(@Nullable Integer durationMin) {
    Json.checkRange(durationMin, 5L, 720L, "VisitCreateRequest.duration_min");
    this.durationMin = durationMin;
    return this;
  }

  /** Sets {@code duration_min}, as {@link #durationMin}. */
  public void setDurationMin(@Nullable Integer durationMin) {
    durationMin(durationMin);
  }

  /**
   * The {@code channel} property.
   *
   * <p>JSON {@code channel}; may be null; absent on some servers.
   */
  public @Nullable Channel getChannel() {
    return channel;
  }

  /** Sets {@code channel}; {@code null} sends JSON null. Returns this object. */
  public VisitCreateRequest channel(@Nullable Channel channel) {
    this.channel = channel;
    this.channelIsNull = channel == null;
    return this;
  }

  /** Sets {@code channel}, as {@link #channel}. */
  public void setChannel(@Nullable Channel channel) {
    channel(channel);
  }

  /**
   * The price in tenge; the room's default when left out.
   *
   * <p>JSON {@code price}; absent on some servers.
   */
  public @Nullable Long getPrice() {
    return price;
  }

  /** Sets {@code price}; {@code null} leaves it out. Returns this object. */
  public VisitCreateRequest price(@Nullable Long price) {
    Json.checkRange(price, 0L, 2147483647L, "VisitCreateRequest.price");
    this.price = price;
    return this;
  }

  /** Sets {@code price}, as {@link #price}. */
  public void setPrice(@Nullable Long price) {
    price(price);
  }

  /**
   * The {@code patient_name} property.
   *
   * <p>JSON {@code patient_name}; never null on a decoded response.
   */
  public String getPatientName() {
    return patientName;
  }

  /** Sets {@code patient_name}; {@code null} leaves it out. Returns this object. */
  public VisitCreateRequest patientName(@Nullable String patientName) {
    this.patientName = patientName;
    return this;
  }

  /** Sets {@code patient_name}, as {@link #patientName}. */
  public void setPatientName(@Nullable String patientName) {
    patientName(patientName);
  }

  /**
   * The {@code notes} property.
   *
   * <p>JSON {@code notes}; may be null; absent on some servers.
   */
  public @Nullable String getNotes() {
    return notes;
  }

  /** Sets {@code notes}; {@code null} sends JSON null. Returns this object. */
  public VisitCreateRequest notes(@Nullable String notes) {
    this.notes = notes;
    this.notesIsNull = notes == null;
    return this;
  }

  /** Sets {@code notes}, as {@link #notes}. */
  public void setNotes(@Nullable String notes) {
    notes(notes);
  }

  /**
   * Where the visit came from. Newer servers ignore it.
   *
   * <p>JSON {@code source}; absent on some servers.
   *
   * @deprecated see the description: some server versions refuse or ignore it
   */
  @Deprecated
  public @Nullable String getSource() {
    return source;
  }

  /**
   * Sets {@code source}; {@code null} leaves it out. Returns this object.
   *
   * @deprecated see {@link #getSource()}
   */
  @Deprecated
  public VisitCreateRequest source(@Nullable String source) {
    this.source = source;
    return this;
  }

  /**
   * Sets {@code source}, as {@link #source}.
   *
   * @deprecated see {@link #getSource()}
   */
  @Deprecated
  public void setSource(@Nullable String source) {
    source(source);
  }

  /**
   * De-duplicates creates; the SDK sets a fresh one when left out.
   *
   * <p>JSON {@code idempotency_key}; may be null; absent on some servers.
   */
  public @Nullable String getIdempotencyKey() {
    return idempotencyKey;
  }

  /** Sets {@code idempotency_key}; {@code null} sends JSON null. Returns this object. */
  public VisitCreateRequest idempotencyKey(@Nullable String idempotencyKey) {
    this.idempotencyKey = idempotencyKey;
    this.idempotencyKeyIsNull = idempotencyKey == null;
    return this;
  }

  /** Sets {@code idempotency_key}, as {@link #idempotencyKey}. */
  public void setIdempotencyKey(@Nullable String idempotencyKey) {
    idempotencyKey(idempotencyKey);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public VisitCreateRequest validate() {
    if (roomId == null) {
      throw new IllegalArgumentException("VisitCreateRequest.room_id is required, but was not set");
    }
    if (startsAt == null && startsAtText == null) {
      throw new IllegalArgumentException(
          "VisitCreateRequest.starts_at is required, but was not set");
    }
    if (patientName == null) {
      throw new IllegalArgumentException(
          "VisitCreateRequest.patient_name is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof VisitCreateRequest)) {
      return false;
    }
    VisitCreateRequest that = (VisitCreateRequest) other;
    return true
        && Objects.equals(getRoomId(), that.getRoomId())
        && Objects.equals(getStartsAt(), that.getStartsAt())
        && Objects.equals(getDurationMin(), that.getDurationMin())
        && Objects.equals(getChannel(), that.getChannel())
        && Objects.equals(getPrice(), that.getPrice())
        && Objects.equals(getPatientName(), that.getPatientName())
        && Objects.equals(getNotes(), that.getNotes())
        && Objects.equals(getSource(), that.getSource())
        && Objects.equals(getIdempotencyKey(), that.getIdempotencyKey());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        getRoomId(),
        getStartsAt(),
        getDurationMin(),
        getChannel(),
        getPrice(),
        getPatientName(),
        getNotes(),
        getSource(),
        getIdempotencyKey());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "VisitCreateRequest{"
        + "roomId="
        + getRoomId()
        + ", startsAt="
        + getStartsAt()
        + ", durationMin="
        + getDurationMin()
        + ", channel="
        + getChannel()
        + ", price="
        + getPrice()
        + ", patientName="
        + Json.redacted(getPatientName())
        + ", notes="
        + Json.redacted(getNotes())
        + ", source="
        + getSource()
        + ", idempotencyKey="
        + getIdempotencyKey()
        + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<VisitCreateRequest> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<VisitCreateRequest> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "room_id",
      "starts_at",
      "duration_min",
      "channel",
      "price",
      "patient_name",
      "notes",
      "source",
      "idempotency_key",
    };

    private final TypeAdapter<Long> roomIdAdapter;
    private final TypeAdapter<OffsetDateTime> startsAtAdapter;
    private final TypeAdapter<Integer> durationMinAdapter;
    private final TypeAdapter<Channel> channelAdapter;
    private final TypeAdapter<Long> priceAdapter;
    private final TypeAdapter<String> patientNameAdapter;
    private final TypeAdapter<String> notesAdapter;
    private final TypeAdapter<String> sourceAdapter;
    private final TypeAdapter<String> idempotencyKeyAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.roomIdAdapter = gson.getAdapter(Long.class);
      this.startsAtAdapter = Json.offsetDateTime();
      this.durationMinAdapter = gson.getAdapter(Integer.class);
      this.channelAdapter = gson.getAdapter(Channel.class);
      this.priceAdapter = gson.getAdapter(Long.class);
      this.patientNameAdapter = gson.getAdapter(String.class);
      this.notesAdapter = gson.getAdapter(String.class);
      this.sourceAdapter = gson.getAdapter(String.class);
      this.idempotencyKeyAdapter = gson.getAdapter(String.class);
    }

    @Override
    public void write(JsonWriter out, VisitCreateRequest value) throws IOException {
      out.beginObject();
      if (value.roomId != null) {
        out.name("room_id");
        roomIdAdapter.write(out, value.roomId);
      }
      if (value.startsAt != null) {
        out.name("starts_at");
        startsAtAdapter.write(out, value.startsAt);
      } else if (value.startsAtText != null) {
        out.name("starts_at").value(value.startsAtText); // as received
      }
      if (value.durationMin != null) {
        out.name("duration_min");
        durationMinAdapter.write(out, value.durationMin);
      }
      if (value.channelIsNull) {
        Json.writeNull(out, "channel");
      } else if (value.channel != null) {
        out.name("channel");
        channelAdapter.write(out, value.channel);
      }
      if (value.price != null) {
        out.name("price");
        priceAdapter.write(out, value.price);
      }
      if (value.patientName != null) {
        out.name("patient_name");
        patientNameAdapter.write(out, value.patientName);
      }
      if (value.notesIsNull) {
        Json.writeNull(out, "notes");
      } else if (value.notes != null) {
        out.name("notes");
        notesAdapter.write(out, value.notes);
      }
      if (value.source != null) {
        out.name("source");
        sourceAdapter.write(out, value.source);
      }
      if (value.idempotencyKeyIsNull) {
        Json.writeNull(out, "idempotency_key");
      } else if (value.idempotencyKey != null) {
        out.name("idempotency_key");
        idempotencyKeyAdapter.write(out, value.idempotencyKey);
      }
      out.endObject();
    }

    @Override
    public VisitCreateRequest read(JsonReader in) throws IOException {
      VisitCreateRequest value = new VisitCreateRequest();
      Json.beginObject(in, "VisitCreateRequest");
      int next = 0; // the index in KEYS of the key expected next
      while (in.hasNext()) {
        String key = in.nextName();
        // Comparing with the expected key is a length check and an array compare; only a key out
        // of order pays for the switch's hash of the whole string.
        int property = Json.isKeyAt(KEYS, next, key) ? next + 1 : propertyOf(key);
        next = property; // after a key the SDK does not know (0), the first key is expected
        switch (property) {
          case 1:
            value.roomId = roomIdAdapter.read(in);
            break;
          case 2:
            value.startsAtText = Json.readDateTimeText(in);
            break;
          case 3:
            value.durationMin = durationMinAdapter.read(in);
            break;
          case 4:
            value.channel = channelAdapter.read(in);
            value.channelIsNull = value.channel == null;
            break;
          case 5:
            value.price = priceAdapter.read(in);
            break;
          case 6:
            value.patientName = patientNameAdapter.read(in);
            break;
          case 7:
            value.notes = notesAdapter.read(in);
            value.notesIsNull = value.notes == null;
            break;
          case 8:
            value.source = sourceAdapter.read(in);
            break;
          case 9:
            value.idempotencyKey = idempotencyKeyAdapter.read(in);
            value.idempotencyKeyIsNull = value.idempotencyKey == null;
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.roomId == null) {
        throw Json.missing("VisitCreateRequest.room_id", in);
      }
      if (value.startsAtText == null) {
        throw Json.missing("VisitCreateRequest.starts_at", in);
      }
      if (value.patientName == null) {
        throw Json.missing("VisitCreateRequest.patient_name", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "room_id":
          return 1;
        case "starts_at":
          return 2;
        case "duration_min":
          return 3;
        case "channel":
          return 4;
        case "price":
          return 5;
        case "patient_name":
          return 6;
        case "notes":
          return 7;
        case "source":
          return 8;
        case "idempotency_key":
          return 9;
        default:
          return 0;
      }
    }
  }
}
