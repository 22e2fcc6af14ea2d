package kz.onelink.sdk.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import kz.onelink.sdk.ApiSpec;
import kz.onelink.sdk.SpecOperation;
import kz.onelink.sdk.rx.services.RxOneLinkServices;
import kz.onelink.sdk.services.OneLinkServices;
import org.junit.jupiter.api.Test;

/**
 * Every public service method of sdk-core, {@code ...WithResponse} included, has an Rx twin: same
 * name, same parameter types (generic ones too), Single of the same type; and every operation of
 * openapi.yaml is among the methods checked.
 */
class RxParityTest {
  @Test
  void everyServiceHasAnRxTwin() throws Exception {
    List<String> missing = new ArrayList<>();
    Set<String> checked = new HashSet<>();
    for (Method accessor : publicMethods(OneLinkServices.class)) {
      Method rxAccessor =
          find(RxOneLinkServices.class, accessor.getName(), accessor.getParameterTypes());
      if (rxAccessor == null) {
        missing.add("service accessor " + accessor.getName() + "()");
        continue;
      }
      Class<?> service = accessor.getReturnType();
      Class<?> rxService = rxAccessor.getReturnType();
      assertThat(rxService.getSimpleName()).isEqualTo("Rx" + service.getSimpleName());
      for (Method method : publicMethods(service)) {
        Method twin = find(rxService, method.getName(), method.getParameterTypes());
        if (twin == null) {
          missing.add(
              service.getSimpleName()
                  + "."
                  + method.getName()
                  + Arrays.toString(method.getParameterTypes()));
        } else {
          assertThat(twin.getGenericReturnType())
              .as(twin.toString())
              .isEqualTo(rxTypeOf(method.getGenericReturnType()));
          assertThat(twin.getGenericParameterTypes())
              .as(twin + " generic parameter types")
              .containsExactly(method.getGenericParameterTypes());
          checked.add(accessor.getName() + "()." + method.getName());
        }
      }
    }
    assertThat(missing).as("sdk-core methods without an Rx twin").isEmpty();
    for (SpecOperation operation : ApiSpec.get().operations()) {
      String prefix = operation.serviceAccessor() + "().";
      assertThat(checked)
          .as(operation + ": its methods were compared with their Rx twins")
          .contains(
              prefix + operation.javaMethod(), prefix + operation.javaMethod() + "WithResponse");
    }
  }

  @Test
  void theRxServicesHaveNothingExtra() {
    for (Method rxAccessor : publicMethods(RxOneLinkServices.class)) {
      assertThat(find(OneLinkServices.class, rxAccessor.getName(), rxAccessor.getParameterTypes()))
          .isNotNull();
      Class<?> rxService = rxAccessor.getReturnType();
      Class<?> service = find(OneLinkServices.class, rxAccessor.getName()).getReturnType();
      for (Method method : publicMethods(rxService)) {
        assertThat(find(service, method.getName(), method.getParameterTypes()))
            .as(method.toString())
            .isNotNull();
      }
    }
  }

  private static Type rxTypeOf(Type syncType) {
    if (syncType == void.class) {
      return Completable.class;
    }
    return new ParameterizedType() {
      @Override
      public Type[] getActualTypeArguments() {
        return new Type[] {syncType};
      }

      @Override
      public Type getRawType() {
        return Single.class;
      }

      @Override
      public Type getOwnerType() {
        return null;
      }

      @Override
      public boolean equals(Object other) {
        return other instanceof ParameterizedType
            && ((ParameterizedType) other).getRawType() == Single.class
            && Arrays.equals(
                ((ParameterizedType) other).getActualTypeArguments(), getActualTypeArguments());
      }

      @Override
      public int hashCode() {
        return Arrays.hashCode(getActualTypeArguments()) ^ Single.class.hashCode();
      }

      @Override
      public String toString() {
        return "Single<" + syncType.getTypeName() + ">";
      }
    };
  }

  private static List<Method> publicMethods(Class<?> type) {
    List<Method> methods = new ArrayList<>();
    for (Method method : type.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && !Modifier.isStatic(method.getModifiers())) {
        methods.add(method);
      }
    }
    return methods;
  }

  private static Method find(Class<?> type, String name, Class<?>... parameters) {
    try {
      return type.getMethod(name, parameters);
    } catch (NoSuchMethodException e) {
      return null;
    }
  }
}
