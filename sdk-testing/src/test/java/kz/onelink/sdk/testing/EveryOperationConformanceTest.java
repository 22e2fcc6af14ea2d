package kz.onelink.sdk.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.JsonPrimitive;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import kz.onelink.sdk.testing.RawHttp.Answer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every operation the spec declares (read from the spec, not listed here) gets a valid request and
 * the main error cases, and every answer, and every valid request, must validate against the spec.
 * Runs on the packaged spec for every server line and on the proof copy; an operation the sandbox
 * cannot serve fails here. An operation a server line does not route (B0's {@code DELETE
 * /appointments/{id}}) must answer Rails' 404, as the spec says it does.
 */
class EveryOperationConformanceTest {
  /** Values the seed data makes valid, by property name: a free slot, linked records, a new key. */
  private static final Map<String, JsonElement> SEED_VALUES = new LinkedHashMap<>();

  static {
    SEED_VALUES.put("resource_id", new JsonPrimitive(OneLinkSandbox.RESOURCE_ID));
    SEED_VALUES.put("service_id", new JsonPrimitive(OneLinkSandbox.SERVICE_ID));
    SEED_VALUES.put("contact_id", new JsonPrimitive(OneLinkSandbox.CONTACT_ID));
  }

  @TempDir Path directory;

  @ParameterizedTest(name = "{0}")
  @EnumSource(ServerLine.class)
  void everyOperationOfThePackagedSpec(ServerLine line) {
    try (OneLinkSandbox sandbox =
        OneLinkSandbox.builder().clock(SandboxContractTest.CLOCK).serverLine(line).start()) {
      check(sandbox, SpecConformanceTest.SPEC);
    }
  }

  @Test
  void everyOperationOfTheProofSpec() {
    Path spec = ProofSpec.write(directory);
    try (OneLinkSandbox sandbox =
        OneLinkSandbox.builder().spec(spec).clock(SandboxContractTest.CLOCK).start()) {
      check(sandbox, ProofSpec.text(spec));
    }
  }

  private static void check(OneLinkSandbox sandbox, String specText) {
    OpenAPI api = new OpenAPIV3Parser().readContents(specText).getOpenAPI();
    OpenApiInteractionValidator validator =
        OpenApiInteractionValidator.createForInlineApiSpecification(specText).build();
    Checker checker = new Checker(sandbox, api, validator, sandbox.unrouted());
    Map<String, List<Op>> byCollection = new LinkedHashMap<>();
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        Op op =
            new Op(path.getKey(), operation.getKey().name(), path.getValue(), operation.getValue());
        byCollection.computeIfAbsent(op.collection, c -> new ArrayList<>()).add(op);
      }
    }
    int operations = 0;
    for (List<Op> collection : byCollection.values()) {
      sandbox.reset(); // each collection starts from the seed: a created holiday blocks no booking
      Collections.sort(collection, (a, b) -> Integer.compare(a.rank(), b.rank()));
      Long id = null;
      for (Op op : collection) {
        Long created = checker.valid(op, id);
        id = created != null ? created : id;
        checker.errors(op, id);
        operations++;
      }
    }
    assertThat(operations)
        .isEqualTo(api.getPaths().values().stream().mapToInt(p -> p.readOperations().size()).sum());
    assertThat(checker.problems).isEmpty();
  }

  /** One operation, with what its path says: the collection, whether it names an item. */
  static final class Op {
    final String template;
    final String method;
    final io.swagger.v3.oas.models.Operation spec;
    final List<Parameter> parameters = new ArrayList<>();
    final String collection;
    final @Nullable String itemParameter;
    final boolean member;

    Op(String template, String method, PathItem pathItem, io.swagger.v3.oas.models.Operation spec) {
      this.template = template;
      this.method = method;
      this.spec = spec;
      if (pathItem.getParameters() != null) {
        parameters.addAll(pathItem.getParameters());
      }
      if (spec.getParameters() != null) {
        parameters.addAll(spec.getParameters());
      }
      String[] segments = template.split("/", -1);
      int account = java.util.Arrays.asList(segments).indexOf("{account_id}");
      int item = -1;
      for (int i = account + 1; i < segments.length; i++) {
        if (segments[i].startsWith("{")) {
          item = i;
          break;
        }
      }
      this.collection = item < 0 ? segments[segments.length - 1] : segments[item - 1];
      this.itemParameter =
          item < 0 ? null : segments[item].substring(1, segments[item].length() - 1);
      this.member = item >= 0 && item < segments.length - 1;
    }

    /** Creates first (they give the id the others use), deletes last. */
    int rank() {
      if ("POST".equals(method) && itemParameter == null) {
        return 0;
      }
      return "DELETE".equals(method) ? 2 : 1;
    }

    String path(@Nullable Long id) {
      return template
          .replace("{account_id}", String.valueOf(OneLinkSandbox.ACCOUNT_ID))
          .replace("{" + itemParameter + "}", String.valueOf(id))
          .substring(1);
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  /** Sends the requests of one spec and collects what does not match it. */
  @SuppressWarnings("rawtypes") // swagger-models' property maps
  static final class Checker {
    final List<String> problems = new ArrayList<>();
    private final RawHttp http;
    private final OpenAPI api;
    private final OpenApiInteractionValidator validator;
    private final List<String> unrouted;

    Checker(
        OneLinkSandbox sandbox,
        OpenAPI api,
        OpenApiInteractionValidator validator,
        List<String> unrouted) {
      this.http = new RawHttp(sandbox);
      this.api = api;
      this.validator = validator;
      this.unrouted = unrouted;
    }

    /** A valid request: 2xx, request and answer as the spec says; returns the id a create made. */
    @Nullable Long valid(Op op, @Nullable Long id) {
      Long item = op.itemParameter == null ? null : id != null ? id : firstId(op);
      String body = body(op, false);
      String path = op.path(item) + required(op, null);
      if (unrouted(op)) {
        send(op, path, body, OneLinkSandbox.API_ACCESS_TOKEN, 404);
        return null;
      }
      Answer answer = send(op, path, body, OneLinkSandbox.API_ACCESS_TOKEN, null);
      if (answer.status < 200 || answer.status > 299) {
        problems.add(op + " with a valid request: " + answer);
      }
      validateRequest(op, path, body);
      for (Parameter parameter : op.parameters) {
        Parameter declared = resolve(parameter);
        if ("query".equals(declared.getIn()) && declared.getExample() != null) {
          String query =
              required(op, declared) + declared.getName() + "=" + queryValue(declared.getExample());
          Answer filtered =
              send(op, op.path(item) + query, null, OneLinkSandbox.API_ACCESS_TOKEN, 200);
          if (filtered.status != 200) {
            problems.add(op + " with " + query + ": " + filtered);
          }
        }
      }
      boolean create = "POST".equals(op.method) && op.itemParameter == null;
      return create && answer.status == 201 ? answer.payload().get("id").getAsLong() : null;
    }

    /** Whether the server line has no route for the operation: every request answers 404. */
    private boolean unrouted(Op op) {
      return unrouted.contains(op.spec.getOperationId() + " (" + op + ")");
    }

    /**
     * {@code ?} and the required query parameters' examples (but {@code except}), each followed by
     * {@code &}; {@code ?} alone when there are none.
     */
    private String required(Op op, @Nullable Parameter except) {
      StringBuilder query = new StringBuilder("?");
      for (Parameter parameter : op.parameters) {
        Parameter declared = resolve(parameter);
        if ("query".equals(declared.getIn())
            && Boolean.TRUE.equals(declared.getRequired())
            && (except == null || !declared.getName().equals(except.getName()))) {
          query
              .append(declared.getName())
              .append('=')
              .append(queryValue(declared.getExample()))
              .append('&');
        }
      }
      return query.toString();
    }

    /** The main error cases, each with its status, each answer as the spec says. */
    void errors(Op op, @Nullable Long id) {
      Long item = op.itemParameter == null ? null : id != null ? id : firstId(op);
      String path = op.path(item) + required(op, null);
      String body = body(op, false);
      if (unrouted(op)) {
        return; // routing comes first: valid() saw the 404 every request gets
      }
      send(op, path, body, null, 401);
      send(op, path, body, "not-a-token", 401);
      send(
          op,
          path.replace("accounts/17/", "accounts/18/"),
          body,
          OneLinkSandbox.API_ACCESS_TOKEN,
          401);
      send(
          op,
          path.replace("accounts/17/", "accounts/19/"),
          body,
          OneLinkSandbox.API_ACCESS_TOKEN,
          403);
      send(
          op,
          path.replace("accounts/17/", "accounts/123456/"),
          body,
          OneLinkSandbox.API_ACCESS_TOKEN,
          404);
      if (op.itemParameter != null) {
        send(op, op.path(987654321L), body, OneLinkSandbox.API_ACCESS_TOKEN, 404);
      }
      for (Parameter parameter : op.parameters) {
        Parameter declared = resolve(parameter);
        if (typedScalarQuery(declared)) {
          // The server parses times (422 when it cannot) and casts the rest as Rails casts them.
          send(
              op,
              op.path(item) + required(op, declared) + declared.getName() + "=not-valid",
              null,
              OneLinkSandbox.API_ACCESS_TOKEN,
              timeQuery(declared) ? 422 : 200);
        }
      }
      String invalid = body(op, true);
      if (invalid != null) {
        Answer refused = send(op, path, invalid, OneLinkSandbox.API_ACCESS_TOKEN, 422);
        if (refused.status == 422
            && !"VALIDATION_ERROR".equals(refused.json().get("code").getAsString())) {
          problems.add(op + " with an invalid body: " + refused);
        }
      }
    }

    private Answer send(
        Op op,
        String path,
        @Nullable String body,
        @Nullable String token,
        @Nullable Integer expected) {
      String sent =
          path.endsWith("?") || path.endsWith("&") ? path.substring(0, path.length() - 1) : path;
      Answer answer = http.send(op.method, sent, body, token);
      if (expected != null && answer.status != expected) {
        problems.add(op + " " + sent + " expected " + expected + ": " + answer);
      }
      String bare = "/" + (path.contains("?") ? path.substring(0, path.indexOf('?')) : path);
      ValidationReport report =
          validator.validateResponse(
              bare,
              com.atlassian.oai.validator.model.Request.Method.valueOf(op.method),
              SimpleResponse.Builder.status(answer.status)
                  .withContentType("application/json")
                  .withBody(answer.body.isEmpty() ? null : answer.body)
                  .build());
      if (report.hasErrors()) {
        problems.add(op + " " + path + " -> " + answer.status + ": " + report.getMessages());
      }
      return answer;
    }

    private void validateRequest(Op op, String path, @Nullable String body) {
      okhttp3.HttpUrl url = okhttp3.HttpUrl.get("http://x/" + path);
      SimpleRequest.Builder request =
          new SimpleRequest.Builder(op.method, url.encodedPath())
              .withHeader("api_access_token", "t");
      for (String name : url.queryParameterNames()) {
        request.withQueryParam(name, url.queryParameterValues(name));
      }
      if (body != null) {
        request.withContentType("application/json").withBody(body);
      }
      ValidationReport report = validator.validateRequest(request.build());
      if (report.hasErrors()) {
        problems.add(op + " valid request: " + report.getMessages());
      }
    }

    /** An id of the collection: the first its list answers, when the test created none. */
    private @Nullable Long firstId(Op op) {
      String list = op.template.substring(0, op.template.indexOf("/{" + op.itemParameter + "}"));
      Answer answer =
          http.send(
              "GET",
              list.replace("{account_id}", "17").substring(1),
              null,
              OneLinkSandbox.API_ACCESS_TOKEN);
      if (answer.status != 200 || answer.json().getAsJsonArray("payload").size() == 0) {
        problems.add(op + ": no record to address (no create, empty list)");
        return null;
      }
      return answer.json().getAsJsonArray("payload").get(0).getAsJsonObject().get("id").getAsLong();
    }

    /**
     * The request schema's example (or its required properties from their examples and types), with
     * a free slot and a fresh idempotency key; {@code broken} sends one property of the wrong type.
     * Null when the operation takes no body.
     */
    private @Nullable String body(Op op, boolean broken) {
      if (op.spec.getRequestBody() == null) {
        return null;
      }
      Schema<?> schema =
          resolve(op.spec.getRequestBody().getContent().get("application/json").getSchema());
      JsonObject body =
          schema.getExample() != null
              ? gson(schema.getExample()).getAsJsonObject()
              : synthesized(schema);
      if (schema.getProperties() != null && schema.getProperties().containsKey("starts_at")) {
        boolean create = op.itemParameter == null;
        body.addProperty("starts_at", create ? "2026-03-03T10:00:00Z" : "2026-03-03T11:00:00Z");
        body.addProperty("ends_at", create ? "2026-03-03T10:30:00Z" : "2026-03-03T11:30:00Z");
      }
      if (op.spec.getExtensions() != null
          && op.spec.getExtensions().get("x-onelink-idempotency-key") != null) {
        body.addProperty(
            op.spec.getExtensions().get("x-onelink-idempotency-key").toString(),
            UUID.randomUUID().toString());
      }
      return broken ? broken(schema, body) : body.toString();
    }

    private JsonObject synthesized(Schema<?> schema) {
      JsonObject body = new JsonObject();
      List<String> required =
          schema.getRequired() == null ? Collections.<String>emptyList() : schema.getRequired();
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        Schema<?> resolved = resolve(property.getValue());
        if (SEED_VALUES.containsKey(property.getKey())) {
          body.add(property.getKey(), SEED_VALUES.get(property.getKey()));
        } else if (resolved.getExample() != null) {
          body.add(property.getKey(), gson(resolved.getExample()));
        } else if (required.contains(property.getKey())) {
          body.add(property.getKey(), sample(resolved));
        }
      }
      return body;
    }

    private static JsonElement sample(Schema<?> schema) {
      String type = String.valueOf(schema.getType());
      if ("integer".equals(type) || "number".equals(type)) {
        return new JsonPrimitive(
            schema.getMinimum() == null ? 1 : schema.getMinimum().max(java.math.BigDecimal.ONE));
      }
      if ("boolean".equals(type)) {
        return new JsonPrimitive(true);
      }
      if ("array".equals(type)) {
        return new com.google.gson.JsonArray();
      }
      return "object".equals(type) ? new JsonObject() : new JsonPrimitive("sandbox");
    }

    /** One number, boolean or text property (not a link) sent with the wrong type, or null. */
    private @Nullable String broken(Schema<?> schema, JsonObject body) {
      for (Map.Entry<String, Schema> property : schema.getProperties().entrySet()) {
        String type = String.valueOf(resolve(property.getValue()).getType());
        if (property.getKey().endsWith("_id")) {
          continue;
        }
        if ("integer".equals(type) || "number".equals(type) || "boolean".equals(type)) {
          body.addProperty(property.getKey(), "not-a-" + type);
          return body.toString();
        }
        if ("string".equals(type)) {
          body.add(property.getKey(), JsonParser.parseString("{\"not\": \"text\"}"));
          return body.toString();
        }
      }
      return null;
    }

    /** A query parameter whose values the server reads as numbers, booleans or times. */
    private boolean typedScalarQuery(Parameter parameter) {
      if (!"query".equals(parameter.getIn())) {
        return false;
      }
      Schema<?> schema = resolve(parameter.getSchema());
      String type = String.valueOf(schema.getType());
      return "integer".equals(type)
          || "number".equals(type)
          || "boolean".equals(type)
          || timeQuery(parameter);
    }

    /** A query parameter the server parses as a time or date. */
    private boolean timeQuery(Parameter parameter) {
      Schema<?> schema = resolve(parameter.getSchema());
      return "date-time".equals(schema.getFormat()) || "date".equals(schema.getFormat());
    }

    private Parameter resolve(Parameter parameter) {
      String ref = parameter.get$ref();
      return ref == null
          ? parameter
          : api.getComponents().getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
    }

    /** Follows $ref, and an allOf of one part. */
    private Schema<?> resolve(Schema<?> schema) {
      Schema<?> current = schema;
      while (true) {
        if (current.get$ref() != null) {
          current =
              api.getComponents()
                  .getSchemas()
                  .get(current.get$ref().substring("#/components/schemas/".length()));
        } else if (current.getAllOf() != null
            && current.getAllOf().size() == 1
            && current.getType() == null) {
          current = current.getAllOf().get(0);
        } else {
          return current;
        }
      }
    }

    private static String queryValue(Object example) {
      JsonElement value = gson(example);
      if (!value.isJsonArray()) {
        return value.getAsString();
      }
      List<String> parts = new ArrayList<>();
      for (JsonElement part : value.getAsJsonArray()) {
        parts.add(part.getAsString());
      }
      return String.join(",", parts);
    }

    private static JsonElement gson(Object value) {
      try {
        return JsonParser.parseString(
            io.swagger.v3.core.util.Json.mapper().writeValueAsString(value));
      } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
        throw new IllegalStateException(e);
      }
    }
  }
}
