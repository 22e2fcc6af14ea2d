package kz.onelink.release.gate;

import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.Changed;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedContent;
import org.openapitools.openapidiff.core.model.ChangedMediaType;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.ChangedParameter;
import org.openapitools.openapidiff.core.model.ChangedParameters;
import org.openapitools.openapidiff.core.model.ChangedRequestBody;
import org.openapitools.openapidiff.core.model.ChangedResponse;
import org.openapitools.openapidiff.core.model.ChangedSchema;
import org.openapitools.openapidiff.core.model.DiffResult;
import org.openapitools.openapidiff.core.model.Endpoint;
import org.openapitools.openapidiff.core.model.schema.ChangedEnum;
import org.openapitools.openapidiff.core.model.schema.ChangedOneOfSchema;
import org.openapitools.openapidiff.core.model.schema.ChangedOperationId;

/**
 * Classifies the change between two OpenAPI documents as {@link Change#NONE}, {@link
 * Change#ADDITIVE} or {@link Change#BREAKING} for users of the generated SDK, with openapi-diff
 * doing the comparison.
 *
 * <p>openapi-diff judges the wire: may an old client still talk to the new server? The SDK adds its
 * own rules on top:
 *
 * <ul>
 *   <li>An enum value added to a response is additive, not breaking: the SDK's enumerations are
 *       open, so a value newer than the SDK is kept ({@code asString()}), never an error.
 *   <li>Removing anything users can name is breaking, even where the wire would not mind: a field
 *       gone from a response, an enum value, a response code or media type, an optional parameter.
 *       Each is a getter, constant or method in the generated Java API. Renaming is removing plus
 *       adding; a changed operationId renames a Java method.
 *   <li>A {@code $ref} wrapped in a one-element {@code allOf} (to give it a description) is the
 *       same type as the bare {@code $ref}: such wrappers are unwrapped before comparing.
 *   <li>Adding anything users can name (an operation, parameter, field, enum value, response) or
 *       deprecating something is additive. What changes neither (descriptions, examples, relaxed
 *       constraints) is NONE, even where openapi-diff calls the container "changed".
 * </ul>
 */
public final class SpecClassifier {
  private SpecClassifier() {}

  /** The openapi-diff options of the SDK's rules. */
  static OpenApiDiffOptions options() {
    return OpenApiDiffOptions.builder()
        .configProperty(BackwardIncompatibleProp.RESPONSE_ENUM_INCREASED.getPropertyName(), "false")
        .configProperty(BackwardIncompatibleProp.OPERATION_ID_CHANGED.getPropertyName(), "true")
        .build();
  }

  /** Compares two documents given as file paths or URLs. */
  public static Classification classify(String oldLocation, String newLocation) {
    return classify(diff(oldLocation, newLocation));
  }

  /** Compares two documents given as YAML or JSON text. */
  public static Classification classifyContents(String oldContent, String newContent) {
    return classify(
        OpenApiCompare.fromSpecifications(
            parse(PARSER.readContents(oldContent, null, parseOptions()), "old"),
            parse(PARSER.readContents(newContent, null, parseOptions()), "new"),
            options()));
  }

  /** openapi-diff's comparison with the SDK's options, e.g. to render a report. */
  public static ChangedOpenApi diff(String oldLocation, String newLocation) {
    return OpenApiCompare.fromSpecifications(
        parse(PARSER.readLocation(oldLocation, null, parseOptions()), oldLocation),
        parse(PARSER.readLocation(newLocation, null, parseOptions()), newLocation),
        options());
  }

  private static final OpenAPIParser PARSER = new OpenAPIParser();

  /** What openapi-diff's own readers use. */
  private static ParseOptions parseOptions() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return options;
  }

  private static OpenAPI parse(SwaggerParseResult result, String what) {
    OpenAPI api = result.getOpenAPI();
    if (api == null) {
      throw new IllegalArgumentException(
          "cannot read the OpenAPI document " + what + ": " + result.getMessages());
    }
    new Unwrapper().openApi(api);
    return api;
  }

  /**
   * Replaces every {@code allOf} of exactly one schema and nothing else (the usual way to give a
   * {@code $ref} its own description or nullability) with that schema. The generated Java type is
   * the same either way, but openapi-diff sees a wrapper without a type and calls it a type change.
   */
  private static final class Unwrapper {
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    void openApi(OpenAPI api) {
      if (api.getComponents() != null && api.getComponents().getSchemas() != null) {
        api.getComponents().getSchemas().replaceAll((name, schema) -> schema(schema));
      }
      if (api.getComponents() != null && api.getComponents().getParameters() != null) {
        api.getComponents().getParameters().values().forEach(this::parameter);
      }
      if (api.getComponents() != null && api.getComponents().getRequestBodies() != null) {
        api.getComponents().getRequestBodies().values().forEach(b -> content(b.getContent()));
      }
      if (api.getComponents() != null && api.getComponents().getResponses() != null) {
        api.getComponents().getResponses().values().forEach(r -> content(r.getContent()));
      }
      if (api.getPaths() == null) {
        return;
      }
      for (PathItem path : api.getPaths().values()) {
        if (path.getParameters() != null) {
          path.getParameters().forEach(this::parameter);
        }
        for (Operation op : path.readOperations()) {
          if (op.getParameters() != null) {
            op.getParameters().forEach(this::parameter);
          }
          if (op.getRequestBody() != null) {
            content(op.getRequestBody().getContent());
          }
          if (op.getResponses() != null) {
            op.getResponses().values().forEach(r -> content(r.getContent()));
          }
        }
      }
    }

    private void parameter(Parameter p) {
      if (p.getSchema() != null) {
        p.setSchema(schema(p.getSchema()));
      }
      content(p.getContent());
    }

    private void content(@Nullable Content content) {
      if (content != null) {
        content
            .values()
            .forEach(
                m -> {
                  if (m.getSchema() != null) {
                    m.setSchema(schema(m.getSchema()));
                  }
                });
      }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private Schema schema(Schema schema) {
      if (!seen.add(schema)) {
        return schema;
      }
      if (schema instanceof ComposedSchema composed
          && composed.getAllOf() != null
          && composed.getAllOf().size() == 1
          && composed.getOneOf() == null
          && composed.getAnyOf() == null
          && composed.getType() == null
          && composed.getProperties() == null) {
        return schema((Schema) composed.getAllOf().get(0));
      }
      if (schema.getProperties() != null) {
        ((Map<String, Schema>) schema.getProperties()).replaceAll((name, p) -> schema(p));
      }
      if (schema.getItems() != null) {
        schema.setItems(schema(schema.getItems()));
      }
      if (schema.getAdditionalProperties() instanceof Schema extra) {
        schema.setAdditionalProperties(schema(extra));
      }
      if (schema instanceof ComposedSchema composed) {
        for (List<Schema> list :
            Arrays.asList(composed.getAllOf(), composed.getOneOf(), composed.getAnyOf())) {
          if (list != null) {
            list.replaceAll(this::schema);
          }
        }
      }
      return schema;
    }
  }

  /** Classifies an openapi-diff result made with {@link #options()}. */
  public static Classification classify(ChangedOpenApi diff) {
    Walker walker = new Walker();
    walker.openApi(diff);
    DiffResult wire = diff.isChanged();
    Change change = walker.breaking.isEmpty() ? Change.NONE : Change.BREAKING;
    if (change == Change.NONE && !walker.additive.isEmpty()) {
      change = Change.ADDITIVE;
    }
    List<String> reasons = new ArrayList<>(walker.breaking);
    if (wire.isIncompatible() && change != Change.BREAKING) {
      reasons.add("openapi-diff: a change old clients cannot handle (see the report)");
      change = Change.BREAKING;
    } else if (wire.isDifferent() && change == Change.NONE) {
      // Descriptions, examples, relaxed constraints: nothing a user can name was added or removed.
      reasons.add("openapi-diff: descriptions or constraints changed, nothing added or removed");
    }
    reasons.addAll(walker.additive);
    return new Classification(change, reasons);
  }

  /** Walks openapi-diff's change tree and names what was added and what was removed. */
  private static final class Walker {
    final Set<String> breaking = new LinkedHashSet<>();
    final Set<String> additive = new LinkedHashSet<>();
    private final Set<Object> seen = Collections.newSetFromMap(new IdentityHashMap<>());

    void openApi(ChangedOpenApi diff) {
      for (Endpoint e : nonNull(diff.getNewEndpoints())) {
        additive.add("added operation " + e.getMethod() + " " + e.getPathUrl());
      }
      for (Endpoint e : nonNull(diff.getMissingEndpoints())) {
        breaking.add("removed operation " + e.getMethod() + " " + e.getPathUrl());
      }
      for (ChangedOperation op : nonNull(diff.getChangedOperations())) {
        operation(op);
      }
    }

    private void operation(ChangedOperation op) {
      String where = op.getHttpMethod() + " " + op.getPathUrl();
      if (op.isDeprecated()) {
        additive.add("deprecated operation " + where); // semantic versioning: a minor release
      }
      ChangedOperationId id = op.getOperationId();
      if (id != null && id.isChanged().isDifferent()) {
        breaking.add(
            "renamed operationId of " + where + ": " + id.getLeft() + " -> " + id.getRight());
      }
      ChangedParameters params = op.getParameters();
      if (params != null) {
        for (Parameter p : nonNull(params.getIncreased())) {
          String what = "parameter " + p.getIn() + ":" + p.getName() + " of " + where;
          if (Boolean.TRUE.equals(p.getRequired())) {
            breaking.add("added required " + what);
          } else {
            additive.add("added " + what);
          }
        }
        for (Parameter p : nonNull(params.getMissing())) {
          breaking.add("removed parameter " + p.getIn() + ":" + p.getName() + " of " + where);
        }
        for (ChangedParameter p : nonNull(params.getChanged())) {
          String what = where + " parameter " + p.getName();
          if (p.isCoreChanged().isIncompatible()) {
            breaking.add("changed " + what + " (required, style or explode)");
          }
          schema(p.getSchema(), what);
          content(p.getContent(), what);
        }
      }
      ChangedRequestBody body = op.getRequestBody();
      if (body != null) {
        content(body.getContent(), where + " request");
      }
      ChangedApiResponse responses = op.getApiResponses();
      if (responses != null) {
        for (String code : nonNull(responses.getIncreased()).keySet()) {
          additive.add("added response " + code + " to " + where);
        }
        for (String code : nonNull(responses.getMissing()).keySet()) {
          breaking.add("removed response " + code + " of " + where);
        }
        for (Map.Entry<String, ChangedResponse> r : nonNull(responses.getChanged()).entrySet()) {
          content(r.getValue().getContent(), where + " response " + r.getKey());
        }
      }
    }

    private void content(@Nullable ChangedContent content, String where) {
      if (content == null) {
        return;
      }
      for (String type : nonNull(content.getIncreased()).keySet()) {
        additive.add("added media type " + type + " to " + where);
      }
      for (String type : nonNull(content.getMissing()).keySet()) {
        breaking.add("removed media type " + type + " of " + where);
      }
      for (Map.Entry<String, ChangedMediaType> m : nonNull(content.getChanged()).entrySet()) {
        schema(m.getValue().getSchema(), where);
      }
    }

    private void schema(@Nullable ChangedSchema schema, String where) {
      if (schema == null || !seen.add(schema)) {
        return; // a schema shared by several operations is reported once
      }
      if (schema.isChangeDeprecated()) {
        additive.add("changed the deprecation of " + where);
      }
      if (schema.isChangedType()) {
        breaking.add("changed the type of " + where);
      }
      for (String name : nonNull(schema.getIncreasedProperties()).keySet()) {
        additive.add("added field " + name + " to " + where);
      }
      for (String name : nonNull(schema.getMissingProperties()).keySet()) {
        breaking.add("removed field " + name + " of " + where);
      }
      for (Changed constraint :
          Arrays.asList(
              schema.getNumericRange(),
              schema.getMaxLength(),
              schema.getMinLength(),
              schema.getPattern(),
              schema.getRequired(),
              schema.getReadOnly(),
              schema.getWriteOnly(),
              schema.getMaxItems(),
              schema.getMinItems(),
              schema.getUniqueItems(),
              schema.getMultipleOf(),
              schema.getMaxProperties(),
              schema.getMinProperties())) {
        if (constraint != null && constraint.isChanged().isIncompatible()) {
          breaking.add("tightened " + constraintName(constraint) + " of " + where);
        }
      }
      for (Map.Entry<String, ChangedSchema> p : nonNull(schema.getChangedProperties()).entrySet()) {
        schema(p.getValue(), where + "." + p.getKey());
      }
      ChangedEnum<?> values = schema.getEnumeration();
      if (values != null) {
        if (!nonNull(values.getIncreased()).isEmpty()) {
          additive.add("added enum value(s) " + values.getIncreased() + " to " + where);
        }
        if (!nonNull(values.getMissing()).isEmpty()) {
          breaking.add("removed enum value(s) " + values.getMissing() + " of " + where);
        }
      }
      schema(schema.getItems(), where + "[]");
      schema(schema.getAddProp(), where + "{}");
      ChangedOneOfSchema oneOf = schema.getOneOfSchema();
      if (oneOf != null) {
        for (String name : nonNull(oneOf.getIncreased()).keySet()) {
          additive.add("added oneOf " + name + " to " + where);
        }
        for (String name : nonNull(oneOf.getMissing()).keySet()) {
          breaking.add("removed oneOf " + name + " of " + where);
        }
        for (Map.Entry<String, ChangedSchema> o : nonNull(oneOf.getChanged()).entrySet()) {
          schema(o.getValue(), where + "(" + o.getKey() + ")");
        }
      }
    }

    /** ChangedNumericRange -> "numeric range". */
    private static String constraintName(Changed constraint) {
      return constraint
          .getClass()
          .getSimpleName()
          .replaceFirst("^Changed", "")
          .replaceAll("([a-z])([A-Z])", "$1 $2")
          .toLowerCase(java.util.Locale.ROOT);
    }

    private static <T> List<T> nonNull(@Nullable List<T> list) {
      return list == null ? List.of() : list;
    }

    private static <K, V> Map<K, V> nonNull(@Nullable Map<K, V> map) {
      return map == null ? Map.of() : map;
    }
  }
}
