package kz.onelink.sdk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.Duration;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import kz.onelink.sdk.errors.BadRequestException;
import kz.onelink.sdk.errors.ConflictException;
import kz.onelink.sdk.errors.InternalServerException;
import kz.onelink.sdk.errors.NotFoundException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.PermissionDeniedException;
import kz.onelink.sdk.errors.RateLimitException;
import kz.onelink.sdk.errors.UnauthorizedException;
import kz.onelink.sdk.errors.UnexpectedStatusException;
import kz.onelink.sdk.errors.UnprocessableEntityException;
import okhttp3.Headers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The exceptions and responses callers get: their messages, accessors and defaults. */
class ExceptionModelTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "399 | UnexpectedStatusException   | HTTP 399",
        "400 | BadRequestException         | HTTP 400 Bad Request",
        "401 | UnauthorizedException       | HTTP 401 Unauthorized",
        "403 | PermissionDeniedException   | HTTP 403 Forbidden",
        "404 | NotFoundException           | HTTP 404 Not Found",
        "408 | UnexpectedStatusException   | HTTP 408 Request Timeout",
        "409 | ConflictException           | HTTP 409 Conflict",
        "422 | UnprocessableEntityException | HTTP 422 Unprocessable Entity",
        "429 | RateLimitException          | HTTP 429 Too Many Requests",
        "499 | UnexpectedStatusException   | HTTP 499",
        "500 | InternalServerException     | HTTP 500 Internal Server Error",
        "502 | InternalServerException     | HTTP 502 Bad Gateway",
        "503 | InternalServerException     | HTTP 503 Service Unavailable",
        "504 | InternalServerException     | HTTP 504 Gateway Timeout",
        "599 | InternalServerException     | HTTP 599",
        "600 | UnexpectedStatusException   | HTTP 600"
      })
  void eachStatusHasItsClassAndReasonPhrase(int status, String type, String message) {
    OneLinkServiceException e = OneLinkServiceException.builder(status).build();

    assertThat(e.getClass().getSimpleName()).isEqualTo(type);
    assertThat(e).hasMessage(message);
    assertThat(e.statusCode()).isEqualTo(status);
  }

  @Test
  void theMessageHasEachPartThatIsPresentInOrder() {
    Map<String, List<String>> headers = new LinkedHashMap<>();
    headers.put("x-request-id", Collections.singletonList("req-1"));
    Map<String, Object> details = new LinkedHashMap<>();
    details.put("field", Collections.singletonList("is bad"));
    OneLinkServiceException e =
        OneLinkServiceException.builder(409)
            .serverMessage("Slot is already booked")
            .errorCode("SLOT_CONFLICT")
            .request("POST", "/api/v1/accounts/17/scheduling/appointments")
            .requestId("req-1")
            .headers(headers)
            .details(details)
            .body("{}")
            .build();

    assertThat(e)
        .isExactlyInstanceOf(ConflictException.class)
        .hasMessage(
            "HTTP 409 Conflict: Slot is already booked; code: SLOT_CONFLICT; request: POST"
                + " /api/v1/accounts/17/scheduling/appointments; request-id: req-1");
    assertThat(e.serverMessage()).isEqualTo("Slot is already booked");
    assertThat(e.errorCode()).isEqualTo("SLOT_CONFLICT");
    assertThat(e.requestMethod()).isEqualTo("POST");
    assertThat(e.requestPath()).isEqualTo("/api/v1/accounts/17/scheduling/appointments");
    assertThat(e.requestId()).isEqualTo("req-1");
    assertThat(e.headers()).isEqualTo(headers);
    assertThat(e.details()).isEqualTo(details);
    assertThat(e.body()).isEqualTo("{}");
    assertThatThrownBy(() -> e.details().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThatThrownBy(() -> e.headers().put("x", null))
        .isInstanceOf(UnsupportedOperationException.class);
    details.put("later", 1);
    assertThat(e.details()).as("a copy, not a view").doesNotContainKey("later");
  }

  @Test
  void absentPartsHaveEmptyDefaults() {
    OneLinkServiceException e =
        OneLinkServiceException.builder(404)
            .serverMessage(null)
            .details(null)
            .headers(null)
            .body(null)
            .requestId(null)
            .errorCode(null)
            .build();

    assertThat(e).isExactlyInstanceOf(NotFoundException.class).hasMessage("HTTP 404 Not Found");
    assertThat(e.serverMessage()).isEmpty();
    assertThat(e.details()).isEmpty();
    assertThat(e.headers()).isEmpty();
    assertThat(e.body()).isEmpty();
    assertThat(e.requestMethod()).isEmpty();
    assertThat(e.requestPath()).isEmpty();
    assertThat(
            OneLinkServiceException.builder(422).details(Collections.emptyMap()).build().details())
        .isEmpty();
  }

  @Test
  void aRateLimitKeepsItsRetryAfterAndOtherStatusesNeedNone() {
    RateLimitException limited =
        (RateLimitException)
            OneLinkServiceException.builder(429).retryAfter(Duration.ofSeconds(9)).build();
    RateLimitException unspecified =
        (RateLimitException) OneLinkServiceException.builder(429).build();

    assertThat(limited.retryAfter()).isEqualTo(Duration.ofSeconds(9));
    assertThat(unspecified.retryAfter()).isNull();
  }

  @Test
  void aDeserializedExceptionHasNoHeadersButKeepsTheRest() throws Exception {
    OneLinkServiceException e =
        OneLinkServiceException.builder(400)
            .serverMessage("bad")
            .headers(Collections.singletonMap("a", Arrays.asList("1", "2")))
            .build();

    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(e);
    }
    OneLinkServiceException copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (OneLinkServiceException) in.readObject();
    }

    assertThat(copy)
        .isExactlyInstanceOf(BadRequestException.class)
        .hasMessage("HTTP 400 Bad Request: bad");
    assertThat(copy.headers()).isEmpty();
    assertThat(copy.serverMessage()).isEqualTo("bad");
  }

  @Test
  void anIoExceptionExposesItsCause() {
    IOException cause = new IOException("reset");
    OneLinkIoException e = new OneLinkIoException("Network failure", cause);

    assertThat(e.getCause()).isSameAs(cause);
    assertThat(e).hasMessage("Network failure");
  }

  @Test
  void aResponseGivesItsStatusValueAndHeaders() {
    Headers headers =
        new Headers.Builder()
            .add("X-Request-Id", "req-9")
            .add("Set-Thing", "a")
            .add("set-thing", "b")
            .build();
    OneLinkResponse<String> response = new OneLinkResponse<>(201, headers, "value");

    assertThat(response.statusCode()).isEqualTo(201);
    assertThat(response.value()).isEqualTo("value");
    assertThat(response.requestId()).isEqualTo("req-9");
    assertThat(response.header("x-request-id")).isEqualTo("req-9");
    assertThat(response.header("SET-THING")).isEqualTo("b");
    assertThat(response.header("absent")).isNull();
    assertThat(response.headers())
        .containsExactly(
            org.assertj.core.api.Assertions.entry(
                "x-request-id", Collections.singletonList("req-9")),
            org.assertj.core.api.Assertions.entry("set-thing", Arrays.asList("a", "b")));
    assertThatThrownBy(() -> response.headers().clear())
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(response.toString())
        .isEqualTo("OneLinkResponse{status=201, requestId=req-9, value=value}");
    assertThat(new OneLinkResponse<>(204, Headers.of(), null).requestId()).isNull();
  }

  @Test
  void everySubclassIsAServiceException() {
    for (Class<?> type :
        new Class<?>[] {
          BadRequestException.class,
          UnauthorizedException.class,
          PermissionDeniedException.class,
          NotFoundException.class,
          ConflictException.class,
          UnprocessableEntityException.class,
          RateLimitException.class,
          InternalServerException.class,
          UnexpectedStatusException.class
        }) {
      assertThat(OneLinkServiceException.class).isAssignableFrom(type);
    }
  }
}
