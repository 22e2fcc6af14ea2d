package kz.onelink.sdk.rx;

import static org.assertj.core.api.Assertions.assertThat;

import io.reactivex.rxjava3.core.Completable;
import io.reactivex.rxjava3.core.Single;
import io.reactivex.rxjava3.observers.TestObserver;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;
import kz.onelink.sdk.ApiSpec;
import kz.onelink.sdk.MockServerExtension;
import kz.onelink.sdk.OneLinkResponse;
import kz.onelink.sdk.OperationCall;
import kz.onelink.sdk.OperationCall.Overload;
import kz.onelink.sdk.SpecExchange;
import kz.onelink.sdk.SpecOperation;
import kz.onelink.sdk.rx.services.RxOneLinkServices;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of openapi.yaml (found in the spec, as in sdk-core's {@code EveryOperationTest})
 * through {@link RxOneLinkClient}: the value it emits from the operation's fixture, its {@code
 * ...WithResponse} twin, and one declared error, each with the request the spec describes.
 */
class RxEveryOperationTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  static Stream<Arguments> successes() {
    List<Arguments> cases = new ArrayList<>();
    for (SpecOperation operation : ApiSpec.get().operations()) {
      for (int status : operation.successStatuses()) {
        cases.add(Arguments.of(Named.of(operation + " " + status, operation), status));
      }
    }
    return cases.stream();
  }

  static Stream<Arguments> operations() {
    return ApiSpec.get().operations().stream()
        .map(operation -> Arguments.of(Named.of(operation.operationId(), operation)));
  }

  /** Each group of operations is one object per Rx client, created on first use and then shared. */
  @Test
  void everyServiceIsCreatedOnceAndShared() throws Exception {
    RxOneLinkClient client = RxOneLinkClient.create(mock.client());
    int services = 0;
    for (Method accessor : RxOneLinkServices.class.getDeclaredMethods()) {
      if (accessor.getParameterCount() == 0
          && accessor.getReturnType().getName().endsWith("Service")) {
        Object first = accessor.invoke(client);
        assertThat(first).as(accessor.getName()).isNotNull().isSameAs(accessor.invoke(client));
        services++;
      }
    }
    assertThat(services)
        .isEqualTo(ApiSpec.get().operations().stream().map(SpecOperation::tag).distinct().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successes")
  void emitsTheFixtureAndSendsTheSpecsRequest(SpecOperation operation, int status)
      throws Exception {
    OperationCall call = new OperationCall(operation);
    Object service = call.service(RxOneLinkClient.create(mock.client()));
    Method method = call.method(service.getClass(), Overload.OPTIONS);
    mock.server().enqueue(SpecExchange.success(operation, status, UUID.randomUUID().toString()));

    TestObserver<?> observer = subscribe(operation, service, method, call.arguments(method, true));

    observer.assertNoErrors().assertComplete();
    SpecExchange.assertRequest(
        operation, mock.server().takeRequest(), true, SpecExchange.expectedBody(operation));
    if (operation.hasContent(status)) {
      assertThat(method.getReturnType()).as(operation + " returns").isEqualTo(Single.class);
      observer.assertValueCount(1);
      SpecExchange.assertPayload(
          call,
          observer.values().get(0),
          OperationCall.typeArgument(method.getGenericReturnType()),
          operation.fixture(status));
    } else {
      assertThat(method.getReturnType()).as(operation + " returns").isEqualTo(Completable.class);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successes")
  void withResponseEmitsTheStatusHeadersAndRequestId(SpecOperation operation, int status)
      throws Exception {
    OperationCall call = new OperationCall(operation);
    Object service = call.service(RxOneLinkClient.create(mock.client()));
    Method method = call.method(service.getClass(), Overload.WITH_RESPONSE);
    String requestId = UUID.randomUUID().toString();
    mock.server().enqueue(SpecExchange.success(operation, status, requestId));

    TestObserver<?> observer = subscribe(operation, service, method, call.arguments(method, true));

    observer.assertNoErrors().assertComplete().assertValueCount(1);
    OneLinkResponse<?> response = (OneLinkResponse<?>) observer.values().get(0);
    assertThat(response.statusCode()).as(operation + " statusCode").isEqualTo(status);
    assertThat(response.requestId()).as(operation + " requestId").isEqualTo(requestId);
    SpecExchange.assertRequest(
        operation, mock.server().takeRequest(), true, SpecExchange.expectedBody(operation));
    if (operation.hasContent(status)) {
      Type single = method.getGenericReturnType();
      SpecExchange.assertPayload(
          call,
          response.value(),
          OperationCall.typeArgument(OperationCall.typeArgument(single)),
          operation.fixture(status));
    } else {
      assertThat(response.value()).as(operation + " value").isNull();
    }
  }

  /** The first declared error whose example carries a {@code code}, else the first error. */
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void anErrorStatusFailsWithItsException(SpecOperation operation) throws Exception {
    OperationCall call = new OperationCall(operation);
    // No retries: 429 and 5xx would otherwise be sent again.
    Object service =
        call.service(RxOneLinkClient.create(mock.clientBuilder().maxRetries(0).build()));
    Method method = call.method(service.getClass(), Overload.REQUIRED);
    assertThat(operation.errorStatuses()).as(operation + " declares errors").isNotEmpty();
    int status = operation.errorStatuses().get(0);
    SpecOperation.ErrorExample example = operation.errorExamples(status).get(0);
    for (int declared : operation.errorStatuses()) {
      SpecOperation.ErrorExample first = operation.errorExamples(declared).get(0);
      if (first.code() != null) {
        status = declared;
        example = first;
        break;
      }
    }
    String requestId = UUID.randomUUID().toString();
    mock.server().enqueue(SpecExchange.error(status, example, requestId));

    TestObserver<?> observer = subscribe(operation, service, method, call.arguments(method, false));

    AtomicReference<Throwable> error = new AtomicReference<>();
    observer
        .assertNotComplete()
        .assertNoValues()
        .assertError(
            e -> {
              error.set(e);
              return true;
            });
    SpecExchange.assertServiceError(operation, status, example, requestId, error.get());
    SpecExchange.assertRequest(
        operation, mock.server().takeRequest(), false, SpecExchange.expectedBody(operation));
  }

  /** Calls the Rx method (which must not throw) and waits for its Single or Completable. */
  private static TestObserver<?> subscribe(
      SpecOperation operation, Object service, Method method, Object[] arguments)
      throws InterruptedException {
    Object source;
    try {
      source = OperationCall.invoke(service, method, arguments);
    } catch (Throwable t) {
      throw new AssertionError(operation + " " + method.getName() + " threw " + t, t);
    }
    TestObserver<?> observer;
    if (source instanceof Single) {
      observer = ((Single<?>) source).test();
    } else if (source instanceof Completable) {
      observer = ((Completable) source).test();
    } else {
      throw new AssertionError(operation + " " + method.getName() + " returned " + source);
    }
    assertThat(observer.await(20, TimeUnit.SECONDS))
        .as(operation + " " + method.getName() + " terminated")
        .isTrue();
    return observer;
  }
}
