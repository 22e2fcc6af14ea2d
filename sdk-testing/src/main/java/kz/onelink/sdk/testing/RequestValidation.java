package kz.onelink.sdk.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.report.ValidationReport.Message;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Checks a request against the spec with swagger-request-validator, and answers as the server does.
 * What the server refuses while reading the request is thrown: a missing required query parameter,
 * a time it cannot parse (422 {@code VALIDATION_ERROR}), a body value of the wrong type. What its
 * models refuse (a required key missing, a value outside its list or range) is returned as {@link
 * ModelErrors}, raised at the save after the rules that run first. A number above an int4 column's
 * 2147483647 is no validation error: the server fails on the insert (500). Other query parameters
 * are cast as Rails casts them and never refused; security, path and content type were settled
 * before (auth chain, routing, body parsing).
 */
final class RequestValidation {
  private static final String BODY = "validation.request.body.schema.";
  private static final String PARAMETER = "validation.request.parameter.schema.";
  private static final String MISSING_QUERY = "validation.request.parameter.query.missing";

  /** The largest value of a Postgres {@code integer} (int4) column. */
  static final BigDecimal INT4_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final OpenApiInteractionValidator validator;

  RequestValidation(OpenApiInteractionValidator validator) {
    this.validator = validator;
  }

  /** What a valid request's body may still do wrong: model errors, a column overflow. */
  static final class Outcome {
    final ModelErrors errors = new ModelErrors();
    boolean int4Overflow;
  }

  Outcome check(
      Operation operation,
      String path,
      Map<String, List<String>> query,
      @Nullable JsonObject body) {
    Outcome outcome = new Outcome();
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
      return outcome;
    }
    List<Message> messages = errors(report.getMessages());
    checkQuery(operation, messages);
    if (operation.requestBody != null) {
      checkBody(operation.requestBody, body == null ? new JsonObject() : body, messages, outcome);
    }
    return outcome;
  }

  private static void checkQuery(Operation operation, List<Message> messages) {
    for (Message message : messages) {
      String name = parameterName(message);
      if (name == null) {
        continue;
      }
      if (message.getKey().equals(MISSING_QUERY)) {
        throw ApiError.validation(name + " is required");
      }
      QueryParameter parameter = parameter(operation, name);
      if (parameter == null || !parameter.isTime() || parameter.isArray()) {
        continue; // cast as Rails casts it: never refused
      }
      if (message.getKey().startsWith(PARAMETER + "format.date-time")) {
        throw ApiError.validation(name + " must be a valid datetime");
      }
      if (message.getKey().startsWith(PARAMETER + "format.date")) {
        throw ApiError.validation("invalid date"); // Date.iso8601's Date::Error
      }
    }
  }

  private static void checkBody(
      SchemaView schema, JsonObject body, List<Message> messages, Outcome outcome) {
    Map<String, List<String>> unreadable = new LinkedHashMap<>();
    for (Message message : messages) {
      if (!message.getKey().startsWith(BODY)) {
        continue;
      }
      String keyword = message.getKey().substring(BODY.length());
      String pointer = pointer(message);
      if ("required".equals(keyword)) {
        for (String missing : missing(schema, body, pointer)) {
          outcome.errors.add(
              attribute(pointer + "/" + missing),
              RailsMessages.full(attribute(pointer + "/" + missing), keyword, null, false));
        }
        continue;
      }
      SchemaView declared = JsonPointers.schema(schema, pointer);
      JsonElement sent = JsonPointers.value(body, pointer);
      boolean nullSent = sent != null && sent.isJsonNull();
      if ("maximum".equals(keyword) && isInt4Column(declared)) {
        outcome.int4Overflow = true; // ActiveModel::RangeError on the insert
        continue;
      }
      String full = RailsMessages.full(attribute(pointer), keyword, declared, nullSent);
      if (!nullSent && ("type".equals(keyword) || keyword.startsWith("format"))) {
        add(unreadable, attribute(pointer), full);
      } else {
        outcome.errors.add(attribute(pointer), full);
      }
    }
    if (!unreadable.isEmpty()) {
      List<String> all = new ArrayList<>();
      for (List<String> fullMessages : unreadable.values()) {
        all.addAll(fullMessages);
      }
      throw ApiError.scheduling(422, "VALIDATION_ERROR", RailsMessages.sentence(all), unreadable);
    }
  }

  /**
   * A schema capped at 2147483647: an int4 column, which takes the number and fails to store it.
   */
  private static boolean isInt4Column(@Nullable SchemaView schema) {
    return schema != null && schema.maximum != null && schema.maximum.compareTo(INT4_MAX) == 0;
  }

  private static @Nullable QueryParameter parameter(Operation operation, String name) {
    for (QueryParameter parameter : operation.query) {
      if (parameter.name.equals(name)) {
        return parameter;
      }
    }
    return null;
  }

  private static void add(Map<String, List<String>> details, String attribute, String full) {
    List<String> messages = details.get(attribute);
    if (messages == null) {
      messages = new ArrayList<>();
      details.put(attribute, messages);
    }
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
