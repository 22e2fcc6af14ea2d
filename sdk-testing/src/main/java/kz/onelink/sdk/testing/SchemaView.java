package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a schema of the spec really says once its {@code $ref} is followed and its {@code allOf}
 * merged: {@code service_amount: allOf: [$ref: Amount]} reads as an integer with minimum 0. Made by
 * {@link Schemas}, which resolves nested schemas lazily (and once).
 */
final class SchemaView {
  private final Schemas schemas;
  final @Nullable String type;
  final @Nullable String format;
  final boolean nullable;
  final @Nullable JsonElement defaultValue;
  final @Nullable BigDecimal minimum;
  final @Nullable BigDecimal maximum;
  final Set<String> required;
  private final Map<String, Schema<?>> rawProperties;
  private final @Nullable Schema<?> rawItems;

  SchemaView(Schemas schemas, Parts parts) {
    this.schemas = schemas;
    this.type = parts.type;
    this.format = parts.format;
    this.nullable = parts.nullable;
    this.defaultValue = parts.defaultValue;
    this.minimum = parts.minimum;
    this.maximum = parts.maximum;
    this.required = Collections.unmodifiableSet(parts.required);
    this.rawProperties = Collections.unmodifiableMap(parts.properties);
    this.rawItems = parts.items;
  }

  /** The declared properties in the spec's order, which is also the order the server emits. */
  Map<String, SchemaView> properties() {
    Map<String, SchemaView> properties = new LinkedHashMap<>();
    for (Map.Entry<String, Schema<?>> property : rawProperties.entrySet()) {
      properties.put(property.getKey(), schemas.view(property.getValue()));
    }
    return properties;
  }

  @Nullable SchemaView property(String name) {
    Schema<?> raw = rawProperties.get(name);
    return raw == null ? null : schemas.view(raw);
  }

  @Nullable SchemaView items() {
    return rawItems == null ? null : schemas.view(rawItems);
  }

  boolean is(String wanted) {
    return wanted.equals(type);
  }

  boolean isObject() {
    return is("object") || !rawProperties.isEmpty();
  }

  /** The merged facts of a schema and its allOf parts, gathered before the view is built. */
  static final class Parts {
    @Nullable String type;
    @Nullable String format;
    boolean nullable;
    @Nullable JsonElement defaultValue;
    @Nullable BigDecimal minimum;
    @Nullable BigDecimal maximum;
    final Set<String> required = new LinkedHashSet<>();
    final Map<String, Schema<?>> properties = new LinkedHashMap<>();
    @Nullable Schema<?> items;

    /** Takes what {@code part} says where this schema said nothing; properties add up. */
    void inherit(SchemaView part) {
      type = type != null ? type : part.type;
      format = format != null ? format : part.format;
      defaultValue = defaultValue != null ? defaultValue : part.defaultValue;
      minimum = minimum != null ? minimum : part.minimum;
      maximum = maximum != null ? maximum : part.maximum;
      items = items != null ? items : part.rawItems;
      required.addAll(part.required);
      for (Map.Entry<String, Schema<?>> property : part.rawProperties.entrySet()) {
        properties.putIfAbsent(property.getKey(), property.getValue());
      }
    }
  }
}
