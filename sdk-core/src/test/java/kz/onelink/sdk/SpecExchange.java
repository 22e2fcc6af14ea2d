package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.onelink.sdk.errors.BadRequestException;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.PermissionDeniedException;
import kz.onelink.sdk.errors.RateLimitException;
import kz.onelink.sdk.errors.UnauthorizedException;
import kz.onelink.sdk.errors.UnexpectedStatusException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import kz.onelink.sdk.internal.SdkVersion;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import org.jspecify.annotations.Nullable;

/**
 * What a spec operation's exchange must look like on the wire: the responses a test enqueues
 * (fixtures, the spec's error examples) and the assertions on the request sent, the value returned
 * and the exception thrown. Every expected value comes from the spec or the fixture.
 */
public final class SpecExchange {
  private static final Gson GSON = OneLinkJson.gson();

  private SpecExchange() {}

  /**
   * The fixture of a success status as its file has it (or an empty 204), with an {@code
   * X-Request-Id}.
   */
  public static MockResponse success(SpecOperation operation, int status, String requestId) {
    MockResponse response =
        new MockResponse().setResponseCode(status).setHeader("X-Request-Id", requestId);
    if (operation.hasContent(status)) {
      response
          .setHeader("Content-Type", operation.responseMediaType(status) + "; charset=utf-8")
          .setBody(operation.fixtureText(status));
    }
    return response;
  }

  /** One of the spec's error examples as the server sends it, with an {@code X-Request-Id}. */
  public static MockResponse error(
      int status, SpecOperation.ErrorExample example, String requestId) {
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", example.mediaType + "; charset=utf-8")
        .setHeader("X-Request-Id", requestId)
        .setBody(example.body());
  }

  /**
   * The request is the one the spec describes: method, path with the examples' ids, query (every
   * required parameter, and every optional one when asked) in the spec's form, the token and the
   * User-Agent, and the body: {@code expectedBody} as JSON with the spec's media type, or none.
   */
  public static void assertRequest(
      SpecOperation operation,
      RecordedRequest request,
      boolean everyOptionalParameter,
      @Nullable JsonElement expectedBody) {
    String what = operation + " request";
    assertThat(request.getMethod()).as(what + " method").isEqualTo(operation.httpMethod());
    HttpUrl url = request.getRequestUrl();
    assertThat(url).as(what + " URL").isNotNull();
    assertThat(url.encodedPath()).as(what + " path").isEqualTo(operation.expectedPath());
    Map<String, List<String>> query = new LinkedHashMap<>();
    for (String name : url.queryParameterNames()) {
      query.put(name, url.queryParameterValues(name));
    }
    assertThat(query)
        .as(what + " query " + url.encodedQuery())
        .isEqualTo(operation.expectedQuery(everyOptionalParameter));
    assertThat(request.getHeader("api_access_token"))
        .as(what + " api_access_token")
        .isEqualTo(MockServerExtension.TOKEN);
    assertThat(request.getHeader("User-Agent"))
        .as(what + " User-Agent")
        .isEqualTo("onelink-sdk-java/" + SdkVersion.VERSION);
    for (int status : operation.successStatuses()) {
      if (operation.hasContent(status)) {
        assertThat(request.getHeader("Accept"))
            .as(what + " Accept")
            .isEqualTo(operation.responseMediaType(status));
      }
    }
    if (expectedBody == null) {
      assertThat(request.getBodySize()).as(what + " body size").isZero();
      return;
    }
    String header = request.getHeader("Content-Type");
    assertThat(header).as(what + " Content-Type").isNotNull();
    MediaType contentType = MediaType.get(header);
    assertThat(contentType.type() + "/" + contentType.subtype())
        .as(what + " Content-Type")
        .isEqualTo(operation.requestMediaType());
    assertThat(contentType.charset()).as(what + " charset").isEqualTo(StandardCharsets.UTF_8);
    assertThat(JsonParser.parseString(request.getBody().readUtf8()))
        .as(what + " body")
        .isEqualTo(expectedBody);
  }

  /** The body the spec's example sends: the request body example, or null without a body. */
  public static @Nullable JsonElement expectedBody(SpecOperation operation) {
    return operation.hasRequestBody() ? operation.requestBodyExample() : null;
  }

  /**
   * The value returned is the fixture's {@code payload} decoded as {@code type}, and encoding it
   * gives that payload back: every key, explicit nulls included.
   */
  public static void assertPayload(
      OperationCall call, @Nullable Object actual, Type type, JsonElement fixture) {
    String what = call.operation() + " value";
    assertThat(fixture.isJsonObject() && fixture.getAsJsonObject().has("payload"))
        .as(what + ": the fixture has a payload")
        .isTrue();
    JsonElement payload = fixture.getAsJsonObject().get("payload");
    Object expected = call.decode(payload, type, "the fixture's payload");
    assertThat(actual).as(what).isNotNull().isEqualTo(expected);
    assertThat(JsonParser.parseString(GSON.toJson(actual, type)))
        .as(what + " encoded again")
        .isEqualTo(payload);
  }

  /** The exception class the SDK documents for a status. */
  public static Class<? extends OneLinkServiceException> exceptionFor(int status) {
    switch (status) {
      case 400:
        return BadRequestException.class;
      case 401:
        return UnauthorizedException.class;
      case 403:
        return PermissionDeniedException.class;
      case 404:
        return NotFoundException.class;
      case 409:
        return ConflictException.class;
      case 422:
        return UnprocessableEntityException.class;
      case 429:
        return RateLimitException.class;
      default:
        return status >= 500 && status <= 599
            ? InternalServerException.class
            : UnexpectedStatusException.class;
    }
  }

  /**
   * The failure is the status's exception class, carrying the example's {@code code}, {@code error}
   * and {@code details}, the request id, and the request's method and path.
   */
  public static void assertServiceError(
      SpecOperation operation,
      int status,
      SpecOperation.ErrorExample example,
      String requestId,
      @Nullable Throwable thrown) {
    String what = operation + " " + status + " " + example;
    assertThat(thrown).as(what).isExactlyInstanceOf(exceptionFor(status));
    OneLinkServiceException error = (OneLinkServiceException) thrown;
    assertThat(error.statusCode()).as(what + " statusCode").isEqualTo(status);
    assertThat(error.errorCode()).as(what + " errorCode").isEqualTo(example.code());
    if (example.error() != null) {
      assertThat(error.serverMessage()).as(what + " serverMessage").isEqualTo(example.error());
    } else if (!example.value.isJsonObject()) {
      assertThat(error.serverMessage())
          .as(what + " serverMessage")
          .isEqualTo(example.body().trim());
    }
    JsonElement details = example.details();
    if (details == null) {
      assertThat(error.details()).as(what + " details").isEmpty();
    } else {
      assertThat(GSON.toJsonTree(error.details())).as(what + " details").isEqualTo(details);
    }
    assertThat(error.requestId()).as(what + " requestId").isEqualTo(requestId);
    assertThat(error.requestMethod()).as(what + " method").isEqualTo(operation.httpMethod());
    assertThat(error.requestPath()).as(what + " path").isEqualTo(operation.expectedPath());
  }
}
