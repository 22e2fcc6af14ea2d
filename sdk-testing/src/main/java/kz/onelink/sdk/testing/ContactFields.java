package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A contact as B0's scheduling controller writes it ({@code
 * contacts_controller.rb@e9defc735aef#contact_attributes}, {@code #contact_custom_attributes}), for
 * create and update alike: the name is {@code full_name}, else {@code name}; the phone is {@code
 * phone}, else {@code phone_number}, normalized (ten digits become {@code +7} and the digits,
 * eleven or more starting with 7 or 8 become {@code +7} and the next ten); the identifier is {@code
 * identifier}, else the IIN; {@code iin} must pass its checksum (422 {@code INVALID_IIN}). Blank
 * and null values are ignored, so nothing can be cleared. {@code custom_attributes} are merged into
 * the stored ones, with {@code birth_date}, {@code gender} and the IIN written into them, and the
 * payload's {@code birth_date}, {@code gender} and {@code identifier} read back from them. The
 * contact model then wants an E.164 phone and a phone and identifier no other contact has.
 */
final class ContactFields implements WriteRule {
  private static final Pattern E164 = Pattern.compile("\\+[1-9]\\d{1,14}$");

  @Override
  public void apply(Write write) {
    JsonObject params = write.params;
    JsonObject contact = base(write);
    String sentIin = presence(params, "iin");
    String iin = sentIin == null ? null : Iin.normalize(sentIin);
    String name = first(presence(params, "full_name"), presence(params, "name"));
    if (name != null) {
      contact.addProperty("full_name", name);
    }
    String phone =
        normalizePhone(first(presence(params, "phone"), presence(params, "phone_number")));
    if (phone != null) {
      contact.addProperty("phone", phone);
    }
    String identifier = first(presence(params, "identifier"), iin);
    if (identifier != null) {
      contact.addProperty("identifier", identifier);
    }
    Long company = Json.number(params, "company_id");
    if (company != null) {
      contact.addProperty("company_id", company);
    }
    JsonObject attributes = Json.object(contact, "custom_attributes").deepCopy();
    for (Map.Entry<String, JsonElement> entry :
        Json.object(params, "custom_attributes").entrySet()) {
      attributes.add(entry.getKey(), entry.getValue().deepCopy());
    }
    putIfPresent(attributes, "birth_date", presence(params, "birth_date"));
    putIfPresent(attributes, "gender", presence(params, "gender"));
    putIfPresent(attributes, "iin", iin);
    contact.add("custom_attributes", attributes);
    contact.add("birth_date", Json.of(Json.text(attributes, "birth_date")));
    contact.add("gender", Json.of(Json.text(attributes, "gender")));
    if (Json.text(contact, "identifier") == null) {
      contact.add("identifier", Json.of(Json.text(attributes, "iin")));
    }
    replace(write.draft, contact);
    String stored = Json.text(contact, "phone");
    if (stored != null && !E164.matcher(stored).find()) {
      write.errors.addMessage("phone_number", "should be in e164 format");
    }
    for (JsonObject other : write.records().read("contacts")) {
      if (stored != null
          && Json.numberOr(other, "id", 0) != write.id()
          && stored.equals(Json.text(other, "phone"))) {
        write.errors.addTaken("phone_number");
      }
    }
  }

  /** The stored contact, or a new one with only what the engine gave it. */
  private static JsonObject base(Write write) {
    if (write.stored != null) {
      return write.stored.deepCopy();
    }
    JsonObject fresh = new JsonObject();
    for (String key : new String[] {"id", "account_id", "created_at", "updated_at"}) {
      fresh.add(key, write.draft.get(key));
    }
    fresh.add("custom_attributes", new JsonObject());
    return fresh;
  }

  private static void replace(JsonObject draft, JsonObject contact) {
    List<String> keys = new ArrayList<>(draft.keySet());
    for (String key : keys) {
      draft.remove(key);
    }
    for (Map.Entry<String, JsonElement> entry : contact.entrySet()) {
      draft.add(entry.getKey(), entry.getValue());
    }
  }

  private static @Nullable String presence(JsonObject params, String key) {
    return Json.text(params, key);
  }

  private static @Nullable String first(@Nullable String a, @Nullable String b) {
    return a != null ? a : b;
  }

  private static void putIfPresent(JsonObject attributes, String key, @Nullable String value) {
    if (value != null) {
      attributes.addProperty(key, value);
    }
  }

  /** {@code normalize_phone}: E.164 kept; 10 digits → +7…; 11+ starting 7 or 8 → +7 and 10 more. */
  static @Nullable String normalizePhone(@Nullable String raw) {
    if (raw == null) {
      return null;
    }
    String phone = raw.trim();
    if (Pattern.compile("\\+[1-9]\\d{7,14}$").matcher(phone).find()) {
      return phone;
    }
    String digits = phone.replaceAll("\\D", "");
    if (digits.length() == 10) {
      return "+7" + digits;
    }
    if (digits.length() >= 11 && (digits.charAt(0) == '7' || digits.charAt(0) == '8')) {
      return "+7" + digits.substring(1, 11);
    }
    return phone;
  }
}
