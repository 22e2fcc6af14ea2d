package kz.onelink.sdk;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Calls one spec operation through a generated service, sync or Rx, by reflection: {@code
 * client.<tag>().<x-onelink-method>(...)} with arguments decoded from the spec's examples through
 * the SDK's Gson. The Rx services have the same names and parameters, so one call shape serves
 * both.
 */
public final class OperationCall {
  /** The overloads every operation has (PARAMS only when it has optional query parameters). */
  public enum Overload {
    /** {@code method(required...)} */
    REQUIRED,
    /** {@code method(required..., XxxParams)} */
    PARAMS,
    /** {@code method(required..., [XxxParams,] RequestOptions)} */
    OPTIONS,
    /** {@code methodWithResponse(required..., [XxxParams,] RequestOptions)} */
    WITH_RESPONSE
  }

  private static final String PARAMS_PACKAGE = "kz.onelink.sdk.params";

  private final SpecOperation operation;
  private final Gson gson = OneLinkJson.gson();

  public OperationCall(SpecOperation operation) {
    this.operation = operation;
  }

  public SpecOperation operation() {
    return operation;
  }

  /** {@code client.<accessor>()} of a sync or Rx client. */
  public Object service(Object client) {
    String accessor = operation.serviceAccessor();
    try {
      return client.getClass().getMethod(accessor).invoke(client);
    } catch (NoSuchMethodException e) {
      throw new AssertionError(
          operation + ": " + client.getClass().getSimpleName() + " has no " + accessor + "()", e);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError(operation + ": " + accessor + "() failed", e);
    }
  }

  /** Whether the service has the overload (only PARAMS may be missing). */
  public boolean has(Class<?> service, Overload overload) {
    return find(service, overload) != null;
  }

  /** The overload in the service class; fails naming the operation when it is missing. */
  public Method method(Class<?> service, Overload overload) {
    Method method = find(service, overload);
    if (method == null) {
      throw new AssertionError(
          operation
              + ": "
              + service.getSimpleName()
              + " has no "
              + overload
              + " overload of "
              + operation.javaMethod());
    }
    return method;
  }

  private @Nullable Method find(Class<?> service, Overload overload) {
    String name =
        overload == Overload.WITH_RESPONSE
            ? operation.javaMethod() + "WithResponse"
            : operation.javaMethod();
    List<Method> found = new ArrayList<>();
    for (Method method : service.getMethods()) {
      if (!method.getName().equals(name) || Modifier.isStatic(method.getModifiers())) {
        continue;
      }
      Class<?>[] types = method.getParameterTypes();
      Class<?> last = types.length == 0 ? null : types[types.length - 1];
      boolean options = last == RequestOptions.class;
      boolean params = last != null && isParams(last);
      boolean matches;
      switch (overload) {
        case REQUIRED:
          matches = !options && !params;
          break;
        case PARAMS:
          matches = params;
          break;
        default:
          matches = options;
      }
      if (matches) {
        found.add(method);
      }
    }
    if (found.size() > 1) {
      throw new AssertionError(operation + ": more than one " + overload + " overload: " + found);
    }
    return found.isEmpty() ? null : found.get(0);
  }

  /**
   * The arguments of that overload: the required ones (path parameters in path order, required
   * query parameters, then the body) decoded from the spec's examples; the {@code *Params} with
   * every optional parameter's example, or {@code none()}; {@code RequestOptions.none()}.
   */
  public Object[] arguments(Method method, boolean everyOptionalParameter) {
    List<JsonElement> required = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SpecOperation.Parameter parameter : operation.pathParameters()) {
      required.add(parameter.example());
      names.add(parameter.toString());
    }
    for (SpecOperation.Parameter parameter : operation.queryParameters(true)) {
      required.add(parameter.example());
      names.add(parameter.toString());
    }
    if (operation.hasRequestBody()) {
      required.add(operation.requestBodyExample());
      names.add("request body");
    }
    Type[] types = method.getGenericParameterTypes();
    Object[] arguments = new Object[types.length];
    int i = 0;
    for (; i < required.size(); i++) {
      if (i >= types.length || !isArgument(types[i])) {
        throw new AssertionError(
            operation + ": " + method + " takes no argument for the spec's " + names.get(i));
      }
      arguments[i] = decode(required.get(i), types[i], names.get(i));
    }
    for (; i < types.length; i++) {
      Class<?> type = rawType(types[i]);
      if (type == RequestOptions.class) {
        arguments[i] = RequestOptions.none();
      } else if (isParams(type)) {
        arguments[i] = params(type, everyOptionalParameter);
      } else {
        throw new AssertionError(
            operation + ": " + method + " takes an argument the spec does not require: " + type);
      }
    }
    return arguments;
  }

  /** The number of arguments the spec requires (path, required query, body). */
  public int requiredArgumentCount() {
    return operation.pathParameters().size()
        + operation.queryParameters(true).size()
        + (operation.hasRequestBody() ? 1 : 0);
  }

  private Object params(Class<?> type, boolean everyOptionalParameter) {
    try {
      if (!everyOptionalParameter) {
        return type.getMethod("none").invoke(null);
      }
      Object builder = type.getMethod("builder").invoke(null);
      for (SpecOperation.Parameter parameter : operation.queryParameters(false)) {
        Method setter = setter(builder.getClass(), parameter);
        setter.invoke(
            builder,
            decode(parameter.example(), setter.getGenericParameterTypes()[0], parameter.name));
      }
      return builder.getClass().getMethod("build").invoke(builder);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(operation + ": cannot build " + type.getSimpleName(), e);
    }
  }

  private Method setter(Class<?> builder, SpecOperation.Parameter parameter) {
    for (Method method : builder.getMethods()) {
      if (method.getName().equals(parameter.javaName())
          && method.getParameterCount() == 1
          && !method.getParameterTypes()[0].isArray()) {
        return method;
      }
    }
    throw new AssertionError(
        operation
            + ": "
            + builder.getName()
            + " has no "
            + parameter.javaName()
            + "(…) for query parameter "
            + parameter.name);
  }

  /** Decodes a spec value into a Java type with the SDK's Gson. */
  public Object decode(JsonElement value, Type type, String what) {
    Type boxed = type == long.class ? Long.class : type == int.class ? Integer.class : type;
    Object decoded;
    try {
      decoded = gson.fromJson(value, boxed);
    } catch (RuntimeException e) {
      throw new AssertionError(
          operation + ": the SDK's Gson cannot read " + what + " " + value + " as " + type, e);
    }
    if (decoded == null) {
      throw new AssertionError(operation + ": " + what + " decoded to null from " + value);
    }
    return decoded;
  }

  /** Invokes the method and hands back what it returned, or rethrows what it threw. */
  public static @Nullable Object invoke(Object target, Method method, Object[] arguments)
      throws Throwable {
    try {
      return method.invoke(target, arguments);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  /** The type argument of a {@code Single<T>} or {@code OneLinkResponse<T>}. */
  public static Type typeArgument(Type type) {
    if (!(type instanceof ParameterizedType)) {
      throw new AssertionError(type + " has no type argument");
    }
    return ((ParameterizedType) type).getActualTypeArguments()[0];
  }

  /** {@code java.util.List<kz.onelink.sdk.model.WorkRule>} → {@code List<WorkRule>}. */
  public static String simpleName(Type type) {
    if (type instanceof Class) {
      return ((Class<?>) type).getSimpleName();
    }
    if (type instanceof ParameterizedType) {
      ParameterizedType parameterized = (ParameterizedType) type;
      List<String> arguments = new ArrayList<>();
      for (Type argument : parameterized.getActualTypeArguments()) {
        arguments.add(simpleName(argument));
      }
      return simpleName(parameterized.getRawType()) + "<" + String.join(", ", arguments) + ">";
    }
    return type.getTypeName();
  }

  private static boolean isArgument(Type type) {
    Class<?> raw = rawType(type);
    return raw != RequestOptions.class && !isParams(raw);
  }

  private static boolean isParams(Class<?> type) {
    return type.getPackage() != null && type.getPackage().getName().equals(PARAMS_PACKAGE);
  }

  private static Class<?> rawType(Type type) {
    if (type instanceof Class) {
      return (Class<?>) type;
    }
    if (type instanceof ParameterizedType) {
      return (Class<?>) ((ParameterizedType) type).getRawType();
    }
    throw new AssertionError("unexpected parameter type " + type);
  }
}
