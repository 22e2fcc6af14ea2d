package kz.onelink.sdk.testing;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Supplier;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;

/** Plain HTTP to a sandbox, no SDK: what the spec-driven tests speak. */
final class RawHttp {
  static final String ACCOUNT = "api/v1/accounts/17/scheduling/";
  private static final OkHttpClient CLIENT = new OkHttpClient();

  private final Supplier<String> baseUrl;

  RawHttp(OneLinkSandbox sandbox) {
    this.baseUrl = sandbox::baseUrl;
  }

  /**
   * To the sandbox that {@code extension} runs for the current test, so that a test class can hold
   * one in a field: {@code private final RawHttp http = new RawHttp(SANDBOX);}.
   */
  RawHttp(OneLinkSandboxExtension extension) {
    this.baseUrl = () -> extension.sandbox().baseUrl();
  }

  Answer get(String path) {
    return send("GET", path, null, OneLinkSandbox.API_ACCESS_TOKEN);
  }

  Answer post(String path, String json) {
    return send("POST", path, json, OneLinkSandbox.API_ACCESS_TOKEN);
  }

  Answer patch(String path, String json) {
    return send("PATCH", path, json, OneLinkSandbox.API_ACCESS_TOKEN);
  }

  Answer delete(String path) {
    return send("DELETE", path, null, OneLinkSandbox.API_ACCESS_TOKEN);
  }

  /** {@code path} is relative to the base URL; a path without "/" is under account 17. */
  Answer send(String method, String path, @Nullable String json, @Nullable String token) {
    String url = baseUrl.get() + (path.startsWith("api/") ? path : ACCOUNT + path);
    RequestBody body =
        json != null
            ? RequestBody.create(json, MediaType.get("application/json"))
            : okhttp3.internal.http.HttpMethod.requiresRequestBody(method)
                ? RequestBody.create(new byte[0], null)
                : null;
    Request.Builder request = new Request.Builder().url(url).method(method, body);
    if (token != null) {
      request.header("api_access_token", token);
    }
    try (Response response = CLIENT.newCall(request.build()).execute()) {
      return new Answer(response.code(), response.body() == null ? "" : response.body().string());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A status and a body. */
  static final class Answer {
    final int status;
    final String body;

    Answer(int status, String body) {
      this.status = status;
      this.body = body;
    }

    JsonObject json() {
      return JsonParser.parseString(body).getAsJsonObject();
    }

    JsonObject payload() {
      return json().getAsJsonObject("payload");
    }

    com.google.gson.JsonArray list() {
      return json().getAsJsonArray("payload");
    }

    /** The error's {@code code}, or null. */
    @Nullable String code() {
      JsonElement code = json().get("code");
      return code == null || code.isJsonNull() ? null : code.getAsString();
    }

    /** The error's text. */
    String error() {
      return json().get("error").getAsString();
    }

    JsonElement get(String key) {
      return json().get(key);
    }

    @Override
    public String toString() {
      return status + " " + body;
    }
  }
}
