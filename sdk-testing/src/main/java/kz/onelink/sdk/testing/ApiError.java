package kz.onelink.sdk.testing;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/** An error response in one of the shapes the real server sends (contract §5, §6). */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final JsonObject body;

  private ApiError(int status, JsonObject body) {
    super(null, null, false, false); // no stack trace: an answer, not a bug
    this.status = status;
    this.body = body;
  }

  @Override
  public String getMessage() {
    return status + " " + body;
  }

  /** The scheduling envelope: {@code {"error", "code"}}. */
  static ApiError scheduling(int status, String code, String message) {
    return scheduling(status, code, message, Collections.<String, List<String>>emptyMap());
  }

  /**
   * The scheduling envelope of a model validation: {@code details} maps each attribute to its full
   * messages ({@code errors.to_hash(true)}), and appears only when there are some.
   */
  static ApiError scheduling(
      int status, String code, String message, Map<String, List<String>> details) {
    JsonObject body = new JsonObject();
    body.addProperty("error", message);
    body.addProperty("code", code);
    if (!details.isEmpty()) {
      JsonObject detailsJson = new JsonObject();
      for (Map.Entry<String, List<String>> entry : details.entrySet()) {
        JsonArray messages = new JsonArray();
        for (String fullMessage : entry.getValue()) {
          messages.add(fullMessage);
        }
        detailsJson.add(entry.getKey(), messages);
      }
      body.add("details", detailsJson);
    }
    return new ApiError(status, body);
  }

  /**
   * {@code RecordInvalid} as the scheduling base controller renders it: every full message as one
   * sentence, {@code details} per attribute, and 409 {@code DUPLICATE_EXTERNAL_REF} or {@code
   * DUPLICATE_IDEMPOTENCY_KEY} instead of 422 when one of those keys is taken ({@code
   * validation_error_metadata_for}).
   */
  static ApiError recordInvalid(Map<String, List<String>> details) {
    List<String> all = new java.util.ArrayList<>();
    for (List<String> messages : details.values()) {
      all.addAll(messages);
    }
    String message = RailsMessages.sentence(all);
    if (taken(details, "external_ref")) {
      return scheduling(409, "DUPLICATE_EXTERNAL_REF", message, details);
    }
    if (taken(details, "idempotency_key")) {
      return scheduling(409, "DUPLICATE_IDEMPOTENCY_KEY", message, details);
    }
    return scheduling(422, "VALIDATION_ERROR", message, details);
  }

  private static boolean taken(Map<String, List<String>> details, String attribute) {
    List<String> messages = details.get(attribute);
    if (messages == null) {
      return false;
    }
    for (String message : messages) {
      if (message.matches("(?i).*(taken|unique).*")) {
        return true;
      }
    }
    return false;
  }

  /** An {@code ArgumentError} of the upsert: 422 VALIDATION_ERROR without details. */
  static ApiError validation(String message) {
    return scheduling(422, "VALIDATION_ERROR", message);
  }

  /** The scheduling envelope with free-form {@code details} ({@code Scheduling::Error}). */
  static ApiError scheduling(int status, String code, String message, JsonObject details) {
    JsonObject body = new JsonObject();
    body.addProperty("error", message);
    body.addProperty("code", code);
    body.add("details", details);
    return new ApiError(status, body);
  }

  /** A model validation failure on one attribute. */
  static ApiError invalid(String attribute, String fullMessage) {
    return scheduling(
        422,
        "VALIDATION_ERROR",
        fullMessage,
        Collections.singletonMap(attribute, Collections.singletonList(fullMessage)));
  }

  static ApiError conflict(String code, String message) {
    return scheduling(409, code, message);
  }

  /** Chatwoot's generic handlers: {@code {"error": "..."}} without a code. */
  static ApiError generic(int status, String message) {
    JsonObject body = new JsonObject();
    body.addProperty("error", message);
    return new ApiError(status, body);
  }

  /** {@code RecordNotFound}, whatever was not found (contract §5.3). */
  static ApiError notFound() {
    return generic(404, "Resource could not be found");
  }

  /** Devise's answer to a request without a token: {@code {"errors": [...]}}. */
  static ApiError signInRequired() {
    JsonObject body = new JsonObject();
    JsonArray errors = new JsonArray();
    errors.add("You need to sign in or sign up before continuing.");
    body.add("errors", errors);
    return new ApiError(401, body);
  }

  /** Rails' own JSON error page, for unknown routes and unparsable bodies. */
  static ApiError rails(int status, String error) {
    JsonObject body = new JsonObject();
    body.addProperty("status", status);
    body.addProperty("error", error);
    return new ApiError(status, body);
  }

  /**
   * What the sandbox answers when the spec asks for something it cannot do by itself (an action or
   * view without a rule, a list filter without {@code x-onelink-filter}): a 501 no server sends, so
   * spec-conformance checks fail loudly instead of a test passing on a silently ignored filter.
   */
  static ApiError unsupported(String what) {
    return generic(501, "The OneLink sandbox cannot serve this: " + what);
  }
}
