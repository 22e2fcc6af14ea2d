package kz.onelink.sdk.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request against the spec with swagger-request-validator, and answers what it refuses as
 * the server does: 422 {@code VALIDATION_ERROR}, with {@code details} per body attribute in Rails'
 * words. Array query parameters are filters, which the server matches and never refuses; security,
 * path and content type were settled before (auth chain, routing, body parsing).
 */
final class RequestValidation {
  private static final String BODY = "validation.request.body.schema.";
  private static final String PARAMETER = "validation.request.parameter.schema.";
  private static final String MISSING_QUERY = "validation.request.parameter.query.missing";

  private final OpenApiInteractionValidator validator;

  RequestValidation(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  void check(
      Operation operation,
      String path,
      Map<String, List<String>> query,
      @Nullable JsonObject body) {
    SimpleRequest.Builder request =
        new SimpleRequest.Builder(operation.method, path).withHeader("api_access_token", "checked");
    for (Map.Entry<String, List<String>> parameter : query.entrySet()) {
      request.withQueryParam(parameter.getKey(), parameter.getValue());
    }
    if (operation.requestBody != null) {
      request.withContentType("application/json").withBody(body == null ? "{}" : body.toString());
    }
    ValidationReport report = validator.validateRequest(request.build());
    if (!report.hasErrors()) {
      return;
    }
    List<Message> messages = errors(report.getMessages());
    checkQuery(operation, messages);
    if (operation.requestBody != null) {
      checkBody(operation.requestBody, body == null ? new JsonObject() : body, messages);
    }
  }

  private static void checkQuery(Operation operation, List<Message> messages) {
    for (Message message : messages) {
      String name = parameterName(message);
      if (name == null || isFilter(operation, name)) {
        continue;
      }
      if (message.getKey().equals(MISSING_QUERY)) {
        throw ApiError.validation(name + " is required");
      }
      if (message.getKey().startsWith(PARAMETER + "format.date")) {
        throw ApiError.validation(name + " must be a valid datetime");
      }
      if (message.getKey().startsWith(PARAMETER)) {
        throw ApiError.validation(name + " is invalid");
      }
    }
  }

  private static void checkBody(SchemaView schema, JsonObject body, List<Message> messages) {
    Map<String, List<String>> details = new LinkedHashMap<>();
    for (Message message : messages) {
      if (!message.getKey().startsWith(BODY)) {
        continue;
      }
      String keyword = message.getKey().substring(BODY.length());
      String pointer = pointer(message);
      if ("required".equals(keyword)) {
        for (String missing : missing(schema, body, pointer)) {
          add(details, attribute(pointer + "/" + missing), keyword, null, false);
        }
      } else {
        JsonElement sent = JsonPointers.value(body, pointer);
        add(
            details,
            attribute(pointer),
            keyword,
            JsonPointers.schema(schema, pointer),
            sent != null && sent.isJsonNull());
      }
    }
    if (!details.isEmpty()) {
      List<String> all = new ArrayList<>();
      for (List<String> fullMessages : details.values()) {
        all.addAll(fullMessages);
      }
      throw ApiError.scheduling(422, "VALIDATION_ERROR", RailsMessages.sentence(all), details);
    }
  }

  private static void add(
      Map<String, List<String>> details,
      String attribute,
      String keyword,
      @Nullable SchemaView schema,
      boolean nullSent) {
    List<String> messages = details.get(attribute);
    if (messages == null) {
      messages = new ArrayList<>();
      details.put(attribute, messages);
    }
    String full = RailsMessages.full(attribute, keyword, schema, nullSent);
    if (!messages.contains(full)) {
      messages.add(full);
    }
  }

  /** The required properties absent from the object at {@code pointer}. */
  private static List<String> missing(SchemaView root, JsonObject body, String pointer) {
    List<String> missing = new ArrayList<>();
    SchemaView schema = JsonPointers.schema(root, pointer);
    JsonElement value = JsonPointers.value(body, pointer);
    if (schema == null || value == null || !value.isJsonObject()) {
      return missing;
    }
    for (String name : schema.required) {
      if (!value.getAsJsonObject().has(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  /**
   * {@code /work_rules/0/weekday} reads as {@code work_rules.weekday}, as Rails names nested
   * errors.
   */
  private static String attribute(String pointer) {
    List<String> names = new ArrayList<>();
    for (String segment : pointer.split("/", -1)) {
      if (!segment.isEmpty() && !segment.matches("\\d+")) {
        names.add(segment);
      }
    }
    return names.isEmpty() ? "base" : String.join(".", names);
  }

  private static boolean isFilter(Operation operation, String name) {
    for (QueryParameter parameter : operation.query) {
      if (parameter.name.equals(name)) {
        return parameter.isArray();
      }
    }
    return false;
  }

  private static @Nullable String parameterName(Message message) {
    return message
        .getContext()
        .flatMap(ValidationReport.MessageContext::getParameter)
        .filter(parameter -> "query".equals(parameter.getIn()))
        .map(parameter -> parameter.getName())
        .orElse(null);
  }

  private static String pointer(Message message) {
    String pointer =
        message
            .getContext()
            .flatMap(ValidationReport.MessageContext::getPointers)
            .map(ValidationReport.MessageContext.Pointers::getInstance)
            .orElse("");
    return "/".equals(pointer) ? "" : pointer;
  }

  /** The errors, with an {@code allOf} failure replaced by the failures of its parts. */
  private static List<Message> errors(List<Message> messages) {
    List<Message> errors = new ArrayList<>();
    for (Message message : messages) {
      if (message.getLevel() != ValidationReport.Level.ERROR) {
        continue;
      }
      if (message.getNestedMessages().isEmpty()) {
        errors.add(message);
      } else {
        errors.addAll(errors(message.getNestedMessages()));
      }
    }
    return errors;
  }
}
