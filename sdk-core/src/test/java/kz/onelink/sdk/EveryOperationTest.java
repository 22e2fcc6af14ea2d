package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import kz.onelink.sdk.OperationCall.Overload;
import kz.onelink.sdk.services.OneLinkServices;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every operation of openapi.yaml, found in the spec (not listed here), called through the sync
 * client against MockWebServer: the request it sends, the value it returns from the operation's
 * fixture, its {@code ...WithResponse} twin, and the exception of each error status it declares.
 * Fixtures are found by the convention in {@link SpecOperation}; a missing one fails the test with
 * its file name.
 */
class EveryOperationTest {
  @RegisterExtension final MockServerExtension mock = new MockServerExtension();

  static Stream<Arguments> operations() {
    return ApiSpec.get().operations().stream()
        .map(operation -> Arguments.of(Named.of(operation.operationId(), operation)));
  }

  static Stream<Arguments> successes() {
    return statuses(true);
  }

  static Stream<Arguments> errors() {
    return statuses(false);
  }

  static Stream<Arguments> keyedCreates() {
    return ApiSpec.get().operations().stream()
        .filter(operation -> operation.idempotencyKeyField() != null)
        .map(operation -> Arguments.of(Named.of(operation.operationId(), operation)));
  }

  private static Stream<Arguments> statuses(boolean success) {
    List<Arguments> cases = new ArrayList<>();
    for (SpecOperation operation : ApiSpec.get().operations()) {
      for (int status : success ? operation.successStatuses() : operation.errorStatuses()) {
        cases.add(Arguments.of(Named.of(operation + " " + status, operation), status));
      }
    }
    return cases.stream();
  }

  /** Each group of operations is one object per client, created on first use and then shared. */
  @Test
  void everyServiceIsCreatedOnceAndShared() throws Exception {
    int services = 0;
    for (Method accessor : OneLinkServices.class.getDeclaredMethods()) {
      if (accessor.getParameterCount() == 0
          && accessor.getReturnType().getName().endsWith("Service")) {
        Object first = accessor.invoke(mock.client());
        assertThat(first)
            .as(accessor.getName())
            .isNotNull()
            .isSameAs(accessor.invoke(mock.client()));
        services++;
      }
    }
    assertThat(services)
        .isEqualTo(ApiSpec.get().operations().stream().map(SpecOperation::tag).distinct().count());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void theJavaMethodsHaveTheSpecsShape(SpecOperation operation) {
    OperationCall call = new OperationCall(operation);
    Class<?> service = serviceClass(operation);

    assertThat(operation.successStatuses()).as(operation + " success statuses").isNotEmpty();
    assertThat(operation.otherParameters())
        .as(operation + " header or cookie parameters")
        .isEmpty();
    Method required = call.method(service, Overload.REQUIRED);
    assertThat(required.getParameterCount())
        .as(operation + ": path parameters, required query parameters and body")
        .isEqualTo(call.requiredArgumentCount());
    String returns = operation.returns() == null ? "void" : operation.returns();
    assertThat(OperationCall.simpleName(required.getGenericReturnType()))
        .as(operation + " return type (x-onelink-returns)")
        .isEqualTo(returns);
    assertThat(call.has(service, Overload.PARAMS))
        .as(operation + " has a *Params overload exactly when it has optional query parameters")
        .isEqualTo(!operation.queryParameters(false).isEmpty());
    assertThat(call.method(service, Overload.OPTIONS).getGenericReturnType())
        .as(operation + " return type with RequestOptions")
        .isEqualTo(required.getGenericReturnType());
    assertThat(
            OperationCall.simpleName(
                call.method(service, Overload.WITH_RESPONSE).getGenericReturnType()))
        .as(operation + " WithResponse return type")
        .isEqualTo("OneLinkResponse<" + (operation.returns() == null ? "Void" : returns) + ">");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successes")
  void everyOverloadSendsTheSpecsRequestAndReturnsTheFixture(SpecOperation operation, int status)
      throws Exception {
    OperationCall call = new OperationCall(operation);
    Object service = call.service(mock.client());
    List<Overload> overloads = new ArrayList<>(Arrays.asList(Overload.REQUIRED, Overload.OPTIONS));
    if (call.has(service.getClass(), Overload.PARAMS)) {
      overloads.add(Overload.PARAMS);
    }

    for (Overload overload : overloads) {
      Method method = call.method(service.getClass(), overload);
      boolean everyOptionalParameter = overload != Overload.REQUIRED;
      mock.server().enqueue(SpecExchange.success(operation, status, UUID.randomUUID().toString()));

      Object value =
          succeed(
              operation + " " + overload,
              service,
              method,
              call.arguments(method, everyOptionalParameter));

      RecordedRequest request = mock.server().takeRequest();
      SpecExchange.assertRequest(
          operation, request, everyOptionalParameter, SpecExchange.expectedBody(operation));
      if (operation.hasContent(status)) {
        SpecExchange.assertPayload(
            call, value, method.getGenericReturnType(), operation.fixture(status));
      } else {
        assertThat(method.getReturnType()).as(operation + " " + overload).isEqualTo(void.class);
      }
    }
    assertThat(mock.server().getRequestCount())
        .as(operation + " requests")
        .isEqualTo(overloads.size());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("successes")
  void withResponseGivesTheStatusHeadersAndRequestId(SpecOperation operation, int status)
      throws Exception {
    OperationCall call = new OperationCall(operation);
    Object service = call.service(mock.client());
    Method method = call.method(service.getClass(), Overload.WITH_RESPONSE);
    String requestId = UUID.randomUUID().toString();
    String marker = UUID.randomUUID().toString();
    mock.server()
        .enqueue(SpecExchange.success(operation, status, requestId).setHeader("X-Marker", marker));

    OneLinkResponse<?> response =
        (OneLinkResponse<?>)
            succeed(operation + " WithResponse", service, method, call.arguments(method, true));

    assertThat(response).as(operation + " response").isNotNull();
    assertThat(response.statusCode()).as(operation + " statusCode").isEqualTo(status);
    assertThat(response.requestId()).as(operation + " requestId").isEqualTo(requestId);
    assertThat(response.header("x-marker")).as(operation + " header").isEqualTo(marker);
    assertThat(response.headers())
        .as(operation + " headers")
        .containsEntry("x-marker", Arrays.asList(marker));
    SpecExchange.assertRequest(
        operation, mock.server().takeRequest(), true, SpecExchange.expectedBody(operation));
    if (operation.hasContent(status)) {
      SpecExchange.assertPayload(
          call,
          response.value(),
          OperationCall.typeArgument(method.getGenericReturnType()),
          operation.fixture(status));
    } else {
      assertThat(response.value()).as(operation + " value").isNull();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("errors")
  void eachDeclaredErrorStatusThrowsItsException(SpecOperation operation, int status)
      throws Exception {
    OperationCall call = new OperationCall(operation);
    // No retries: 429 and 5xx would otherwise be sent again.
    Object service = call.service(mock.clientBuilder().maxRetries(0).build());
    Method method = call.method(service.getClass(), Overload.REQUIRED);

    for (SpecOperation.ErrorExample example : operation.errorExamples(status)) {
      String requestId = UUID.randomUUID().toString();
      mock.server().enqueue(SpecExchange.error(status, example, requestId));

      Throwable thrown = null;
      try {
        OperationCall.invoke(service, method, call.arguments(method, false));
      } catch (Throwable t) {
        thrown = t;
      }

      SpecExchange.assertServiceError(operation, status, example, requestId, thrown);
      SpecExchange.assertRequest(
          operation, mock.server().takeRequest(), false, SpecExchange.expectedBody(operation));
    }
    assertThat(mock.server().getRequestCount())
        .as(operation + " " + status + " requests")
        .isEqualTo(operation.errorExamples(status).size());
  }

  /**
   * After a 5xx the SDK sends the same request again exactly when the spec says repeating it is
   * safe ({@link SpecOperation#repeatable()}); otherwise the caller gets the error at once.
   */
  @ParameterizedTest(name = "{0}")
  @MethodSource("operations")
  void aServerErrorIsRetriedExactlyWhenTheSpecSaysRepeatingIsSafe(SpecOperation operation)
      throws Exception {
    OperationCall call = new OperationCall(operation);
    Object service = call.service(mock.client());
    Method method = call.method(service.getClass(), Overload.REQUIRED);
    int serverError = -1;
    for (int status : operation.errorStatuses()) {
      if (status >= 500 && serverError < 0) {
        serverError = status;
      }
    }
    assertThat(serverError).as(operation + " declares a 5xx").isPositive();
    SpecOperation.ErrorExample example = operation.errorExamples(serverError).get(0);
    int success = operation.successStatuses().get(0);
    mock.server().enqueue(SpecExchange.error(serverError, example, "first"));
    mock.server().enqueue(SpecExchange.success(operation, success, "second"));

    Object[] arguments = call.arguments(method, false);
    String keyField = operation.idempotencyKeyField();
    if (keyField != null) {
      // Without a key of the caller's, the one the SDK generates must be the same on the retry.
      JsonObject withoutKey = operation.requestBodyExample().getAsJsonObject();
      withoutKey.remove(keyField);
      int body = call.requiredArgumentCount() - 1;
      arguments[body] = call.decode(withoutKey, method.getGenericParameterTypes()[body], "body");
    }

    Throwable thrown = null;
    try {
      OperationCall.invoke(service, method, arguments);
    } catch (Throwable t) {
      thrown = t;
    }

    RecordedRequest first = mock.server().takeRequest();
    String firstBody = first.getBody().readUtf8();
    if (keyField != null) {
      assertThat(JsonParser.parseString(firstBody).getAsJsonObject().has(keyField))
          .as(operation + ": " + keyField + " sent")
          .isTrue();
    }
    if (operation.repeatable()) {
      assertThat(thrown).as(operation + ": retried after " + serverError).isNull();
      assertThat(mock.server().getRequestCount()).as(operation + " requests").isEqualTo(2);
      RecordedRequest second = mock.server().takeRequest();
      assertThat(second.getRequestLine())
          .as(operation + " again")
          .isEqualTo(first.getRequestLine());
      // The same body, idempotency key included: a keyed create must not book twice.
      assertThat(second.getBody().readUtf8()).as(operation + " body again").isEqualTo(firstBody);
    } else {
      SpecExchange.assertServiceError(operation, serverError, example, "first", thrown);
      assertThat(mock.server().getRequestCount()).as(operation + " requests").isEqualTo(1);
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keyedCreates")
  void aKeyedCreateSentWithoutItsKeyGetsAFreshOnePerCall(SpecOperation operation) throws Exception {
    OperationCall call = new OperationCall(operation);
    String field = operation.idempotencyKeyField();
    JsonObject withoutKey = operation.requestBodyExample().getAsJsonObject();
    withoutKey.remove(field);
    Object service = call.service(mock.client());
    Method method = call.method(service.getClass(), Overload.REQUIRED);
    int body = call.requiredArgumentCount() - 1;
    int status = operation.successStatuses().get(0);

    List<String> keys = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      Object[] arguments = call.arguments(method, false);
      arguments[body] = call.decode(withoutKey, method.getGenericParameterTypes()[body], "body");
      mock.server().enqueue(SpecExchange.success(operation, status, "req-" + i));

      succeed(operation.toString(), service, method, arguments);

      RecordedRequest request = mock.server().takeRequest();
      JsonObject sent = JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
      JsonElement key = sent.remove(field);
      assertThat(key).as(operation + ": " + field + " sent").isNotNull();
      keys.add(UUID.fromString(key.getAsString()).toString());
      assertThat(sent).as(operation + ": the rest of the body").isEqualTo(withoutKey);
    }
    assertThat(keys.get(0)).as(operation + ": one key per call").isNotEqualTo(keys.get(1));
  }

  /** Invokes a call that must succeed; a failure names the operation. */
  private static Object succeed(String what, Object service, Method method, Object[] arguments) {
    try {
      return OperationCall.invoke(service, method, arguments);
    } catch (Throwable t) {
      throw new AssertionError(what + " threw " + t, t);
    }
  }

  private static Class<?> serviceClass(SpecOperation operation) {
    try {
      return OneLinkServices.class.getMethod(operation.serviceAccessor()).getReturnType();
    } catch (NoSuchMethodException e) {
      throw new AssertionError(
          operation + ": the client has no " + operation.serviceAccessor() + "()", e);
    }
  }
}
