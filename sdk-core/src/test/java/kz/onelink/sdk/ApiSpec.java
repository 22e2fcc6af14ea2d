package kz.onelink.sdk;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code openapi/openapi.yaml} as a Gson tree, read once: the operations and schemas that the
 * spec-driven tests iterate over, so no test keeps its own list of them.
 *
 * <p>The build passes the spec the SDK was generated from as the system property {@value #PROPERTY}
 * (the parent POM's surefire configuration); without it the spec is read from the classpath, where
 * {@code onelink-scheduling-openapi} puts it. Jackson reads the YAML as written (a date stays the
 * string it is in the file), which swagger-parser's models would not: they turn date examples into
 * {@code java.util.Date}.
 */
public final class ApiSpec {
  /** System property naming the spec file. */
  public static final String PROPERTY = "onelink.openapi";

  private static final String CLASSPATH = "/kz/onelink/openapi/openapi.yaml";
  private static final List<String> HTTP_METHODS =
      Arrays.asList("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final Object LOCK = new Object();
  private static ApiSpec instance;

  private final JsonObject root;
  private final List<SpecOperation> operations;

  private ApiSpec(JsonObject root) {
    this.root = root;
    List<SpecOperation> found = new ArrayList<>();
    for (Map.Entry<String, JsonElement> path : root.getAsJsonObject("paths").entrySet()) {
      JsonObject item = path.getValue().getAsJsonObject();
      for (Map.Entry<String, JsonElement> entry : item.entrySet()) {
        if (HTTP_METHODS.contains(entry.getKey())) {
          found.add(
              new SpecOperation(
                  this,
                  path.getKey(),
                  entry.getKey().toUpperCase(Locale.ROOT),
                  item,
                  entry.getValue().getAsJsonObject()));
        }
      }
    }
    this.operations = Collections.unmodifiableList(found);
  }

  /** The spec, read on first use. */
  public static ApiSpec get() {
    synchronized (LOCK) {
      if (instance == null) {
        instance = new ApiSpec(read());
      }
      return instance;
    }
  }

  /** Every operation of every path, in the order the spec lists them. */
  public List<SpecOperation> operations() {
    return operations;
  }

  /** The operation with this operationId. */
  public SpecOperation operation(String operationId) {
    for (SpecOperation operation : operations) {
      if (operation.operationId().equals(operationId)) {
        return operation;
      }
    }
    throw new IllegalArgumentException("no operation " + operationId + " in the spec");
  }

  /** {@code components/schemas}, by name, in spec order. */
  public Map<String, JsonObject> schemas() {
    Map<String, JsonObject> schemas = new LinkedHashMap<>();
    for (Map.Entry<String, JsonElement> entry :
        root.getAsJsonObject("components").getAsJsonObject("schemas").entrySet()) {
      schemas.put(entry.getKey(), entry.getValue().getAsJsonObject());
    }
    return schemas;
  }

  /**
   * The object itself, or the one its {@code $ref} (a local pointer) names, followed to the end.
   */
  public JsonObject resolve(JsonElement element) {
    JsonObject object = element.getAsJsonObject();
    for (int hops = 0; object.has("$ref"); hops++) {
      if (hops > 16) {
        throw new IllegalStateException("$ref loop at " + object);
      }
      String ref = object.get("$ref").getAsString();
      if (!ref.startsWith("#/")) {
        throw new IllegalStateException("only local $refs are supported: " + ref);
      }
      JsonElement target = root;
      for (String segment : ref.substring(2).split("/")) {
        String name = segment.replace("~1", "/").replace("~0", "~");
        target = target.getAsJsonObject().get(name);
        if (target == null) {
          throw new IllegalStateException("unresolved $ref " + ref);
        }
      }
      object = target.getAsJsonObject();
    }
    return object;
  }

  private static JsonObject read() {
    String file = System.getProperty(PROPERTY);
    try {
      ObjectMapper yaml = new ObjectMapper(new YAMLFactory());
      JsonNode tree;
      if (file != null && !file.isEmpty()) {
        tree = yaml.readTree(new File(file));
      } else {
        try (InputStream in = ApiSpec.class.getResourceAsStream(CLASSPATH)) {
          if (in == null) {
            throw new IllegalStateException(
                "openapi.yaml not found: set -D"
                    + PROPERTY
                    + "=<path> (the surefire configuration does) or put "
                    + "onelink-scheduling-openapi on the test classpath");
          }
          tree = yaml.readTree(in);
        }
      }
      return JsonParser.parseString(new ObjectMapper().writeValueAsString(tree)).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read openapi.yaml (" + file + ")", e);
    }
  }
}
