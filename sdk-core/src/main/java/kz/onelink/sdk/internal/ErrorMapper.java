package kz.onelink.sdk.internal;

import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.StringReader;
import java.net.SocketTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import kz.onelink.sdk.errors.OneLinkDecodingException;
import kz.onelink.sdk.errors.OneLinkIoException;
import kz.onelink.sdk.errors.OneLinkServiceException;
import kz.onelink.sdk.errors.OneLinkTimeoutException;
import kz.onelink.sdk.internal.json.Json;
import okhttp3.Headers;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.ResponseBody;
import okio.BufferedSource;
import org.jspecify.annotations.Nullable;
import retrofit2.Response;

/**
 * Turns every failure into the SDK's exceptions, in one place for the sync and Rx clients. It reads
 * all three error shapes the server sends: {@code {"error", "code", "details"}}, {@code {"error"}}
 * and Devise's {@code {"errors": [...]}} (and its string and per-field forms), and plain text or
 * HTML from proxies.
 */
final class ErrorMapper {
  static final long MAX_ERROR_BODY_BYTES = 64 * 1024;
  private static final int MAX_TEXT_MESSAGE_CHARS = 200;

  private ErrorMapper() {}

  static OneLinkServiceException fromResponse(Response<?> response, Secret secret) {
    okhttp3.Response raw = response.raw();
    Request request = raw.request();
    String body = secret.redact(readBounded(response.errorBody()));
    OneLinkServiceException.Builder error =
        OneLinkServiceException.builder(raw.code())
            .request(request.method(), request.url().encodedPath())
            .requestId(raw.header("X-Request-Id"))
            .headers(headersOf(raw.headers(), secret))
            .retryAfter(RetryPolicy.retryAfter(raw.header("Retry-After")))
            .body(body);
    Map<String, Object> json = parseObject(body);
    if (json != null) {
      error
          .serverMessage(messageOf(json))
          .errorCode(textOf(json.get("code")))
          .details(detailsOf(json.get("details")));
    } else {
      error.serverMessage(textMessage(body, response.errorBody()));
    }
    return error.build();
  }

  static OneLinkIoException fromIo(IOException e, Request request) {
    String where = request.method() + " " + request.url().encodedPath();
    // A SocketTimeoutException is a connect/read/write timeout; OkHttp reports the overall deadline
    // as a plain InterruptedIOException("timeout").
    if (e instanceof SocketTimeoutException
        || (e instanceof InterruptedIOException && "timeout".equals(e.getMessage()))) {
      return new OneLinkTimeoutException("Timed out on " + where + ": " + e.getMessage(), e);
    }
    return new OneLinkIoException("Network failure on " + where + ": " + describe(e), e);
  }

  static OneLinkDecodingException decoding(Request request, String problem, Throwable cause) {
    return new OneLinkDecodingException(
        "Unreadable response to "
            + request.method()
            + " "
            + request.url().encodedPath()
            + ": "
            + problem,
        cause);
  }

  private static String describe(IOException e) {
    String message = e.getMessage();
    return message == null ? e.getClass().getSimpleName() : message;
  }

  private static String readBounded(@Nullable ResponseBody body) {
    if (body == null) {
      return "";
    }
    try (ResponseBody closing = body) {
      BufferedSource source = closing.source();
      source.request(MAX_ERROR_BODY_BYTES);
      long size = Math.min(source.getBuffer().size(), MAX_ERROR_BODY_BYTES);
      return source.getBuffer().readString(size, charsetOf(closing.contentType()));
    } catch (IOException e) {
      // The status already says what failed; a body cut short by the network adds nothing.
      return "";
    }
  }

  private static Charset charsetOf(@Nullable MediaType type) {
    Charset charset = type == null ? null : type.charset(null);
    return charset == null ? StandardCharsets.UTF_8 : charset;
  }

  /**
   * The body as a map if it is a JSON object, else null. Read leniently and with the free-form
   * reader, which keeps numbers as the server wrote them (Long or Double; a number too large for a
   * double becomes infinity): building an error must never fail.
   */
  private static @Nullable Map<String, Object> parseObject(String body) {
    try {
      JsonReader reader = new JsonReader(new StringReader(body));
      reader.setStrictness(Strictness.LENIENT);
      if (reader.peek() != JsonToken.BEGIN_OBJECT) {
        return null;
      }
      return Json.freeFormMap().read(reader);
    } catch (IOException | RuntimeException notAnObject) {
      return null;
    }
  }

  /**
   * The human-readable message of every shape the server and its proxies send: {@code "error"}, the
   * Devise {@code "errors"} (a list of messages, one string, or Rails' messages per field), or
   * {@code "message"}.
   */
  private static String messageOf(Map<String, Object> json) {
    String error = textOf(json.get("error"));
    if (error != null) {
      return error;
    }
    Object errors = json.get("errors");
    if (errors instanceof List) {
      return joined((List<?>) errors, "");
    }
    if (errors instanceof Map) {
      StringBuilder messages = new StringBuilder();
      for (Map.Entry<?, ?> field : ((Map<?, ?>) errors).entrySet()) {
        Object value = field.getValue();
        List<?> items = value instanceof List ? (List<?>) value : Collections.singletonList(value);
        String text = joined(items, field.getKey() + " ");
        if (!text.isEmpty()) {
          messages.append(messages.length() == 0 ? "" : "; ").append(text);
        }
      }
      return messages.toString();
    }
    String text = textOf(errors);
    if (text != null) {
      return text;
    }
    String message = textOf(json.get("message"));
    return message == null ? "" : message;
  }

  /**
   * The texts of {@code items} (messages, or objects with a message), each after {@code prefix}.
   */
  private static String joined(List<?> items, String prefix) {
    StringBuilder messages = new StringBuilder();
    for (Object item : items) {
      String text =
          item instanceof Map
              ? firstText((Map<?, ?>) item, "message", "detail", "title", "error")
              : textOf(item);
      if (text != null) {
        messages.append(messages.length() == 0 ? "" : "; ").append(prefix).append(text);
      }
    }
    return messages.toString();
  }

  private static @Nullable String firstText(Map<?, ?> item, String... keys) {
    for (String key : keys) {
      String text = textOf(item.get(key));
      if (text != null) {
        return text;
      }
    }
    return null;
  }

  /** A string, number or boolean as text; null for anything else. */
  private static @Nullable String textOf(@Nullable Object value) {
    return value instanceof String || value instanceof Number || value instanceof Boolean
        ? String.valueOf(value)
        : null;
  }

  @SuppressWarnings("unchecked")
  private static @Nullable Map<String, Object> detailsOf(@Nullable Object details) {
    // Only an object has fields; any other "details" stays in body().
    return details instanceof Map ? (Map<String, Object>) details : null;
  }

  private static String textMessage(String body, @Nullable ResponseBody responseBody) {
    MediaType type = responseBody == null ? null : responseBody.contentType();
    if (type != null && "html".equals(type.subtype().toLowerCase(Locale.ROOT))) {
      return ""; // a proxy's error page: the status says enough
    }
    String text = body.trim();
    return text.length() <= MAX_TEXT_MESSAGE_CHARS
        ? text
        : text.substring(0, MAX_TEXT_MESSAGE_CHARS) + "…";
  }

  private static Map<String, List<String>> headersOf(Headers headers, Secret secret) {
    Map<String, List<String>> result = new LinkedHashMap<>();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i).toLowerCase(Locale.ROOT);
      List<String> values = result.get(name);
      if (values == null) {
        values = new ArrayList<>(1);
        result.put(name, values);
      }
      values.add(secret.redact(headers.value(i)));
    }
    return result;
  }
}
