package kz.onelink.sdk.testing;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Reads the spec's operations into {@link Operation}s: what the engine infers from the spec. */
final class OperationReader {
  private static final String JSON = "application/json";

  private final Components components;
  private final Schemas schemas;

  OperationReader(OpenAPI api, Schemas schemas) {
    this.components = api.getComponents() == null ? new Components() : api.getComponents();
    this.schemas = schemas;
  }

  List<Operation> readAll(OpenAPI api) {
    List<Operation> operations = new ArrayList<>();
    if (api.getPaths() == null) {
      return operations;
    }
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      PathTemplate template = new PathTemplate(path.getKey());
      for (Map.Entry<PathItem.HttpMethod, io.swagger.v3.oas.models.Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        operations.add(
            read(template, path.getValue(), operation.getKey().name(), operation.getValue()));
      }
    }
    return Collections.unmodifiableList(operations);
  }

  private Operation read(
      PathTemplate path, PathItem item, String method, io.swagger.v3.oas.models.Operation spec) {
    Map<Integer, ApiResponse> successes = successes(spec.getResponses());
    int status = successStatus(successes);
    ApiResponse success = successes.get(status);
    SchemaView response = success == null ? null : jsonSchema(success.getContent());
    SchemaView payload = response == null ? null : response.property("payload");
    OperationKind kind = OperationKind.of(method, path, payload != null && payload.is("array"));
    Map<String, Object> extensions =
        spec.getExtensions() == null
            ? Collections.<String, Object>emptyMap()
            : spec.getExtensions();
    Object idempotencyKey = extensions.get("x-onelink-idempotency-key");
    return new Operation(
        spec.getOperationId() == null ? method + " " + path.template : spec.getOperationId(),
        method,
        path,
        kind,
        query(item, spec, kind),
        requestBody(spec.getRequestBody()),
        status,
        response,
        idempotencyKey == null ? null : idempotencyKey.toString(),
        ListOrder.read(extensions.get(ListOrder.EXTENSION)),
        statuses(spec.getResponses()));
  }

  private static Set<Integer> statuses(@Nullable ApiResponses responses) {
    Set<Integer> statuses = new LinkedHashSet<>();
    if (responses != null) {
      for (String code : responses.keySet()) {
        if (code.matches("\\d{3}")) {
          statuses.add(Integer.parseInt(code));
        }
      }
    }
    return statuses;
  }

  private List<QueryParameter> query(
      PathItem item, io.swagger.v3.oas.models.Operation spec, OperationKind kind) {
    Map<String, Parameter> byName = new LinkedHashMap<>();
    for (List<Parameter> level : listOf(item.getParameters(), spec.getParameters())) {
      for (Parameter declared : level) {
        Parameter parameter = resolve(declared);
        if ("query".equals(parameter.getIn())) {
          byName.put(parameter.getName(), parameter);
        }
      }
    }
    List<QueryParameter> query = new ArrayList<>();
    for (Parameter parameter : byName.values()) {
      query.add(queryParameter(parameter, kind));
    }
    return query;
  }

  /**
   * A list applies every parameter by its {@code x-onelink-filter}, so one without is a problem; a
   * view's rule reads the parameters it needs and filters its collections by the declared ones.
   */
  private QueryParameter queryParameter(Parameter parameter, OperationKind kind) {
    SchemaView schema = schemas.view(parameter.getSchema());
    boolean csv = schema.is("array") && Boolean.FALSE.equals(parameter.getExplode());
    List<String> problems = new ArrayList<>();
    List<ListFilter> filters = new ArrayList<>();
    Object extension =
        parameter.getExtensions() == null
            ? null
            : parameter.getExtensions().get(ListFilter.EXTENSION);
    if (kind == OperationKind.LIST || (kind == OperationKind.VIEW && extension != null)) {
      filters = ListFilter.read(parameter.getName(), extension, problems);
    }
    return new QueryParameter(
        parameter.getName(), schema, csv, filters, problems.isEmpty() ? null : problems.get(0));
  }

  private Parameter resolve(Parameter parameter) {
    String ref = parameter.get$ref();
    if (ref == null) {
      return parameter;
    }
    Parameter target = components.getParameters().get(ref.substring(ref.lastIndexOf('/') + 1));
    if (target == null) {
      throw new IllegalStateException("the spec has no parameter " + ref);
    }
    return target;
  }

  private @Nullable SchemaView requestBody(@Nullable RequestBody body) {
    if (body != null && body.get$ref() != null) {
      String ref = body.get$ref();
      body = components.getRequestBodies().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return body == null ? null : jsonSchema(body.getContent());
  }

  private Map<Integer, ApiResponse> successes(@Nullable ApiResponses responses) {
    Map<Integer, ApiResponse> successes = new LinkedHashMap<>();
    if (responses == null) {
      return successes;
    }
    for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
      String code = response.getKey().toUpperCase(Locale.ROOT);
      if (code.length() == 3 && code.startsWith("2") && !code.contains("X")) {
        successes.put(Integer.parseInt(code), resolve(response.getValue()));
      }
    }
    return successes;
  }

  /** 201 for a create (200 is its idempotent replay), else the first success declared. */
  private static int successStatus(Map<Integer, ApiResponse> successes) {
    if (successes.containsKey(201)) {
      return 201;
    }
    return successes.isEmpty() ? 200 : successes.keySet().iterator().next();
  }

  private ApiResponse resolve(ApiResponse response) {
    String ref = response.get$ref();
    if (ref == null) {
      return response;
    }
    ApiResponse target = components.getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
    if (target == null) {
      throw new IllegalStateException("the spec has no response " + ref);
    }
    return target;
  }

  private @Nullable SchemaView jsonSchema(@Nullable Content content) {
    MediaType json = content == null ? null : content.get(JSON);
    return json == null || json.getSchema() == null ? null : schemas.view(json.getSchema());
  }

  @SafeVarargs
  private static List<List<Parameter>> listOf(@Nullable List<Parameter>... levels) {
    List<List<Parameter>> lists = new ArrayList<>();
    for (List<Parameter> level : levels) {
      if (level != null) {
        lists.add(level);
      }
    }
    return lists;
  }
}
