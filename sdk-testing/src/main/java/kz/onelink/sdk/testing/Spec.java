package kz.onelink.sdk.testing;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.SimpleRequest;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The spec as the engine uses it: its operations and a validator for requests. Parsing takes a
 * second or two in a cold JVM, so specs are cached by their text: every later sandbox on the same
 * spec starts in milliseconds.
 */
final class Spec {
  private static final int CACHED_SPECS = 8;

  private static final Map<String, Spec> CACHE =
      new LinkedHashMap<String, Spec>(16, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Spec> eldest) {
          return size() > CACHED_SPECS;
        }
      };

  final List<Operation> operations;
  final OpenApiInteractionValidator validator;

  private Spec(List<Operation> operations, OpenApiInteractionValidator validator) {
    this.operations = operations;
    this.validator = validator;
  }

  static Spec load(SpecSource source) {
    String text = source.read();
    synchronized (CACHE) {
      Spec cached = CACHE.get(text);
      if (cached != null) {
        return cached;
      }
      Spec spec = parse(text, source);
      CACHE.put(text, spec);
      return spec;
    }
  }

  private static Spec parse(String text, SpecSource source) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(text, null, options);
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException(
          "could not read the spec " + source + ": " + result.getMessages());
    }
    List<Operation> operations =
        new OperationReader(api, new Schemas(api.getComponents())).readAll(api);
    Spec spec = new Spec(operations, OpenApiInteractionValidator.createFor(api).build());
    spec.warmUp();
    return spec;
  }

  /** The operation {@code method} and {@code path} name, with its path parameters; or null. */
  @Nullable Route route(String method, String path) {
    for (Operation operation : operations) {
      Map<String, String> parameters = operation.path.match(path);
      if (parameters != null && operation.method.equals(method)) {
        return new Route(operation, parameters);
      }
    }
    // Rails routes PUT to update like PATCH.
    return "PUT".equals(method) ? route("PATCH", path) : null;
  }

  /**
   * The order of {@code collection}'s items, as its list operation (or, for a parent's children,
   * the operation listing them) declares it: what a view uses for the same records.
   */
  ListOrder orderOf(String collection) {
    for (Operation operation : operations) {
      boolean lists =
          (operation.kind == OperationKind.LIST && operation.collection.equals(collection))
              || (operation.kind == OperationKind.CHILDREN && collection.equals(operation.member));
      if (lists) {
        return operation.order;
      }
    }
    return ListOrder.read(null);
  }

  /**
   * The schema validator builds its JSON-schema machinery on first use, which takes about a second;
   * doing it here keeps that second out of the first request's read timeout.
   */
  private void warmUp() {
    for (Operation operation : operations) {
      if (operation.requestBody != null) {
        validator.validateRequest(
            new SimpleRequest.Builder(
                    operation.method, operation.path.template.replaceAll("\\{[^}]+}", "1"))
                .withContentType("application/json")
                .withBody("{}")
                .build());
        return;
      }
    }
  }

  /** An operation and the path parameters a request gave it. */
  static final class Route {
    final Operation operation;
    final Map<String, String> parameters;

    Route(Operation operation, Map<String, String> parameters) {
      this.operation = operation;
      this.parameters = parameters;
    }
  }
}
