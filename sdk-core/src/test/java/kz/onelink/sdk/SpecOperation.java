package kz.onelink.sdk;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One operation of openapi.yaml, with what a test derives from it: the Java service and method that
 * call it, the request it must send, its responses and its fixture.
 *
 * <p><b>Fixture convention.</b> The body of a {@code 2xx} response with content is {@code
 * fixtures/<folder>/<name>-<status>.json}: {@code <folder>} is the operation's tag in kebab case
 * ({@code WorkdayOverrides} → {@code workday-overrides}); {@code <name>} is its {@code
 * x-onelink-method} in kebab case, where a method that names a sub-resource puts the noun first and
 * leaves out the verb {@code get} ({@code get} → {@code get}, {@code getWorkRules} → {@code
 * work-rules}, {@code updateWorkRules} → {@code work-rules-update}). A response without content
 * (204) has no fixture.
 */
public final class SpecOperation {
  private final ApiSpec spec;
  private final String path;
  private final String httpMethod;
  private final JsonObject operation;
  private final List<Parameter> parameters;

  SpecOperation(
      ApiSpec spec, String path, String httpMethod, JsonObject pathItem, JsonObject operation) {
    this.spec = spec;
    this.path = path;
    this.httpMethod = httpMethod;
    this.operation = operation;
    // Operation-level parameters override path-level ones with the same name and location.
    Map<String, Parameter> byKey = new LinkedHashMap<>();
    for (JsonObject owner : new JsonObject[] {pathItem, operation}) {
      if (owner.has("parameters")) {
        for (JsonElement element : owner.getAsJsonArray("parameters")) {
          Parameter parameter = new Parameter(spec.resolve(element), spec);
          byKey.put(parameter.in + " " + parameter.name, parameter);
        }
      }
    }
    this.parameters = new ArrayList<>(byKey.values());
  }

  public String operationId() {
    return operation.get("operationId").getAsString();
  }

  /** GET, POST, PATCH, DELETE, ... */
  public String httpMethod() {
    return httpMethod;
  }

  /** The path as the spec writes it, e.g. {@code /api/v1/accounts/{account_id}/scheduling/...}. */
  public String pathTemplate() {
    return path;
  }

  /** The operation's (first) tag, which names its service. */
  public String tag() {
    return operation.getAsJsonArray("tags").get(0).getAsString();
  }

  /** {@code x-onelink-method}: the public method's name. */
  public String javaMethod() {
    return required("x-onelink-method");
  }

  /** {@code x-onelink-returns}: the Java type of the payload, or null for an operation without. */
  public @Nullable String returns() {
    return operation.has("x-onelink-returns")
        ? operation.get("x-onelink-returns").getAsString()
        : null;
  }

  /** {@code x-onelink-idempotency-key}: the body field the SDK fills in, or null. */
  public @Nullable String idempotencyKeyField() {
    return operation.has("x-onelink-idempotency-key")
        ? operation.get("x-onelink-idempotency-key").getAsString()
        : null;
  }

  /**
   * Whether the spec says the request may be sent again after it may have reached the server: a GET
   * or HEAD, {@code x-onelink-retry: safe}, or an idempotency key the server de-duplicates on.
   */
  public boolean repeatable() {
    return httpMethod.equals("GET")
        || httpMethod.equals("HEAD")
        || (operation.has("x-onelink-retry")
            && operation.get("x-onelink-retry").getAsString().equals("safe"))
        || idempotencyKeyField() != null;
  }

  /**
   * The client's accessor of the operation's service: {@code WorkdayOverrides} → {@code
   * workdayOverrides}.
   */
  public String serviceAccessor() {
    String tag = tag();
    return Character.toLowerCase(tag.charAt(0)) + tag.substring(1);
  }

  /** The path parameters, in the order the path names them (the order of the Java arguments). */
  public List<Parameter> pathParameters() {
    List<Parameter> result = new ArrayList<>();
    for (Parameter parameter : parameters) {
      if (parameter.in.equals("path")) {
        result.add(parameter);
      }
    }
    result.sort(Comparator.comparingInt(p -> path.indexOf("{" + p.name + "}")));
    return result;
  }

  /** The query parameters that are required (Java arguments) or optional ({@code *Params}). */
  public List<Parameter> queryParameters(boolean required) {
    List<Parameter> result = new ArrayList<>();
    for (Parameter parameter : parameters) {
      if (parameter.in.equals("query") && parameter.required == required) {
        result.add(parameter);
      }
    }
    return result;
  }

  /** Parameters the SDK has no way to send (header or cookie): the test fails on them. */
  public List<Parameter> otherParameters() {
    List<Parameter> result = new ArrayList<>();
    for (Parameter parameter : parameters) {
      if (!parameter.in.equals("query") && !parameter.in.equals("path")) {
        result.add(parameter);
      }
    }
    return result;
  }

  public boolean hasRequestBody() {
    return operation.has("requestBody");
  }

  /** The request body's media type, e.g. {@code application/json}. */
  public String requestMediaType() {
    return requestContent().getKey();
  }

  /**
   * The request body's example: the media type's {@code example}, else its schema's. Fails when the
   * spec has neither, since the test cannot invent a body.
   */
  public JsonElement requestBodyExample() {
    JsonObject media = requestContent().getValue().getAsJsonObject();
    if (media.has("example")) {
      return media.get("example").deepCopy();
    }
    JsonObject schema = spec.resolve(media.get("schema"));
    if (schema.has("example")) {
      return schema.get("example").deepCopy();
    }
    throw new AssertionError(
        operationId() + ": the spec gives no example of the request body (nor of its schema)");
  }

  private Map.Entry<String, JsonElement> requestContent() {
    JsonObject body = spec.resolve(operation.get("requestBody"));
    Map.Entry<String, JsonElement> first = null;
    for (Map.Entry<String, JsonElement> entry : body.getAsJsonObject("content").entrySet()) {
      if (first == null) {
        first = entry;
      }
    }
    if (first == null) {
      throw new AssertionError(operationId() + ": request body without content");
    }
    return first;
  }

  /** Every declared status, in the order the spec lists them. */
  public List<Integer> statuses() {
    List<Integer> result = new ArrayList<>();
    for (String status : operation.getAsJsonObject("responses").keySet()) {
      try {
        result.add(Integer.parseInt(status));
      } catch (NumberFormatException e) {
        throw new AssertionError(
            operationId() + ": response '" + status + "' is not a status code; tests need codes",
            e);
      }
    }
    return result;
  }

  /** The declared 2xx statuses. */
  public List<Integer> successStatuses() {
    List<Integer> result = new ArrayList<>();
    for (int status : statuses()) {
      if (status >= 200 && status < 300) {
        result.add(status);
      }
    }
    return result;
  }

  /** The declared 4xx and 5xx statuses. */
  public List<Integer> errorStatuses() {
    List<Integer> result = new ArrayList<>();
    for (int status : statuses()) {
      if (status >= 400) {
        result.add(status);
      }
    }
    return result;
  }

  /** The response declared for a status, its {@code $ref} followed. */
  public JsonObject response(int status) {
    JsonElement response = operation.getAsJsonObject("responses").get(String.valueOf(status));
    if (response == null) {
      throw new IllegalArgumentException(operationId() + " declares no " + status);
    }
    return spec.resolve(response);
  }

  /** Whether the response to that status has a body (a 204 has none). */
  public boolean hasContent(int status) {
    JsonObject response = response(status);
    return response.has("content") && response.getAsJsonObject("content").size() > 0;
  }

  /** The media type of the response to that status. */
  public String responseMediaType(int status) {
    return response(status).getAsJsonObject("content").keySet().iterator().next();
  }

  /** The fixture's path under {@code fixtures/}, by the convention in the class comment. */
  public String fixtureName(int status) {
    return kebab(tag()) + "/" + fixtureStem(javaMethod()) + "-" + status + ".json";
  }

  /** The fixture of that success status, parsed (see {@link #fixtureText}). */
  public JsonObject fixture(int status) {
    return JsonParser.parseString(fixtureText(status)).getAsJsonObject();
  }

  /**
   * The fixture of that success status, as the file has it. Fails naming the file when it is
   * missing: build it from the server's payload builder as {@code fixtures/SOURCES.md} describes.
   */
  public String fixtureText(int status) {
    String name = fixtureName(status);
    if (SpecOperation.class.getResource("/fixtures/" + name) == null) {
      throw new AssertionError(
          operationId()
              + " "
              + status
              + ": missing fixture sdk-core/src/test/resources/fixtures/"
              + name
              + " (build it from the server's payload builder, see fixtures/SOURCES.md)");
    }
    return Fixtures.read(name);
  }

  /** The path the request must have, with every path parameter's example put in. */
  public String expectedPath() {
    String result = path;
    for (Parameter parameter : pathParameters()) {
      result = result.replace("{" + parameter.name + "}", parameter.example().getAsString());
    }
    return result;
  }

  /**
   * The query the request must have: every required parameter's example and, when asked, every
   * optional one's, in the spec's form (arrays comma-separated unless {@code explode}).
   */
  public Map<String, List<String>> expectedQuery(boolean everyOptionalParameter) {
    Map<String, List<String>> query = new LinkedHashMap<>();
    List<Parameter> sent = new ArrayList<>(queryParameters(true));
    if (everyOptionalParameter) {
      sent.addAll(queryParameters(false));
    }
    for (Parameter parameter : sent) {
      JsonElement example = parameter.example();
      List<String> values = new ArrayList<>();
      if (example.isJsonArray()) {
        List<String> items = new ArrayList<>();
        for (JsonElement item : example.getAsJsonArray()) {
          items.add(item.getAsString());
        }
        if (parameter.explode) {
          values.addAll(items);
        } else {
          values.add(String.join(",", items));
        }
      } else {
        values.add(example.getAsString());
      }
      query.put(parameter.name, values);
    }
    return query;
  }

  /**
   * The examples the spec gives for an error status, each as the body a server would send; one
   * empty text body when the spec gives none (the status alone must still pick the exception).
   */
  public List<ErrorExample> errorExamples(int status) {
    List<ErrorExample> result = new ArrayList<>();
    JsonObject response = response(status);
    JsonObject contents =
        response.has("content") ? response.getAsJsonObject("content") : new JsonObject();
    for (Map.Entry<String, JsonElement> content : contents.entrySet()) {
      JsonObject media = content.getValue().getAsJsonObject();
      if (media.has("example")) {
        result.add(new ErrorExample("example", content.getKey(), media.get("example")));
      }
      if (media.has("examples")) {
        for (Map.Entry<String, JsonElement> example :
            media.getAsJsonObject("examples").entrySet()) {
          result.add(
              new ErrorExample(
                  example.getKey(),
                  content.getKey(),
                  spec.resolve(example.getValue()).get("value")));
        }
      }
    }
    if (result.isEmpty()) {
      result.add(new ErrorExample("no example in the spec", "text/plain", new JsonPrimitive("")));
    }
    return result;
  }

  @Override
  public String toString() {
    return operationId();
  }

  private String required(String key) {
    if (!operation.has(key)) {
      throw new AssertionError(operationId() + " has no " + key);
    }
    return operation.get(key).getAsString();
  }

  /**
   * {@code getWorkRules} → {@code work-rules}, {@code updateWorkRules} → {@code work-rules-update}.
   */
  static String fixtureStem(String method) {
    int noun = 0;
    while (noun < method.length() && !Character.isUpperCase(method.charAt(noun))) {
      noun++;
    }
    if (noun == method.length()) {
      return method;
    }
    String verb = method.substring(0, noun);
    String object = kebab(method.substring(noun));
    return verb.equals("get") ? object : object + "-" + verb;
  }

  /** {@code WorkdayOverrides} → {@code workday-overrides}. */
  static String kebab(String camel) {
    StringBuilder result = new StringBuilder();
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c) && i > 0) {
        result.append('-');
      }
      result.append(Character.toLowerCase(c));
    }
    return result.toString();
  }

  /** A path or query parameter of the operation. */
  public static final class Parameter {
    public final String name;
    public final String in;
    public final boolean required;
    public final boolean explode;
    private final @Nullable JsonElement example;
    private final JsonObject schema;

    Parameter(JsonObject parameter, ApiSpec spec) {
      this.name = parameter.get("name").getAsString();
      this.in = parameter.get("in").getAsString();
      this.required = parameter.has("required") && parameter.get("required").getAsBoolean();
      String style =
          parameter.has("style")
              ? parameter.get("style").getAsString()
              : (in.equals("query") ? "form" : "simple");
      this.explode =
          parameter.has("explode") ? parameter.get("explode").getAsBoolean() : style.equals("form");
      this.schema = spec.resolve(parameter.get("schema"));
      this.example =
          parameter.has("example")
              ? parameter.get("example")
              : (schema.has("example") ? schema.get("example") : null);
    }

    /** The parameter's example (or its schema's); fails when the spec gives none. */
    public JsonElement example() {
      if (example == null) {
        throw new AssertionError("the spec gives no example for parameter " + name);
      }
      return example.deepCopy();
    }

    public JsonObject schema() {
      return schema;
    }

    /**
     * The builder method of {@code *Params} that sets it: {@code resource_ids} → {@code
     * resourceIds}.
     */
    public String javaName() {
      StringBuilder result = new StringBuilder();
      boolean upper = false;
      for (char c : name.toCharArray()) {
        if (c == '_') {
          upper = true;
        } else {
          result.append(upper ? Character.toUpperCase(c) : c);
          upper = false;
        }
      }
      return result.toString();
    }

    @Override
    public String toString() {
      return in + " " + name;
    }
  }

  /** One example error body of a status: what the server sends, and what the SDK must read. */
  public static final class ErrorExample {
    public final String name;
    public final String mediaType;
    public final JsonElement value;

    ErrorExample(String name, String mediaType, JsonElement value) {
      this.name = name;
      this.mediaType = mediaType;
      this.value = value;
    }

    /** The body as sent: the text itself for a non-JSON media type, else the JSON. */
    public String body() {
      boolean json = mediaType.toLowerCase(Locale.ROOT).contains("json");
      return !json && value.isJsonPrimitive() ? value.getAsString() : value.toString();
    }

    /** The example's {@code code}, or null. */
    public @Nullable String code() {
      return stringField("code");
    }

    /** The example's {@code error} text, or null. */
    public @Nullable String error() {
      return stringField("error");
    }

    /** The example's {@code details}, or null. */
    public @Nullable JsonElement details() {
      return value.isJsonObject() ? value.getAsJsonObject().get("details") : null;
    }

    private @Nullable String stringField(String key) {
      if (!value.isJsonObject()) {
        return null;
      }
      JsonElement field = value.getAsJsonObject().get(key);
      return field != null && field.isJsonPrimitive() ? field.getAsString() : null;
    }

    @Override
    public String toString() {
      return name + " (" + mediaType + ")";
    }
  }
}
