package kz.onelink.sdk.internal;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okio.Buffer;

/**
 * Applies a call's {@link CallOptions} to each attempt: per-call connect/read/write timeouts, and
 * the idempotency key the SDK chose for a create, written into the JSON body when the caller set
 * none. The key is chosen once per call, so every attempt carries the same one and the server
 * replays instead of booking twice.
 */
public final class CallOptionsInterceptor implements Interceptor {
  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    CallOptions options = CallOptions.of(request);
    if (options == null) {
      return chain.proceed(request);
    }
    String field = options.operation.idempotencyKeyField();
    if (field != null && options.idempotencyKey != null && request.body() != null) {
      request = withIdempotencyKey(request, field, options.idempotencyKey);
    }
    Chain configured = chain;
    if (options.connectTimeoutMillis > 0) {
      configured =
          configured.withConnectTimeout(options.connectTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    if (options.readTimeoutMillis > 0) {
      configured = configured.withReadTimeout(options.readTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    if (options.writeTimeoutMillis > 0) {
      configured = configured.withWriteTimeout(options.writeTimeoutMillis, TimeUnit.MILLISECONDS);
    }
    return configured.proceed(request);
  }

  private static Request withIdempotencyKey(Request request, String field, String key)
      throws IOException {
    RequestBody body = request.body();
    Buffer buffer = new Buffer();
    body.writeTo(buffer);
    JsonObject json;
    try {
      JsonElement parsed = JsonParser.parseString(buffer.readUtf8());
      if (!parsed.isJsonObject()) {
        return request;
      }
      json = parsed.getAsJsonObject();
    } catch (JsonParseException e) {
      return request;
    }
    JsonElement current = json.get(field);
    if (current != null && !current.isJsonNull()) {
      return request; // the caller chose a key: keep it
    }
    json.addProperty(field, key);
    MediaType type = body.contentType();
    return request
        .newBuilder()
        .method(request.method(), RequestBody.create(json.toString(), type))
        .build();
  }
}
