package kz.onelink.sdk.testing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Resolves the spec's schemas into {@link SchemaView}s, each once: they are read per request. */
// swagger-models declares its schema maps and lists with the raw type Schema.
@SuppressWarnings("rawtypes")
final class Schemas {
  private static final String COMPONENT = "#/components/schemas/";

  private final Map<String, Schema> components;
  private final IdentityHashMap<Schema<?>, SchemaView> views = new IdentityHashMap<>();

  Schemas(@Nullable Components components) {
    Map<String, Schema> schemas = components == null ? null : components.getSchemas();
    this.components = schemas == null ? Collections.<String, Schema>emptyMap() : schemas;
  }

  synchronized SchemaView view(Schema<?> schema) {
    SchemaView cached = views.get(schema);
    if (cached != null) {
      return cached;
    }
    SchemaView view = schema.get$ref() != null ? view(referenced(schema.get$ref())) : build(schema);
    views.put(schema, view);
    return view;
  }

  private Schema<?> referenced(String ref) {
    Schema<?> target =
        ref.startsWith(COMPONENT) ? components.get(ref.substring(COMPONENT.length())) : null;
    if (target == null) {
      throw new IllegalStateException("the spec has no schema " + ref);
    }
    return target;
  }

  private SchemaView build(Schema<?> schema) {
    SchemaView.Parts parts = new SchemaView.Parts();
    parts.type = schema.getType();
    parts.format = schema.getFormat();
    parts.nullable = Boolean.TRUE.equals(schema.getNullable());
    parts.defaultValue = toJson(schema.getDefault());
    parts.minimum = schema.getMinimum();
    parts.maximum = schema.getMaximum();
    parts.items = schema.getItems();
    List<String> required = schema.getRequired();
    if (required != null) {
      parts.required.addAll(required);
    }
    Map<String, Schema> properties = schema.getProperties();
    if (properties != null) {
      for (Map.Entry<String, Schema> property : properties.entrySet()) {
        parts.properties.put(property.getKey(), property.getValue());
      }
    }
    List<Schema> allOf = schema.getAllOf();
    if (allOf != null && !allOf.isEmpty()) {
      boolean everyPartNullable = true;
      for (Schema<?> part : allOf) {
        SchemaView resolved = view(part);
        parts.inherit(resolved);
        everyPartNullable &= resolved.nullable;
      }
      // allOf: [$ref: PaymentMethod] accepts null exactly when every part does.
      parts.nullable |= everyPartNullable;
    }
    return new SchemaView(this, parts);
  }

  private static @Nullable JsonElement toJson(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    try {
      return JsonParser.parseString(
          io.swagger.v3.core.util.Json.mapper().writeValueAsString(value));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("unreadable default " + value, e);
    }
  }
}
