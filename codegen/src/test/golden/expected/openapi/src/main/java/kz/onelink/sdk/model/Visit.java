// Generated from openapi/openapi.yaml by codegen/templates/model.mustache.
// Do not edit: change the spec or the template and rebuild.
package kz.onelink.sdk.model;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import kz.onelink.sdk.internal.json.Json;
import org.jspecify.annotations.Nullable;

/**
 * A visit as the server sends it. Every property type the model template branches on is here:
 * {@code string}, {@code int32}, {@code int64} with a range, {@code boolean}, {@code date}, {@code
 * date-time}, a free-form map, lists of models and of enums, a {@code $ref} to a model, a nullable
 * enum, a deprecated key and personal data.
 *
 * <p>Unknown JSON keys are ignored, so newer servers can add fields. A nullable property set to
 * {@code null} with its setter is sent as JSON {@code null} (which clears it on update); a property
 * never set is left out of the request.
 */
public final class Visit {
  private @Nullable Long id;
  private @Nullable Long accountId;
  private @Nullable Long roomId;
  private @Nullable VisitStatus status;
  private @Nullable Channel channel;

  /** {@code channel} is an explicit null (the field is null too): sent as JSON null. */
  private boolean channelIsNull;

  private @Nullable OffsetDateTime startsAt;

  /** {@code starts_at} as received, parsed into {@code startsAt} on first use. */
  private @Nullable String startsAtText;

  private @Nullable OffsetDateTime checkedInAt;

  /** {@code checked_in_at} as received, parsed into {@code checkedInAt} on first use. */
  private @Nullable String checkedInAtText;

  /** {@code checked_in_at} is an explicit null (the field is null too): sent as JSON null. */
  private boolean checkedInAtIsNull;

  private @Nullable LocalDate followUpOn;

  /** {@code follow_up_on} is an explicit null (the field is null too): sent as JSON null. */
  private boolean followUpOnIsNull;

  private @Nullable Integer durationMin;
  private @Nullable Integer queuePosition;
  private @Nullable Long price;
  private @Nullable Long discount;

  /** {@code discount} is an explicit null (the field is null too): sent as JSON null. */
  private boolean discountIsNull;

  private @Nullable Boolean paid;
  private @Nullable Boolean reminderSent;

  /** {@code reminder_sent} is an explicit null (the field is null too): sent as JSON null. */
  private boolean reminderSentIsNull;

  private @Nullable String patientName;
  private @Nullable LocalDate patientBirthDate;

  /** {@code patient_birth_date} is an explicit null (the field is null too): sent as JSON null. */
  private boolean patientBirthDateIsNull;

  private @Nullable String notes;

  /** {@code notes} is an explicit null (the field is null too): sent as JSON null. */
  private boolean notesIsNull;

  private @Nullable String legacyCode;
  private @Nullable Map<String, Object> customAttributes;
  private @Nullable List<RoomKind> roomKinds;
  private @Nullable List<Attachment> attachments;
  private @Nullable Room room;
  private @Nullable Invoice invoice;

  /** {@code invoice} is an explicit null (the field is null too): sent as JSON null. */
  private boolean invoiceIsNull;

  private @Nullable Questionnaire questionnaire;
  private @Nullable OffsetDateTime createdAt;

  /** {@code created_at} as received, parsed into {@code createdAt} on first use. */
  private @Nullable String createdAtText;

  /** Creates an instance with no property set. */
  public Visit() {}

  /**
   * Returns a copy of this object: the same properties set, explicit nulls included. Lists and maps
   * are shared, not copied.
   */
  public Visit copy() {
    Visit copy = new Visit();
    copy.id = id;
    copy.accountId = accountId;
    copy.roomId = roomId;
    copy.status = status;
    copy.channel = channel;
    copy.channelIsNull = channelIsNull;
    copy.startsAt = startsAt;
    copy.startsAtText = startsAtText;
    copy.checkedInAt = checkedInAt;
    copy.checkedInAtText = checkedInAtText;
    copy.checkedInAtIsNull = checkedInAtIsNull;
    copy.followUpOn = followUpOn;
    copy.followUpOnIsNull = followUpOnIsNull;
    copy.durationMin = durationMin;
    copy.queuePosition = queuePosition;
    copy.price = price;
    copy.discount = discount;
    copy.discountIsNull = discountIsNull;
    copy.paid = paid;
    copy.reminderSent = reminderSent;
    copy.reminderSentIsNull = reminderSentIsNull;
    copy.patientName = patientName;
    copy.patientBirthDate = patientBirthDate;
    copy.patientBirthDateIsNull = patientBirthDateIsNull;
    copy.notes = notes;
    copy.notesIsNull = notesIsNull;
    copy.legacyCode = legacyCode;
    copy.customAttributes = customAttributes;
    copy.roomKinds = roomKinds;
    copy.attachments = attachments;
    copy.room = room;
    copy.invoice = invoice;
    copy.invoiceIsNull = invoiceIsNull;
    copy.questionnaire = questionnaire;
    copy.createdAt = createdAt;
    copy.createdAtText = createdAtText;
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
  public Visit id(@Nullable Long id) {
    Json.checkRange(id, 1L, 9223372036854775807L, "Visit.id");
    this.id = id;
    return this;
  }

  /** Sets {@code id}, as {@link #id}. */
  public void setId(@Nullable Long id) {
    id(id);
  }

  /**
   * A database id (bigint).
   *
   * <p>JSON {@code account_id}; never null on a decoded response.
   */
  public Long getAccountId() {
    return accountId;
  }

  /** Sets {@code account_id}; {@code null} leaves it out. Returns this object. */
  public Visit accountId(@Nullable Long accountId) {
    Json.checkRange(accountId, 1L, 9223372036854775807L, "Visit.account_id");
    this.accountId = accountId;
    return this;
  }

  /** Sets {@code account_id}, as {@link #accountId}. */
  public void setAccountId(@Nullable Long accountId) {
    accountId(accountId);
  }

  /**
   * The room the visit is booked in.
   *
   * <p>JSON {@code room_id}; never null on a decoded response.
   */
  public Long getRoomId() {
    return roomId;
  }

  /** Sets {@code room_id}; {@code null} leaves it out. Returns this object. */
  public Visit roomId(@Nullable Long roomId) {
    Json.checkRange(roomId, 1L, 9223372036854775807L, "Visit.room_id");
    this.roomId = roomId;
    return this;
  }

  /** Sets {@code room_id}, as {@link #roomId}. */
  public void setRoomId(@Nullable Long roomId) {
    roomId(roomId);
  }

  /**
   * The {@code status} property.
   *
   * <p>JSON {@code status}; never null on a decoded response.
   */
  public VisitStatus getStatus() {
    return status;
  }

  /** Sets {@code status}; {@code null} leaves it out. Returns this object. */
  public Visit status(@Nullable VisitStatus status) {
    this.status = status;
    return this;
  }

  /** Sets {@code status}, as {@link #status}. */
  public void setStatus(@Nullable VisitStatus status) {
    status(status);
  }

  /**
   * How the visit was booked. Older servers leave the key out.
   *
   * <p>JSON {@code channel}; may be null; absent on some servers.
   */
  public @Nullable Channel getChannel() {
    return channel;
  }

  /** Sets {@code channel}; {@code null} sends JSON null. Returns this object. */
  public Visit channel(@Nullable Channel channel) {
    this.channel = channel;
    this.channelIsNull = channel == null;
    return this;
  }

  /** Sets {@code channel}, as {@link #channel}. */
  public void setChannel(@Nullable Channel channel) {
    channel(channel);
  }

  /**
   * When the visit starts (UTC).
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
  public Visit startsAt(@Nullable OffsetDateTime startsAt) {
    this.startsAt = startsAt;
    this.startsAtText = null;
    return this;
  }

  /** Sets {@code starts_at}, as {@link #startsAt}. */
  public void setStartsAt(@Nullable OffsetDateTime startsAt) {
    startsAt(startsAt);
  }

  /**
   * When the patient arrived; null until then.
   *
   * <p>JSON {@code checked_in_at}; may be null.
   */
  public @Nullable OffsetDateTime getCheckedInAt() {
    if (checkedInAt == null && checkedInAtText != null) {
      checkedInAt =
          Json.parseDateTime(checkedInAtText); // checked when decoded; parsing is idempotent
    }
    return checkedInAt;
  }

  /** Sets {@code checked_in_at}; {@code null} sends JSON null. Returns this object. */
  public Visit checkedInAt(@Nullable OffsetDateTime checkedInAt) {
    this.checkedInAt = checkedInAt;
    this.checkedInAtText = null;
    this.checkedInAtIsNull = checkedInAt == null;
    return this;
  }

  /** Sets {@code checked_in_at}, as {@link #checkedInAt}. */
  public void setCheckedInAt(@Nullable OffsetDateTime checkedInAt) {
    checkedInAt(checkedInAt);
  }

  /**
   * The day of the follow-up visit, if one is planned.
   *
   * <p>JSON {@code follow_up_on}; may be null; absent on some servers.
   */
  public @Nullable LocalDate getFollowUpOn() {
    return followUpOn;
  }

  /** Sets {@code follow_up_on}; {@code null} sends JSON null. Returns this object. */
  public Visit followUpOn(@Nullable LocalDate followUpOn) {
    this.followUpOn = followUpOn;
    this.followUpOnIsNull = followUpOn == null;
    return this;
  }

  /** Sets {@code follow_up_on}, as {@link #followUpOn}. */
  public void setFollowUpOn(@Nullable LocalDate followUpOn) {
    followUpOn(followUpOn);
  }

  /**
   * Length in minutes.
   *
   * <p>JSON {@code duration_min}; never null on a decoded response.
   */
  public Integer getDurationMin() {
    return durationMin;
  }

  /** Sets {@code duration_min}; {@code null} leaves it out. Returns this object. */
  public Visit durationMin(@Nullable Integer durationMin) {
    Json.checkRange(durationMin, 5L, 720L, "Visit.duration_min");
    this.durationMin = durationMin;
    return this;
  }

  /** Sets {@code duration_min}, as {@link #durationMin}. */
  public void setDurationMin(@Nullable Integer durationMin) {
    durationMin(durationMin);
  }

  /**
   * The patient's place in the waiting room's queue.
   *
   * <p>JSON {@code queue_position}; absent on some servers.
   */
  public @Nullable Integer getQueuePosition() {
    return queuePosition;
  }

  /** Sets {@code queue_position}; {@code null} leaves it out. Returns this object. */
  public Visit queuePosition(@Nullable Integer queuePosition) {
    this.queuePosition = queuePosition;
    return this;
  }

  /** Sets {@code queue_position}, as {@link #queuePosition}. */
  public void setQueuePosition(@Nullable Integer queuePosition) {
    queuePosition(queuePosition);
  }

  /**
   * The price in tenge.
   *
   * <p>JSON {@code price}; never null on a decoded response.
   */
  public Long getPrice() {
    return price;
  }

  /** Sets {@code price}; {@code null} leaves it out. Returns this object. */
  public Visit price(@Nullable Long price) {
    Json.checkRange(price, 0L, 9223372036854775807L, "Visit.price");
    this.price = price;
    return this;
  }

  /** Sets {@code price}, as {@link #price}. */
  public void setPrice(@Nullable Long price) {
    price(price);
  }

  /**
   * The discount in tenge, if any.
   *
   * <p>JSON {@code discount}; may be null; absent on some servers.
   */
  public @Nullable Long getDiscount() {
    return discount;
  }

  /** Sets {@code discount}; {@code null} sends JSON null. Returns this object. */
  public Visit discount(@Nullable Long discount) {
    Json.checkRange(discount, 0L, 2147483647L, "Visit.discount");
    this.discount = discount;
    this.discountIsNull = discount == null;
    return this;
  }

  /** Sets {@code discount}, as {@link #discount}. */
  public void setDiscount(@Nullable Long discount) {
    discount(discount);
  }

  /**
   * Whether the visit is paid for.
   *
   * <p>JSON {@code paid}; never null on a decoded response.
   */
  public Boolean getPaid() {
    return paid;
  }

  /** Sets {@code paid}; {@code null} leaves it out. Returns this object. */
  public Visit paid(@Nullable Boolean paid) {
    this.paid = paid;
    return this;
  }

  /** Sets {@code paid}, as {@link #paid}. */
  public void setPaid(@Nullable Boolean paid) {
    paid(paid);
  }

  /**
   * Whether a reminder went out; null when reminders are off.
   *
   * <p>JSON {@code reminder_sent}; may be null; absent on some servers.
   */
  public @Nullable Boolean getReminderSent() {
    return reminderSent;
  }

  /** Sets {@code reminder_sent}; {@code null} sends JSON null. Returns this object. */
  public Visit reminderSent(@Nullable Boolean reminderSent) {
    this.reminderSent = reminderSent;
    this.reminderSentIsNull = reminderSent == null;
    return this;
  }

  /** Sets {@code reminder_sent}, as {@link #reminderSent}. */
  public void setReminderSent(@Nullable Boolean reminderSent) {
    reminderSent(reminderSent);
  }

  /**
   * The patient's name.
   *
   * <p>JSON {@code patient_name}; never null on a decoded response.
   */
  public String getPatientName() {
    return patientName;
  }

  /** Sets {@code patient_name}; {@code null} leaves it out. Returns this object. */
  public Visit patientName(@Nullable String patientName) {
    this.patientName = patientName;
    return this;
  }

  /** Sets {@code patient_name}, as {@link #patientName}. */
  public void setPatientName(@Nullable String patientName) {
    patientName(patientName);
  }

  /**
   * The patient's date of birth.
   *
   * <p>JSON {@code patient_birth_date}; may be null.
   */
  public @Nullable LocalDate getPatientBirthDate() {
    return patientBirthDate;
  }

  /** Sets {@code patient_birth_date}; {@code null} sends JSON null. Returns this object. */
  public Visit patientBirthDate(@Nullable LocalDate patientBirthDate) {
    this.patientBirthDate = patientBirthDate;
    this.patientBirthDateIsNull = patientBirthDate == null;
    return this;
  }

  /** Sets {@code patient_birth_date}, as {@link #patientBirthDate}. */
  public void setPatientBirthDate(@Nullable LocalDate patientBirthDate) {
    patientBirthDate(patientBirthDate);
  }

  /**
   * A note about the patient or the visit.
   *
   * <p>JSON {@code notes}; may be null; absent on some servers.
   */
  public @Nullable String getNotes() {
    return notes;
  }

  /** Sets {@code notes}; {@code null} sends JSON null. Returns this object. */
  public Visit notes(@Nullable String notes) {
    this.notes = notes;
    this.notesIsNull = notes == null;
    return this;
  }

  /** Sets {@code notes}, as {@link #notes}. */
  public void setNotes(@Nullable String notes) {
    notes(notes);
  }

  /**
   * The visit's code in the old booking system. Retired; newer servers leave it out.
   *
   * <p>JSON {@code legacy_code}; absent on some servers.
   *
   * @deprecated see the description: some server versions refuse or ignore it
   */
  @Deprecated
  public @Nullable String getLegacyCode() {
    return legacyCode;
  }

  /**
   * Sets {@code legacy_code}; {@code null} leaves it out. Returns this object.
   *
   * @deprecated see {@link #getLegacyCode()}
   */
  @Deprecated
  public Visit legacyCode(@Nullable String legacyCode) {
    this.legacyCode = legacyCode;
    return this;
  }

  /**
   * Sets {@code legacy_code}, as {@link #legacyCode}.
   *
   * @deprecated see {@link #getLegacyCode()}
   */
  @Deprecated
  public void setLegacyCode(@Nullable String legacyCode) {
    legacyCode(legacyCode);
  }

  /**
   * The account's own fields, free-form.
   *
   * <p>JSON {@code custom_attributes}; never null on a decoded response.
   */
  public Map<String, Object> getCustomAttributes() {
    return customAttributes;
  }

  /** Sets {@code custom_attributes}; {@code null} leaves it out. Returns this object. */
  public Visit customAttributes(@Nullable Map<String, Object> customAttributes) {
    this.customAttributes = customAttributes;
    return this;
  }

  /** Sets {@code custom_attributes}, as {@link #customAttributes}. */
  public void setCustomAttributes(@Nullable Map<String, Object> customAttributes) {
    customAttributes(customAttributes);
  }

  /**
   * The kinds of the room, copied at booking.
   *
   * <p>JSON {@code room_kinds}; absent on some servers.
   */
  public @Nullable List<RoomKind> getRoomKinds() {
    return roomKinds;
  }

  /** Sets {@code room_kinds}; {@code null} leaves it out. Returns this object. */
  public Visit roomKinds(@Nullable List<RoomKind> roomKinds) {
    this.roomKinds = roomKinds;
    return this;
  }

  /** Sets {@code room_kinds}, as {@link #roomKinds}. */
  public void setRoomKinds(@Nullable List<RoomKind> roomKinds) {
    roomKinds(roomKinds);
  }

  /**
   * Files attached to the visit, oldest first.
   *
   * <p>JSON {@code attachments}; never null on a decoded response.
   */
  public List<Attachment> getAttachments() {
    return attachments;
  }

  /** Sets {@code attachments}; {@code null} leaves it out. Returns this object. */
  public Visit attachments(@Nullable List<Attachment> attachments) {
    this.attachments = attachments;
    return this;
  }

  /** Sets {@code attachments}, as {@link #attachments}. */
  public void setAttachments(@Nullable List<Attachment> attachments) {
    attachments(attachments);
  }

  /**
   * The {@code room} property.
   *
   * <p>JSON {@code room}; absent on some servers.
   */
  public @Nullable Room getRoom() {
    return room;
  }

  /** Sets {@code room}; {@code null} leaves it out. Returns this object. */
  public Visit room(@Nullable Room room) {
    this.room = room;
    return this;
  }

  /** Sets {@code room}, as {@link #room}. */
  public void setRoom(@Nullable Room room) {
    room(room);
  }

  /**
   * The invoice, once the visit is billed; null before.
   *
   * <p>JSON {@code invoice}; may be null; absent on some servers.
   */
  public @Nullable Invoice getInvoice() {
    return invoice;
  }

  /** Sets {@code invoice}; {@code null} sends JSON null. Returns this object. */
  public Visit invoice(@Nullable Invoice invoice) {
    this.invoice = invoice;
    this.invoiceIsNull = invoice == null;
    return this;
  }

  /** Sets {@code invoice}, as {@link #invoice}. */
  public void setInvoice(@Nullable Invoice invoice) {
    invoice(invoice);
  }

  /**
   * The {@code questionnaire} property.
   *
   * <p>JSON {@code questionnaire}; absent on some servers.
   */
  public @Nullable Questionnaire getQuestionnaire() {
    return questionnaire;
  }

  /** Sets {@code questionnaire}; {@code null} leaves it out. Returns this object. */
  public Visit questionnaire(@Nullable Questionnaire questionnaire) {
    this.questionnaire = questionnaire;
    return this;
  }

  /** Sets {@code questionnaire}, as {@link #questionnaire}. */
  public void setQuestionnaire(@Nullable Questionnaire questionnaire) {
    questionnaire(questionnaire);
  }

  /**
   * The {@code created_at} property.
   *
   * <p>JSON {@code created_at}; never null on a decoded response.
   */
  public OffsetDateTime getCreatedAt() {
    if (createdAt == null && createdAtText != null) {
      createdAt = Json.parseDateTime(createdAtText); // checked when decoded; parsing is idempotent
    }
    return createdAt;
  }

  /** Sets {@code created_at}; {@code null} leaves it out. Returns this object. */
  public Visit createdAt(@Nullable OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    this.createdAtText = null;
    return this;
  }

  /** Sets {@code created_at}, as {@link #createdAt}. */
  public void setCreatedAt(@Nullable OffsetDateTime createdAt) {
    createdAt(createdAt);
  }

  /**
   * Checks that every required property is set.
   *
   * @return this object
   * @throws IllegalArgumentException naming the first required property that is not set
   */
  public Visit validate() {
    if (id == null) {
      throw new IllegalArgumentException("Visit.id is required, but was not set");
    }
    if (accountId == null) {
      throw new IllegalArgumentException("Visit.account_id is required, but was not set");
    }
    if (roomId == null) {
      throw new IllegalArgumentException("Visit.room_id is required, but was not set");
    }
    if (status == null) {
      throw new IllegalArgumentException("Visit.status is required, but was not set");
    }
    if (startsAt == null && startsAtText == null) {
      throw new IllegalArgumentException("Visit.starts_at is required, but was not set");
    }
    if (durationMin == null) {
      throw new IllegalArgumentException("Visit.duration_min is required, but was not set");
    }
    if (price == null) {
      throw new IllegalArgumentException("Visit.price is required, but was not set");
    }
    if (paid == null) {
      throw new IllegalArgumentException("Visit.paid is required, but was not set");
    }
    if (patientName == null) {
      throw new IllegalArgumentException("Visit.patient_name is required, but was not set");
    }
    if (customAttributes == null) {
      throw new IllegalArgumentException("Visit.custom_attributes is required, but was not set");
    }
    if (attachments == null) {
      throw new IllegalArgumentException("Visit.attachments is required, but was not set");
    }
    if (createdAt == null && createdAtText == null) {
      throw new IllegalArgumentException("Visit.created_at is required, but was not set");
    }
    return this;
  }

  @Override
  public boolean equals(@Nullable Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Visit)) {
      return false;
    }
    Visit that = (Visit) other;
    return true
        && Objects.equals(getId(), that.getId())
        && Objects.equals(getAccountId(), that.getAccountId())
        && Objects.equals(getRoomId(), that.getRoomId())
        && Objects.equals(getStatus(), that.getStatus())
        && Objects.equals(getChannel(), that.getChannel())
        && Objects.equals(getStartsAt(), that.getStartsAt())
        && Objects.equals(getCheckedInAt(), that.getCheckedInAt())
        && Objects.equals(getFollowUpOn(), that.getFollowUpOn())
        && Objects.equals(getDurationMin(), that.getDurationMin())
        && Objects.equals(getQueuePosition(), that.getQueuePosition())
        && Objects.equals(getPrice(), that.getPrice())
        && Objects.equals(getDiscount(), that.getDiscount())
        && Objects.equals(getPaid(), that.getPaid())
        && Objects.equals(getReminderSent(), that.getReminderSent())
        && Objects.equals(getPatientName(), that.getPatientName())
        && Objects.equals(getPatientBirthDate(), that.getPatientBirthDate())
        && Objects.equals(getNotes(), that.getNotes())
        && Objects.equals(getLegacyCode(), that.getLegacyCode())
        && Objects.equals(getCustomAttributes(), that.getCustomAttributes())
        && Objects.equals(getRoomKinds(), that.getRoomKinds())
        && Objects.equals(getAttachments(), that.getAttachments())
        && Objects.equals(getRoom(), that.getRoom())
        && Objects.equals(getInvoice(), that.getInvoice())
        && Objects.equals(getQuestionnaire(), that.getQuestionnaire())
        && Objects.equals(getCreatedAt(), that.getCreatedAt());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        getId(),
        getAccountId(),
        getRoomId(),
        getStatus(),
        getChannel(),
        getStartsAt(),
        getCheckedInAt(),
        getFollowUpOn(),
        getDurationMin(),
        getQueuePosition(),
        getPrice(),
        getDiscount(),
        getPaid(),
        getReminderSent(),
        getPatientName(),
        getPatientBirthDate(),
        getNotes(),
        getLegacyCode(),
        getCustomAttributes(),
        getRoomKinds(),
        getAttachments(),
        getRoom(),
        getInvoice(),
        getQuestionnaire(),
        getCreatedAt());
  }

  /** Describes this object; personal data (names, phones, IINs, notes) is redacted. */
  @Override
  public String toString() {
    return "Visit{"
        + "id="
        + getId()
        + ", accountId="
        + getAccountId()
        + ", roomId="
        + getRoomId()
        + ", status="
        + getStatus()
        + ", channel="
        + getChannel()
        + ", startsAt="
        + getStartsAt()
        + ", checkedInAt="
        + getCheckedInAt()
        + ", followUpOn="
        + getFollowUpOn()
        + ", durationMin="
        + getDurationMin()
        + ", queuePosition="
        + getQueuePosition()
        + ", price="
        + getPrice()
        + ", discount="
        + getDiscount()
        + ", paid="
        + getPaid()
        + ", reminderSent="
        + getReminderSent()
        + ", patientName="
        + Json.redacted(getPatientName())
        + ", patientBirthDate="
        + Json.redacted(getPatientBirthDate())
        + ", notes="
        + Json.redacted(getNotes())
        + ", legacyCode="
        + getLegacyCode()
        + ", customAttributes="
        + getCustomAttributes()
        + ", roomKinds="
        + getRoomKinds()
        + ", attachments="
        + getAttachments()
        + ", room="
        + getRoom()
        + ", invoice="
        + getInvoice()
        + ", questionnaire="
        + getQuestionnaire()
        + ", createdAt="
        + getCreatedAt()
        + "}";
  }

  /**
   * The streaming JSON adapter of this class (no reflection on its fields, so R8 may rename them).
   * The SDK's Gson finds it by this method's name; the shipped R8 rules keep the name.
   */
  static TypeAdapter<Visit> gsonAdapter(Gson gson) {
    return new GsonAdapter(gson);
  }

  private static final class GsonAdapter extends TypeAdapter<Visit> {
    /** The keys in the spec's order, which is the order the server writes them in. */
    private static final String[] KEYS = {
      "id",
      "account_id",
      "room_id",
      "status",
      "channel",
      "starts_at",
      "checked_in_at",
      "follow_up_on",
      "duration_min",
      "queue_position",
      "price",
      "discount",
      "paid",
      "reminder_sent",
      "patient_name",
      "patient_birth_date",
      "notes",
      "legacy_code",
      "custom_attributes",
      "room_kinds",
      "attachments",
      "room",
      "invoice",
      "questionnaire",
      "created_at",
    };

    private final TypeAdapter<Long> idAdapter;
    private final TypeAdapter<Long> accountIdAdapter;
    private final TypeAdapter<Long> roomIdAdapter;
    private final TypeAdapter<VisitStatus> statusAdapter;
    private final TypeAdapter<Channel> channelAdapter;
    private final TypeAdapter<OffsetDateTime> startsAtAdapter;
    private final TypeAdapter<OffsetDateTime> checkedInAtAdapter;
    private final TypeAdapter<LocalDate> followUpOnAdapter;
    private final TypeAdapter<Integer> durationMinAdapter;
    private final TypeAdapter<Integer> queuePositionAdapter;
    private final TypeAdapter<Long> priceAdapter;
    private final TypeAdapter<Long> discountAdapter;
    private final TypeAdapter<Boolean> paidAdapter;
    private final TypeAdapter<Boolean> reminderSentAdapter;
    private final TypeAdapter<String> patientNameAdapter;
    private final TypeAdapter<LocalDate> patientBirthDateAdapter;
    private final TypeAdapter<String> notesAdapter;
    private final TypeAdapter<String> legacyCodeAdapter;
    private final TypeAdapter<Map<String, Object>> customAttributesAdapter;
    private final TypeAdapter<List<RoomKind>> roomKindsAdapter;
    private final TypeAdapter<List<Attachment>> attachmentsAdapter;
    private final TypeAdapter<Room> roomAdapter;
    private final TypeAdapter<Invoice> invoiceAdapter;
    private final TypeAdapter<Questionnaire> questionnaireAdapter;
    private final TypeAdapter<OffsetDateTime> createdAtAdapter;

    @SuppressWarnings("unchecked")
    GsonAdapter(Gson gson) {
      this.idAdapter = gson.getAdapter(Long.class);
      this.accountIdAdapter = gson.getAdapter(Long.class);
      this.roomIdAdapter = gson.getAdapter(Long.class);
      this.statusAdapter = gson.getAdapter(VisitStatus.class);
      this.channelAdapter = gson.getAdapter(Channel.class);
      this.startsAtAdapter = Json.offsetDateTime();
      this.checkedInAtAdapter = Json.offsetDateTime();
      this.followUpOnAdapter = Json.localDate();
      this.durationMinAdapter = gson.getAdapter(Integer.class);
      this.queuePositionAdapter = gson.getAdapter(Integer.class);
      this.priceAdapter = gson.getAdapter(Long.class);
      this.discountAdapter = gson.getAdapter(Long.class);
      this.paidAdapter = gson.getAdapter(Boolean.class);
      this.reminderSentAdapter = gson.getAdapter(Boolean.class);
      this.patientNameAdapter = gson.getAdapter(String.class);
      this.patientBirthDateAdapter = Json.localDate();
      this.notesAdapter = gson.getAdapter(String.class);
      this.legacyCodeAdapter = gson.getAdapter(String.class);
      this.customAttributesAdapter = Json.freeFormMap();
      this.roomKindsAdapter =
          (TypeAdapter<List<RoomKind>>)
              gson.getAdapter(TypeToken.getParameterized(List.class, RoomKind.class));
      this.attachmentsAdapter =
          (TypeAdapter<List<Attachment>>)
              gson.getAdapter(TypeToken.getParameterized(List.class, Attachment.class));
      this.roomAdapter = gson.getAdapter(Room.class);
      this.invoiceAdapter = gson.getAdapter(Invoice.class);
      this.questionnaireAdapter = gson.getAdapter(Questionnaire.class);
      this.createdAtAdapter = Json.offsetDateTime();
    }

    @Override
    public void write(JsonWriter out, Visit value) throws IOException {
      out.beginObject();
      if (value.id != null) {
        out.name("id");
        idAdapter.write(out, value.id);
      }
      if (value.accountId != null) {
        out.name("account_id");
        accountIdAdapter.write(out, value.accountId);
      }
      if (value.roomId != null) {
        out.name("room_id");
        roomIdAdapter.write(out, value.roomId);
      }
      if (value.status != null) {
        out.name("status");
        statusAdapter.write(out, value.status);
      }
      if (value.channelIsNull) {
        Json.writeNull(out, "channel");
      } else if (value.channel != null) {
        out.name("channel");
        channelAdapter.write(out, value.channel);
      }
      if (value.startsAt != null) {
        out.name("starts_at");
        startsAtAdapter.write(out, value.startsAt);
      } else if (value.startsAtText != null) {
        out.name("starts_at").value(value.startsAtText); // as received
      }
      if (value.checkedInAtIsNull) {
        Json.writeNull(out, "checked_in_at");
      } else if (value.checkedInAt != null) {
        out.name("checked_in_at");
        checkedInAtAdapter.write(out, value.checkedInAt);
      } else if (value.checkedInAtText != null) {
        out.name("checked_in_at").value(value.checkedInAtText); // as received
      }
      if (value.followUpOnIsNull) {
        Json.writeNull(out, "follow_up_on");
      } else if (value.followUpOn != null) {
        out.name("follow_up_on");
        followUpOnAdapter.write(out, value.followUpOn);
      }
      if (value.durationMin != null) {
        out.name("duration_min");
        durationMinAdapter.write(out, value.durationMin);
      }
      if (value.queuePosition != null) {
        out.name("queue_position");
        queuePositionAdapter.write(out, value.queuePosition);
      }
      if (value.price != null) {
        out.name("price");
        priceAdapter.write(out, value.price);
      }
      if (value.discountIsNull) {
        Json.writeNull(out, "discount");
      } else if (value.discount != null) {
        out.name("discount");
        discountAdapter.write(out, value.discount);
      }
      if (value.paid != null) {
        out.name("paid");
        paidAdapter.write(out, value.paid);
      }
      if (value.reminderSentIsNull) {
        Json.writeNull(out, "reminder_sent");
      } else if (value.reminderSent != null) {
        out.name("reminder_sent");
        reminderSentAdapter.write(out, value.reminderSent);
      }
      if (value.patientName != null) {
        out.name("patient_name");
        patientNameAdapter.write(out, value.patientName);
      }
      if (value.patientBirthDateIsNull) {
        Json.writeNull(out, "patient_birth_date");
      } else if (value.patientBirthDate != null) {
        out.name("patient_birth_date");
        patientBirthDateAdapter.write(out, value.patientBirthDate);
      }
      if (value.notesIsNull) {
        Json.writeNull(out, "notes");
      } else if (value.notes != null) {
        out.name("notes");
        notesAdapter.write(out, value.notes);
      }
      if (value.legacyCode != null) {
        out.name("legacy_code");
        legacyCodeAdapter.write(out, value.legacyCode);
      }
      if (value.customAttributes != null) {
        out.name("custom_attributes");
        customAttributesAdapter.write(out, value.customAttributes);
      }
      if (value.roomKinds != null) {
        out.name("room_kinds");
        roomKindsAdapter.write(out, value.roomKinds);
      }
      if (value.attachments != null) {
        out.name("attachments");
        attachmentsAdapter.write(out, value.attachments);
      }
      if (value.room != null) {
        out.name("room");
        roomAdapter.write(out, value.room);
      }
      if (value.invoiceIsNull) {
        Json.writeNull(out, "invoice");
      } else if (value.invoice != null) {
        out.name("invoice");
        invoiceAdapter.write(out, value.invoice);
      }
      if (value.questionnaire != null) {
        out.name("questionnaire");
        questionnaireAdapter.write(out, value.questionnaire);
      }
      if (value.createdAt != null) {
        out.name("created_at");
        createdAtAdapter.write(out, value.createdAt);
      } else if (value.createdAtText != null) {
        out.name("created_at").value(value.createdAtText); // as received
      }
      out.endObject();
    }

    @Override
    public Visit read(JsonReader in) throws IOException {
      Visit value = new Visit();
      Json.beginObject(in, "Visit");
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
            value.accountId = accountIdAdapter.read(in);
            break;
          case 3:
            value.roomId = roomIdAdapter.read(in);
            break;
          case 4:
            value.status = statusAdapter.read(in);
            break;
          case 5:
            value.channel = channelAdapter.read(in);
            value.channelIsNull = value.channel == null;
            break;
          case 6:
            value.startsAtText = Json.readDateTimeText(in);
            break;
          case 7:
            value.checkedInAtText = Json.readDateTimeText(in);
            value.checkedInAtIsNull = value.checkedInAtText == null;
            break;
          case 8:
            value.followUpOn = followUpOnAdapter.read(in);
            value.followUpOnIsNull = value.followUpOn == null;
            break;
          case 9:
            value.durationMin = durationMinAdapter.read(in);
            break;
          case 10:
            value.queuePosition = queuePositionAdapter.read(in);
            break;
          case 11:
            value.price = priceAdapter.read(in);
            break;
          case 12:
            value.discount = discountAdapter.read(in);
            value.discountIsNull = value.discount == null;
            break;
          case 13:
            value.paid = paidAdapter.read(in);
            break;
          case 14:
            value.reminderSent = reminderSentAdapter.read(in);
            value.reminderSentIsNull = value.reminderSent == null;
            break;
          case 15:
            value.patientName = patientNameAdapter.read(in);
            break;
          case 16:
            value.patientBirthDate = patientBirthDateAdapter.read(in);
            value.patientBirthDateIsNull = value.patientBirthDate == null;
            break;
          case 17:
            value.notes = notesAdapter.read(in);
            value.notesIsNull = value.notes == null;
            break;
          case 18:
            value.legacyCode = legacyCodeAdapter.read(in);
            break;
          case 19:
            value.customAttributes = customAttributesAdapter.read(in);
            break;
          case 20:
            value.roomKinds = roomKindsAdapter.read(in);
            Json.checkNoNullItems(value.roomKinds, "Visit.room_kinds", in);
            break;
          case 21:
            value.attachments = attachmentsAdapter.read(in);
            Json.checkNoNullItems(value.attachments, "Visit.attachments", in);
            break;
          case 22:
            value.room = roomAdapter.read(in);
            break;
          case 23:
            value.invoice = invoiceAdapter.read(in);
            value.invoiceIsNull = value.invoice == null;
            break;
          case 24:
            value.questionnaire = questionnaireAdapter.read(in);
            break;
          case 25:
            value.createdAtText = Json.readDateTimeText(in);
            break;
          default:
            in.skipValue();
        }
      }
      in.endObject();
      if (value.id == null) {
        throw Json.missing("Visit.id", in);
      }
      if (value.accountId == null) {
        throw Json.missing("Visit.account_id", in);
      }
      if (value.roomId == null) {
        throw Json.missing("Visit.room_id", in);
      }
      if (value.status == null) {
        throw Json.missing("Visit.status", in);
      }
      if (value.startsAtText == null) {
        throw Json.missing("Visit.starts_at", in);
      }
      if (value.durationMin == null) {
        throw Json.missing("Visit.duration_min", in);
      }
      if (value.price == null) {
        throw Json.missing("Visit.price", in);
      }
      if (value.paid == null) {
        throw Json.missing("Visit.paid", in);
      }
      if (value.patientName == null) {
        throw Json.missing("Visit.patient_name", in);
      }
      if (value.customAttributes == null) {
        throw Json.missing("Visit.custom_attributes", in);
      }
      if (value.attachments == null) {
        throw Json.missing("Visit.attachments", in);
      }
      if (value.createdAtText == null) {
        throw Json.missing("Visit.created_at", in);
      }
      return value;
    }

    /** The 1-based index of {@code key} in {@link #KEYS}, or 0 for a key the SDK does not know. */
    private static int propertyOf(String key) {
      switch (key) {
        case "id":
          return 1;
        case "account_id":
          return 2;
        case "room_id":
          return 3;
        case "status":
          return 4;
        case "channel":
          return 5;
        case "starts_at":
          return 6;
        case "checked_in_at":
          return 7;
        case "follow_up_on":
          return 8;
        case "duration_min":
          return 9;
        case "queue_position":
          return 10;
        case "price":
          return 11;
        case "discount":
          return 12;
        case "paid":
          return 13;
        case "reminder_sent":
          return 14;
        case "patient_name":
          return 15;
        case "patient_birth_date":
          return 16;
        case "notes":
          return 17;
        case "legacy_code":
          return 18;
        case "custom_attributes":
          return 19;
        case "room_kinds":
          return 20;
        case "attachments":
          return 21;
        case "room":
          return 22;
        case "invoice":
          return 23;
        case "questionnaire":
          return 24;
        case "created_at":
          return 25;
        default:
          return 0;
      }
    }
  }
}
