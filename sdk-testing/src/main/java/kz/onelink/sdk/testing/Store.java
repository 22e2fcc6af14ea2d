package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The sandbox's data and the server's rules for appointments (contract §2–§4), for one account.
 * Thread-safe: every operation holds the store's lock, like the server's transactions.
 */
final class Store {
  static final List<String> STATUSES =
      Arrays.asList("scheduled", "confirmed", "completed", "cancelled", "no_show");
  static final List<String> TYPES = Arrays.asList("primary", "secondary", "other");
  static final List<String> PAYMENT_STATUSES =
      Arrays.asList("awaiting_payment", "prepaid", "paid", "cancelled");
  static final List<String> PAYMENT_METHODS =
      Arrays.asList("kaspi_transfer", "kaspi_qr", "cash", "bank_transfer", "card", "other");

  /** The keys the create and update actions permit (contract §2.1); others are dropped. */
  private static final Set<String> PERMITTED =
      new HashSet<>(
          Arrays.asList(
              "resource_id",
              "contact_id",
              "service_id",
              "company_id",
              "conversation_id",
              "created_by_id",
              "starts_at",
              "ends_at",
              "duration_min",
              "status",
              "appointment_type",
              "client_name",
              "client_phone",
              "client_identifier",
              "client_birth_date",
              "client_gender",
              "client_comment",
              "source",
              "external_ref",
              "idempotency_key",
              "service_amount",
              "prepaid_amount",
              "prepaid_payment_method",
              "settlement_amount",
              "settlement_payment_method",
              "payment_status",
              "custom_attributes"));

  static final class Resource {
    final long id;
    final String compensationType;
    final long compensationValue;
    final Schedule schedule;

    Resource(long id, String compensationType, long compensationValue, Schedule schedule) {
      this.id = id;
      this.compensationType = compensationType;
      this.compensationValue = compensationValue;
      this.schedule = schedule;
    }
  }

  static final class Service {
    final long id;
    final String name;
    final String type;
    final int durationMin;
    final long price;
    final boolean active;

    Service(long id, String name, String type, int durationMin, long price, boolean active) {
      this.id = id;
      this.name = name;
      this.type = type;
      this.durationMin = durationMin;
      this.price = price;
      this.active = active;
    }
  }

  static final class Contact {
    final long id;
    final String name;
    final String email;
    final String phone;
    final String identifier;
    final LocalDate birthDate;
    final String gender;

    Contact(
        long id,
        String name,
        String email,
        String phone,
        String identifier,
        LocalDate birthDate,
        String gender) {
      this.id = id;
      this.name = name;
      this.email = email;
      this.phone = phone;
      this.identifier = identifier;
      this.birthDate = birthDate;
      this.gender = gender;
    }
  }

  private final long accountId;
  private final long userId;
  private final Clock clock;
  private final Map<Long, Resource> resources = new LinkedHashMap<>();
  private final Map<Long, Service> services = new LinkedHashMap<>();
  private final Map<Long, Contact> contacts = new LinkedHashMap<>();
  private final Set<Long> companies = new HashSet<>();
  private final Set<Long> conversations = new HashSet<>();
  private final Set<Long> users = new HashSet<>();
  private final Set<LocalDate> holidays = new HashSet<>();
  private final Map<Long, Appointment> appointments = new TreeMap<>();
  private long nextAppointmentId = 5001;
  private long nextPaymentId = 801;
  private long nextExpenseId = 61;

  Store(long accountId, long userId, Clock clock) {
    this.accountId = accountId;
    this.userId = userId;
    this.clock = clock;
  }

  void addResource(long id, String compensationType, long compensationValue, Schedule schedule) {
    resources.put(id, new Resource(id, compensationType, compensationValue, schedule));
  }

  void addService(Service service) {
    services.put(service.id, service);
  }

  void addContact(Contact contact) {
    contacts.put(contact.id, contact);
  }

  void addCompany(long id) {
    companies.add(id);
  }

  void addConversation(long id) {
    conversations.add(id);
  }

  void addUser(long id) {
    users.add(id);
  }

  void addHoliday(LocalDate day) {
    holidays.add(day);
  }

  /** An appointment imported from Medelement: readable, never writable. */
  synchronized void addImported(
      long id, long resourceId, OffsetDateTime startsAt, int minutes, String clientName) {
    Appointment imported = new Appointment(id, accountId, now());
    imported.resourceId = resourceId;
    imported.startsAt = startsAt;
    imported.endsAt = startsAt.plusMinutes(minutes);
    imported.durationMin = minutes;
    imported.clientName = clientName;
    imported.source = "medelement";
    imported.externalRef = "medelement:" + id;
    imported.status = "confirmed";
    appointments.put(id, imported);
  }

  synchronized int size() {
    return appointments.size();
  }

  synchronized void clearAppointments() {
    appointments.values().removeIf(a -> !"medelement".equals(a.source));
  }

  // ---- actions -------------------------------------------------------------------------------

  synchronized JsonObject get(long id) {
    return find(id).toJson();
  }

  synchronized JsonObject list(Map<String, String> query) {
    OffsetDateTime from = query.containsKey("from") ? time("from", query.get("from")) : null;
    OffsetDateTime to = query.containsKey("to") ? time("to", query.get("to")) : null;
    Set<Long> resourceIds = csvIds(query.get("resource_ids"));
    Set<String> statuses = csv(query.get("status"));
    Set<String> paymentStatuses = csv(query.get("payment_status"));
    List<Appointment> matches = new ArrayList<>();
    for (Appointment a : appointments.values()) {
      if ((from == null || !a.startsAt.isBefore(from))
          && (to == null || a.startsAt.isBefore(to))
          && (resourceIds == null || resourceIds.contains(a.resourceId))
          && (statuses == null || statuses.contains(a.status))
          && (paymentStatuses == null || paymentStatuses.contains(a.paymentStatus))) {
        matches.add(a);
      }
    }
    matches.sort(
        (x, y) ->
            x.startsAt.isEqual(y.startsAt)
                ? Long.compare(x.id, y.id)
                : x.startsAt.compareTo(y.startsAt));
    JsonArray payload = new JsonArray();
    for (Appointment a : matches) {
      payload.add(a.toJson());
    }
    JsonObject meta = new JsonObject();
    meta.addProperty("count", matches.size());
    JsonObject body = new JsonObject();
    body.add("payload", payload);
    body.add("meta", meta);
    return body;
  }

  /**
   * Creates an appointment; returns it and whether it is new (201) or an idempotent replay (200).
   */
  synchronized Map.Entry<Boolean, JsonObject> create(JsonObject body) {
    Map<String, JsonElement> params = permitted(body);
    String key = text(params.get("idempotency_key"));
    if (key != null) {
      for (Appointment existing : appointments.values()) {
        if (key.equals(existing.idempotencyKey)) {
          return new java.util.AbstractMap.SimpleImmutableEntry<>(false, existing.toJson());
        }
      }
    }
    Appointment draft = new Appointment(nextAppointmentId, accountId, now());
    draft.createdById = userId;
    apply(draft, params, true);
    nextAppointmentId++;
    appointments.put(draft.id, draft);
    return new java.util.AbstractMap.SimpleImmutableEntry<>(true, draft.toJson());
  }

  synchronized JsonObject update(long id, JsonObject body) {
    Appointment current = editable(id);
    Appointment draft = current.copy();
    apply(draft, permitted(body), false);
    draft.updatedAt = now();
    appointments.put(id, draft);
    return draft.toJson();
  }

  synchronized JsonObject cancel(long id) {
    Appointment current = editable(id);
    Appointment draft = current.copy();
    draft.status = "cancelled";
    draft.paymentStatus = "cancelled";
    draft.expense = null;
    draft.updatedAt = now();
    appointments.put(id, draft);
    return draft.toJson();
  }

  // ---- the upsert rules (contract §2.1, §4) ---------------------------------------------------

  private void apply(Appointment a, Map<String, JsonElement> p, boolean creating) {
    boolean resourceChanged = false;
    boolean serviceChanged = false;
    if (creating || p.containsKey("resource_id")) {
      Long resourceId = id(p.get("resource_id"));
      if (resourceId == null || !resources.containsKey(resourceId)) {
        throw ApiError.notFound(); // RecordNotFound 'resource not found', even when it is missing
      }
      resourceChanged = a.resourceId != resourceId;
      a.resourceId = resourceId;
    }
    if (p.containsKey("contact_id")) {
      a.contactId = association(p.get("contact_id"), contacts.keySet());
    }
    if (p.containsKey("service_id")) {
      Long serviceId = association(p.get("service_id"), services.keySet());
      serviceChanged = !java.util.Objects.equals(a.serviceId, serviceId);
      a.serviceId = serviceId;
    }
    if (p.containsKey("company_id")) {
      a.companyId = association(p.get("company_id"), companies);
    }
    if (p.containsKey("conversation_id")) {
      a.conversationId = association(p.get("conversation_id"), conversations);
    }
    if (p.containsKey("created_by_id")) {
      a.createdById = association(p.get("created_by_id"), users);
    }
    if (creating || p.containsKey("starts_at")) {
      a.startsAt = requiredTime("starts_at", p.get("starts_at"));
    }
    if (creating || p.containsKey("ends_at")) {
      a.endsAt = requiredTime("ends_at", p.get("ends_at"));
    }
    if (p.containsKey("status")) {
      a.status = requiredText("status", p.get("status"));
    }
    if (p.containsKey("appointment_type")) {
      a.appointmentType = requiredText("appointment_type", p.get("appointment_type"));
    }
    if (p.containsKey("source")) {
      a.source = requiredText("source", p.get("source"));
    }
    String requestedPaymentStatus =
        p.containsKey("payment_status")
            ? requiredText("payment_status", p.get("payment_status"))
            : null;
    for (String key :
        new String[] {
          "client_phone",
          "client_gender",
          "client_comment",
          "external_ref",
          "idempotency_key",
          "prepaid_payment_method",
          "settlement_payment_method"
        }) {
      if (p.containsKey(key)) {
        a.setText(key, text(p.get(key)));
      }
    }
    if (p.containsKey("client_identifier")) {
      String identifier = text(p.get("client_identifier"));
      a.clientIdentifier = identifier == null ? null : Iin.normalize(identifier);
    }
    if (p.containsKey("client_birth_date")) {
      a.clientBirthDate = date(p.get("client_birth_date"));
    }
    if (p.containsKey("custom_attributes")) {
      JsonElement attributes = p.get("custom_attributes");
      if (attributes != null && attributes.isJsonObject()) {
        for (Map.Entry<String, JsonElement> entry : attributes.getAsJsonObject().entrySet()) {
          a.customAttributes.add(entry.getKey(), entry.getValue());
        }
      }
    }
    if (p.containsKey("duration_min")) {
      a.durationMin = integerOrZero(p.get("duration_min"));
    }
    if (a.durationMin <= 0) {
      long minutes = Math.round(ChronoUnit.SECONDS.between(a.startsAt, a.endsAt) / 60.0);
      a.durationMin = (int) Math.max(minutes, 5);
    }
    for (String key : new String[] {"service_amount", "prepaid_amount", "settlement_amount"}) {
      if (p.containsKey(key)) {
        a.setAmount(key, money(key, p.get(key)));
      }
    }
    if (creating || serviceChanged || resourceChanged) {
      fillFromLinks(a, p, creating);
    }
    if (a.clientName == null || p.containsKey("client_name")) {
      String name = text(p.get("client_name"));
      a.clientName = name != null ? name : contactName(a.contactId);
      if (a.clientName == null) {
        throw ApiError.validation("client_name is required");
      }
    }
    if (!"cancelled".equals(a.status)) {
      a.paymentStatus = null;
    }
    validate(a);
    if (!"cancelled".equals(a.status)) {
      resources.get(a.resourceId).schedule.check(a.startsAt, a.endsAt, holidays);
      for (Appointment other : appointments.values()) {
        if (other.id != a.id
            && other.resourceId == a.resourceId
            && !"cancelled".equals(other.status)
            && other.startsAt.isBefore(a.endsAt)
            && other.endsAt.isAfter(a.startsAt)) {
          throw ApiError.conflict("SLOT_CONFLICT", "Slot is already booked");
        }
      }
    }
    for (Appointment other : appointments.values()) {
      if (other.id == a.id) {
        continue;
      }
      if (a.externalRef != null && a.externalRef.equals(other.externalRef)) {
        throw ApiError.conflict(
            "DUPLICATE_EXTERNAL_REF", "external_ref must be unique within account");
      }
      if (a.idempotencyKey != null && a.idempotencyKey.equals(other.idempotencyKey)) {
        throw ApiError.conflict(
            "DUPLICATE_IDEMPOTENCY_KEY", "idempotency_key must be unique within account");
      }
    }
    derivePayments(a, requestedPaymentStatus);
  }

  /** Service price and snapshots, compensation, and what the contact can fill in. */
  private void fillFromLinks(Appointment a, Map<String, JsonElement> p, boolean creating) {
    Service service = a.serviceId == null ? null : services.get(a.serviceId);
    if (service != null) {
      if (!service.active || service.price <= 0) {
        throw ApiError.scheduling(
            422,
            "SERVICE_NOT_AVAILABLE_FOR_RESOURCE",
            "Service is not available for this resource");
      }
      a.serviceNameSnapshot = service.name;
      a.serviceTypeSnapshot = service.type;
      a.serviceDurationMinSnapshot = service.durationMin;
      if (!p.containsKey("service_amount")) {
        a.serviceAmount = service.price;
      }
    } else if (creating && !p.containsKey("service_amount")) {
      throw ApiError.validation("service_amount is required and must be greater than 0");
    }
    Resource resource = resources.get(a.resourceId);
    a.compensationTypeSnapshot = resource.compensationType;
    a.compensationValueSnapshot = resource.compensationValue;
    Contact contact = a.contactId == null ? null : contacts.get(a.contactId);
    if (creating && contact != null) {
      a.clientPhone = a.clientPhone != null ? a.clientPhone : contact.phone;
      a.clientIdentifier = a.clientIdentifier != null ? a.clientIdentifier : contact.identifier;
      a.clientBirthDate = a.clientBirthDate != null ? a.clientBirthDate : contact.birthDate;
      a.clientGender = a.clientGender != null ? a.clientGender : contact.gender;
    }
  }

  /** The model validations (422 VALIDATION_ERROR with per-attribute details). */
  private static void validate(Appointment a) {
    if (!STATUSES.contains(a.status)) {
      throw ApiError.invalid("status", "Status is not included in the list");
    }
    if (!TYPES.contains(a.appointmentType)) {
      throw ApiError.invalid("appointment_type", "Appointment type is not included in the list");
    }
    if (a.durationMin < 5) {
      throw ApiError.invalid("duration_min", "Duration min must be greater than or equal to 5");
    }
    if (a.durationMin > 720) {
      throw ApiError.invalid("duration_min", "Duration min must be less than or equal to 720");
    }
    checkMethod(
        "prepaid_payment_method",
        "Prepaid payment method",
        a.prepaidPaymentMethod,
        a.prepaidAmount);
    checkMethod(
        "settlement_payment_method",
        "Settlement payment method",
        a.settlementPaymentMethod,
        a.settlementAmount);
    if (a.serviceAmount > 0 && a.prepaidAmount + a.settlementAmount > a.serviceAmount) {
      throw ApiError.invalid("base", "Total received amount cannot exceed service_amount");
    }
  }

  private static void checkMethod(String key, String label, String method, long amount) {
    if (method != null && !PAYMENT_METHODS.contains(method)) {
      throw ApiError.invalid(key, label + " is not included in the list");
    }
    if (amount > 0 && method == null) {
      throw ApiError.invalid(key, label + " can't be blank");
    }
  }

  /**
   * payment_status is derived from the amounts, payments and the expense follow (contract §2.1,
   * §3).
   */
  private void derivePayments(Appointment a, String requested) {
    if ("cancelled".equals(requested) || "cancelled".equals(a.status)) {
      a.paymentStatus = "cancelled";
    } else if (requested != null && !PAYMENT_STATUSES.contains(requested)) {
      throw ApiError.invalid("payment_status", "Payment status is not included in the list");
    } else if (a.prepaidAmount + a.settlementAmount <= 0) {
      a.paymentStatus = "awaiting_payment";
    } else if (a.serviceAmount <= 0 || a.prepaidAmount + a.settlementAmount >= a.serviceAmount) {
      a.paymentStatus = "paid";
    } else {
      a.paymentStatus = "prepaid";
    }
    // One row per amount received; rows whose amount, method and kind are unchanged keep their ids.
    List<String[]> wanted = new ArrayList<>();
    if (a.prepaidAmount > 0) {
      wanted.add(new String[] {String.valueOf(a.prepaidAmount), a.prepaidPaymentMethod, "prepaid"});
    }
    if (a.settlementAmount > 0) {
      wanted.add(
          new String[] {String.valueOf(a.settlementAmount), a.settlementPaymentMethod, "payment"});
    }
    List<JsonObject> payments = new ArrayList<>();
    for (String[] row : wanted) {
      JsonObject kept = null;
      for (JsonObject existing : a.payments) {
        if (existing.get("amount").getAsString().equals(row[0])
            && existing.get("payment_method").getAsString().equals(row[1])
            && existing.get("payment_kind").getAsString().equals(row[2])) {
          kept = existing;
        }
      }
      payments.add(kept != null ? kept : payment(a, Long.parseLong(row[0]), row[1], row[2]));
    }
    a.payments = payments;
    if ("paid".equals(a.paymentStatus)) {
      if (a.expense == null) {
        long amount =
            "percent".equals(a.compensationTypeSnapshot)
                ? Math.round(a.serviceAmount * a.compensationValueSnapshot / 100.0)
                : a.compensationValueSnapshot;
        JsonObject expense = new JsonObject();
        expense.addProperty("id", nextExpenseId++);
        expense.addProperty("account_id", accountId);
        expense.addProperty("appointment_id", a.id);
        expense.addProperty("resource_id", a.resourceId);
        expense.addProperty("amount", amount);
        expense.addProperty("status", "unpaid");
        expense.add("paid_at", JsonNull.INSTANCE);
        expense.add("paid_by_id", JsonNull.INSTANCE);
        expense.addProperty("created_at", timestamp(now()));
        expense.addProperty("updated_at", timestamp(now()));
        a.expense = expense;
      }
    } else {
      a.expense = null;
    }
  }

  private JsonObject payment(Appointment a, long amount, String method, String kind) {
    JsonObject payment = new JsonObject();
    payment.addProperty("id", nextPaymentId++);
    payment.addProperty("account_id", accountId);
    payment.addProperty("appointment_id", a.id);
    payment.addProperty("recorded_by_id", userId);
    payment.addProperty("amount", amount);
    payment.addProperty("payment_method", method);
    payment.addProperty("payment_kind", kind);
    payment.addProperty("created_at", timestamp(now()));
    payment.addProperty("updated_at", timestamp(now()));
    return payment;
  }

  // ---- reading request values like the server does -------------------------------------------

  private Appointment find(long id) {
    Appointment appointment = appointments.get(id);
    if (appointment == null) {
      throw ApiError.notFound();
    }
    return appointment;
  }

  private Appointment editable(long id) {
    Appointment appointment = find(id);
    if ("medelement".equals(appointment.source)) {
      throw ApiError.scheduling(
          422, "APPOINTMENT_READ_ONLY", "Imported Medelement appointments are read-only");
    }
    return appointment;
  }

  private static Map<String, JsonElement> permitted(JsonObject body) {
    Map<String, JsonElement> params = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry : body.entrySet()) {
      if (PERMITTED.contains(entry.getKey())) {
        params.put(entry.getKey(), entry.getValue());
      }
    }
    return params;
  }

  private static String text(JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return null;
    }
    String text = value.isJsonPrimitive() ? value.getAsString().trim() : value.toString();
    return text.isEmpty() ? null : text;
  }

  private static String requiredText(String key, JsonElement value) {
    String text = text(value);
    if (text == null) {
      throw ApiError.validation(key + " is required");
    }
    return text;
  }

  /**
   * An association id: blank clears it; an id the account does not have is RecordNotFound (404).
   */
  private static Long association(JsonElement value, Set<Long> known) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    Long id = id(value);
    if (id == null || !known.contains(id)) {
      throw ApiError.notFound();
    }
    return id;
  }

  private static Long id(JsonElement value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Integer(value) in Ruby: "20000" is fine, "20000.0" is not (the baseline server). */
  private static long money(String key, JsonElement value) {
    String text = text(value);
    if (text == null) {
      return 0;
    }
    try {
      long amount = new BigDecimal(text).longValueExact();
      if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString() && text.contains(".")) {
        throw new ArithmeticException("not an integer literal");
      }
      if (amount < 0) {
        throw ApiError.invalid(key, humanize(key) + " must be greater than or equal to 0");
      }
      return amount;
    } catch (NumberFormatException | ArithmeticException e) {
      throw ApiError.validation(key + " must be an integer");
    }
  }

  private static int integerOrZero(JsonElement value) {
    String text = text(value);
    if (text == null) {
      return 0;
    }
    try {
      return new BigDecimal(text).intValue();
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static OffsetDateTime requiredTime(String key, JsonElement value) {
    String text = text(value);
    if (text == null) {
      // The real server reaches arithmetic on nil here (a 500, contract §2.1); the sandbox is
      // kinder.
      throw ApiError.validation(key + " is required");
    }
    return time(key, text);
  }

  /** Time.zone.parse with the server zone UTC: an offset is honoured, none means UTC. */
  static OffsetDateTime time(String key, String text) {
    String value = text.trim().replace(' ', 'T');
    try {
      return OffsetDateTime.parse(value).withOffsetSameInstant(ZoneOffset.UTC);
    } catch (DateTimeException withOffset) {
      try {
        return LocalDateTime.parse(value).atOffset(ZoneOffset.UTC);
      } catch (DateTimeException withoutOffset) {
        try {
          return LocalDate.parse(value).atStartOfDay().atOffset(ZoneOffset.UTC);
        } catch (DateTimeException notADate) {
          throw ApiError.validation(key + " must be a valid datetime");
        }
      }
    }
  }

  private static LocalDate date(JsonElement value) {
    String text = text(value);
    if (text == null) {
      return null;
    }
    try {
      return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (DateTimeException e) {
      return null; // Rails casts an unreadable date to nil
    }
  }

  private static Set<String> csv(String value) {
    if (value == null) {
      return null;
    }
    Set<String> values = new HashSet<>();
    for (String part : value.split(",")) {
      if (!part.trim().isEmpty()) {
        values.add(part.trim());
      }
    }
    return values.isEmpty() ? null : values;
  }

  private static Set<Long> csvIds(String value) {
    Set<String> parts = csv(value);
    if (parts == null) {
      return null;
    }
    Set<Long> ids = new HashSet<>();
    for (String part : parts) {
      Long id = id(new JsonPrimitive(part));
      ids.add(id == null ? 0 : id); // to_i: a non-number matches nothing
    }
    return ids;
  }

  private static String humanize(String key) {
    String words = key.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private String contactName(Long contactId) {
    Contact contact = contactId == null ? null : contacts.get(contactId);
    if (contact == null) {
      return null;
    }
    return contact.name != null
        ? contact.name
        : contact.email != null ? contact.email : contact.phone;
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock)
        .withOffsetSameInstant(ZoneOffset.UTC)
        .truncatedTo(ChronoUnit.SECONDS);
  }

  static String timestamp(OffsetDateTime time) {
    return time == null
        ? null
        : DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time.withOffsetSameInstant(ZoneOffset.UTC));
  }

  /**
   * One appointment row, rendered with the 38 keys of the baseline payload builder (contract §3.1).
   */
  static final class Appointment {
    final long id;
    final long accountId;
    long resourceId;
    Long contactId;
    Long serviceId;
    Long companyId;
    Long conversationId;
    Long createdById;
    String serviceNameSnapshot;
    String serviceTypeSnapshot;
    Integer serviceDurationMinSnapshot;
    OffsetDateTime startsAt;
    OffsetDateTime endsAt;
    int durationMin;
    String status = "scheduled";
    String appointmentType = "primary";
    String clientName;
    String clientPhone;
    String clientIdentifier;
    LocalDate clientBirthDate;
    String clientGender;
    String clientComment;
    String source = "manual";
    String externalRef;
    String idempotencyKey;
    long serviceAmount;
    String compensationTypeSnapshot;
    Long compensationValueSnapshot = 0L;
    long prepaidAmount;
    String prepaidPaymentMethod;
    long settlementAmount;
    String settlementPaymentMethod;
    String paymentStatus = "awaiting_payment";
    JsonObject customAttributes = new JsonObject();
    List<JsonObject> payments = Collections.emptyList();
    JsonObject expense;
    final OffsetDateTime createdAt;
    OffsetDateTime updatedAt;

    Appointment(long id, long accountId, OffsetDateTime now) {
      this.id = id;
      this.accountId = accountId;
      this.createdAt = now;
      this.updatedAt = now;
    }

    Appointment copy() {
      Appointment c = new Appointment(id, accountId, createdAt);
      c.resourceId = resourceId;
      c.contactId = contactId;
      c.serviceId = serviceId;
      c.companyId = companyId;
      c.conversationId = conversationId;
      c.createdById = createdById;
      c.serviceNameSnapshot = serviceNameSnapshot;
      c.serviceTypeSnapshot = serviceTypeSnapshot;
      c.serviceDurationMinSnapshot = serviceDurationMinSnapshot;
      c.startsAt = startsAt;
      c.endsAt = endsAt;
      c.durationMin = durationMin;
      c.status = status;
      c.appointmentType = appointmentType;
      c.clientName = clientName;
      c.clientPhone = clientPhone;
      c.clientIdentifier = clientIdentifier;
      c.clientBirthDate = clientBirthDate;
      c.clientGender = clientGender;
      c.clientComment = clientComment;
      c.source = source;
      c.externalRef = externalRef;
      c.idempotencyKey = idempotencyKey;
      c.serviceAmount = serviceAmount;
      c.compensationTypeSnapshot = compensationTypeSnapshot;
      c.compensationValueSnapshot = compensationValueSnapshot;
      c.prepaidAmount = prepaidAmount;
      c.prepaidPaymentMethod = prepaidPaymentMethod;
      c.settlementAmount = settlementAmount;
      c.settlementPaymentMethod = settlementPaymentMethod;
      c.paymentStatus = paymentStatus;
      c.customAttributes = customAttributes.deepCopy();
      c.payments = payments;
      c.expense = expense;
      c.updatedAt = updatedAt;
      return c;
    }

    void setText(String key, String value) {
      switch (key) {
        case "client_phone":
          clientPhone = value;
          break;
        case "client_gender":
          clientGender = value;
          break;
        case "client_comment":
          clientComment = value;
          break;
        case "external_ref":
          externalRef = value;
          break;
        case "idempotency_key":
          idempotencyKey = value;
          break;
        case "prepaid_payment_method":
          prepaidPaymentMethod = value;
          break;
        case "settlement_payment_method":
          settlementPaymentMethod = value;
          break;
        default:
          throw new IllegalArgumentException(key);
      }
    }

    void setAmount(String key, long value) {
      switch (key) {
        case "service_amount":
          serviceAmount = value;
          break;
        case "prepaid_amount":
          prepaidAmount = value;
          break;
        case "settlement_amount":
          settlementAmount = value;
          break;
        default:
          throw new IllegalArgumentException(key);
      }
    }

    JsonObject toJson() {
      JsonObject json = new JsonObject();
      json.addProperty("id", id);
      json.addProperty("account_id", accountId);
      json.addProperty("resource_id", resourceId);
      json.addProperty("contact_id", contactId);
      json.addProperty("service_id", serviceId);
      json.addProperty("company_id", companyId);
      json.addProperty("conversation_id", conversationId);
      json.addProperty("created_by_id", createdById);
      json.addProperty("service_name_snapshot", serviceNameSnapshot);
      json.addProperty("service_type_snapshot", serviceTypeSnapshot);
      json.addProperty("service_duration_min_snapshot", serviceDurationMinSnapshot);
      json.addProperty("starts_at", timestamp(startsAt));
      json.addProperty("ends_at", timestamp(endsAt));
      json.addProperty("duration_min", durationMin);
      json.addProperty("status", status);
      json.addProperty("appointment_type", appointmentType);
      json.addProperty("client_name", clientName);
      json.addProperty("client_phone", clientPhone);
      json.addProperty("client_identifier", clientIdentifier);
      json.addProperty(
          "client_birth_date", clientBirthDate == null ? null : clientBirthDate.toString());
      json.addProperty("client_gender", clientGender);
      json.addProperty("client_comment", clientComment);
      json.addProperty("source", source);
      json.addProperty("external_ref", externalRef);
      json.addProperty("idempotency_key", idempotencyKey);
      json.addProperty("service_amount", serviceAmount);
      json.addProperty("compensation_type_snapshot", compensationTypeSnapshot);
      json.addProperty("compensation_value_snapshot", compensationValueSnapshot);
      json.addProperty("prepaid_amount", prepaidAmount);
      json.addProperty("prepaid_payment_method", prepaidPaymentMethod);
      json.addProperty("settlement_amount", settlementAmount);
      json.addProperty("settlement_payment_method", settlementPaymentMethod);
      json.addProperty("payment_status", paymentStatus);
      json.add("custom_attributes", customAttributes.deepCopy());
      JsonArray paymentsJson = new JsonArray();
      for (JsonObject payment : payments) {
        paymentsJson.add(payment.deepCopy());
      }
      json.add("payments", paymentsJson);
      json.add("expense", expense == null ? JsonNull.INSTANCE : expense.deepCopy());
      json.addProperty("created_at", timestamp(createdAt));
      json.addProperty("updated_at", timestamp(updatedAt));
      return json;
    }
  }
}
