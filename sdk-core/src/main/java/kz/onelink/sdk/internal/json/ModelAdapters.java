package kz.onelink.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.reflect.TypeToken;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import org.jspecify.annotations.Nullable;

/**
 * Finds the streaming adapter every generated model and enumeration declares as {@code static
 * TypeAdapter<T> gsonAdapter(Gson)}. The models carry no {@code @JsonAdapter}: Gson's shipped R8
 * rules keep every class so annotated, which would keep the models of services an app never calls.
 * Looked up once per type (Gson caches adapters).
 */
final class ModelAdapters implements TypeAdapterFactory {
  static final String METHOD = "gsonAdapter";

  @Override
  public <T> @Nullable TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    Class<? super T> raw = type.getRawType();
    if (raw.isPrimitive() || raw.isArray() || raw.getClassLoader() == null) {
      return null; // the JDK's own types
    }
    for (Method method : raw.getDeclaredMethods()) {
      if (method.getName().equals(METHOD)
          && Modifier.isStatic(method.getModifiers())
          && method.getParameterTypes().length == 1
          && method.getParameterTypes()[0] == Gson.class) {
        return invoke(method, gson);
      }
    }
    return null;
  }

  @SuppressWarnings("unchecked")
  private static <T> TypeAdapter<T> invoke(Method method, Gson gson) {
    try {
      method.setAccessible(true); // package-private on purpose: not part of the models' API
      // Null-safe, as @JsonAdapter makes them: JSON null is null, a null field is not written.
      return ((TypeAdapter<T>) method.invoke(null, gson)).nullSafe();
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot call " + method, e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot create the adapter of " + method, e.getCause());
    }
  }

  @Override
  public String toString() {
    return "ModelAdapters";
  }
}
