package kz.onelink.sdk.testing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A record's validation errors, as ActiveModel collects them: attribute → full messages, all of
 * them, raised together when the record is saved ({@code save!} → {@code RecordInvalid}), after
 * every rule that runs before the save (so a bad slot answers 409 before a bad status answers 422).
 */
final class ModelErrors {
  private final Map<String, List<String>> messages = new LinkedHashMap<>();

  /** Adds {@code fullMessage} ("Duration min is not included in the list") to {@code attribute}. */
  void add(String attribute, String fullMessage) {
    List<String> list = messages.get(attribute);
    if (list == null) {
      list = new ArrayList<>();
      messages.put(attribute, list);
    }
    if (!list.contains(fullMessage)) {
      list.add(fullMessage);
    }
  }

  /** Rails' message for an attribute without its prefix: {@code "must be after starts_at"}. */
  void addMessage(String attribute, String message) {
    add(
        attribute,
        "base".equals(attribute) ? message : RailsMessages.humanize(attribute) + " " + message);
  }

  /** The uniqueness validation's error: "External ref has already been taken". */
  void addTaken(String attribute) {
    addMessage(attribute, "has already been taken");
  }

  void addAll(ModelErrors other) {
    for (Map.Entry<String, List<String>> entry : other.messages.entrySet()) {
      for (String message : entry.getValue()) {
        add(entry.getKey(), message);
      }
    }
  }

  boolean isEmpty() {
    return messages.isEmpty();
  }

  Map<String, List<String>> messages() {
    return Collections.unmodifiableMap(messages);
  }

  /** What the server answers for them: {@link ApiError#recordInvalid}. */
  ApiError toError() {
    return ApiError.recordInvalid(messages);
  }
}
