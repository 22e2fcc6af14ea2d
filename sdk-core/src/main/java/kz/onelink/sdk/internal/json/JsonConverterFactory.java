package kz.onelink.sdk.internal.json;

import com.google.gson.Gson;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;
import org.jspecify.annotations.Nullable;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Gson for Retrofit, like converter-gson, with one difference the SDK needs: it tells a body the
 * network cut short (an {@link IOException}, so the call can be retried) from a body that arrived
 * whole but is not valid (a {@link BodyDecodingException}, never retried). Gson reports both as
 * IOExceptions, so the network source is wrapped to see which failed.
 */
public final class JsonConverterFactory extends Converter.Factory {
  private static final MediaType JSON = MediaType.get("application/json; charset=UTF-8");

  private final Gson gson;

  private JsonConverterFactory(Gson gson) {
    this.gson = gson;
  }

  public static JsonConverterFactory create(Gson gson) {
    return new JsonConverterFactory(gson);
  }

  @Override
  public Converter<ResponseBody, ?> responseBodyConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    return new ResponseConverter<>(gson, gson.getAdapter(TypeToken.get(type)));
  }

  @Override
  public Converter<?, RequestBody> requestBodyConverter(
      Type type,
      Annotation[] parameterAnnotations,
      Annotation[] methodAnnotations,
      Retrofit retrofit) {
    return new RequestConverter<>(gson, gson.getAdapter(TypeToken.get(type)));
  }

  @Override
  public @Nullable Converter<?, String> stringConverter(
      Type type, Annotation[] annotations, Retrofit retrofit) {
    if (type == OffsetDateTime.class) {
      return new DateTimeText();
    }
    return null;
  }

  // Named classes rather than lambdas: the first lambda of a JVM app costs it milliseconds of
  // start-up to bootstrap.
  private static final class DateTimeText implements Converter<OffsetDateTime, String> {
    @Override
    public String convert(OffsetDateTime value) {
      return DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(value);
    }
  }

  private static final class RequestConverter<T> implements Converter<T, RequestBody> {
    private final Gson gson;
    private final TypeAdapter<T> adapter;

    RequestConverter(Gson gson, TypeAdapter<T> adapter) {
      this.gson = gson;
      this.adapter = adapter;
    }

    @Override
    public RequestBody convert(T value) throws IOException {
      Buffer buffer = new Buffer();
      Writer writer = new OutputStreamWriter(buffer.outputStream(), StandardCharsets.UTF_8);
      try (JsonWriter json = gson.newJsonWriter(writer)) {
        adapter.write(json, value);
      }
      return RequestBody.create(buffer.readByteString(), JSON);
    }
  }

  private static final class ResponseConverter<T> implements Converter<ResponseBody, T> {
    private final Gson gson;
    private final TypeAdapter<T> adapter;

    ResponseConverter(Gson gson, TypeAdapter<T> adapter) {
      this.gson = gson;
      this.adapter = adapter;
    }

    @Override
    public T convert(ResponseBody body) throws IOException {
      BufferedSource source = body.source();
      Charset charset = charsetOf(body.contentType());
      Utf8Reader utf8 = null;
      FailureRecordingSource other = null;
      JsonReader json = null;
      try {
        if (!source.request(1)) {
          if (body.contentLength() == -1) {
            // No length was sent, so the end of the connection ended the body: it may be a cut.
            throw new EOFException("the connection closed before the body began");
          }
          throw new BodyDecodingException(
              "the body is empty" + typeNote(body), new IOException("empty body"));
        }
        // A byte order mark needs no code here: Gson's reader skips it.
        if (StandardCharsets.UTF_8.equals(charset)) {
          json = gson.newJsonReader(utf8 = new Utf8Reader(source));
        } else {
          other = new FailureRecordingSource(source);
          json =
              gson.newJsonReader(new InputStreamReader(Okio.buffer(other).inputStream(), charset));
        }
        T value = adapter.read(json);
        if (value == null) {
          throw new BodyDecodingException("the body is JSON null", new IOException("null body"));
        }
        if (hasTrailingData(json)) {
          throw new BodyDecodingException(
              "unexpected data after the JSON value at " + json.getPath(),
              new IOException("trailing data"));
        }
        return value;
      } catch (BodyDecodingException e) {
        throw e;
      } catch (IOException | RuntimeException e) {
        IOException failure =
            utf8 != null ? utf8.networkFailure() : other != null ? other.failure : null;
        if (failure != null || json == null && e instanceof IOException) {
          // The network failed (json == null: while reading the first bytes, before any parsing).
          throw failure != null ? failure : (IOException) e;
        }
        boolean reachedEnd = utf8 != null ? utf8.reachedEnd() : other != null && other.ended;
        if (endedInsideTheValue(body, e, reachedEnd)) {
          // A body without a length ends where the connection does, so a cut looks like an end:
          // JSON that stops mid-value there is a cut, as a length or a chunk would have shown.
          EOFException cut = new EOFException("the connection closed inside the body's JSON value");
          cut.initCause(e);
          throw cut;
        }
        String problem = describe(e);
        if (json != null && !problem.contains("$")) {
          // Gson's number adapters drop the path ("For input string: \"abc\""); put it back.
          problem += " at " + json.getPath();
        }
        throw new BodyDecodingException(problem + typeNote(body), e);
      } finally {
        body.close();
      }
    }

    /**
     * True when parsing failed because the input stopped inside the JSON value (an end of input or
     * an unterminated token) of a body whose end only the closing connection marks.
     */
    private static boolean endedInsideTheValue(ResponseBody body, Exception e, boolean reachedEnd) {
      return reachedEnd
          && body.contentLength() == -1
          && (e instanceof EOFException || e instanceof MalformedJsonException);
    }

    private static boolean hasTrailingData(JsonReader json) throws IOException {
      try {
        return json.peek() != JsonToken.END_DOCUMENT;
      } catch (MalformedJsonException e) {
        return true; // a strict reader refuses a second top-level value outright
      }
    }

    private static String describe(Exception e) {
      String message = e.getMessage();
      return message == null ? e.getClass().getSimpleName() : message;
    }

    private static String typeNote(ResponseBody body) {
      MediaType type = body.contentType();
      return type == null || "json".equals(type.subtype()) ? "" : " (Content-Type: " + type + ")";
    }

    private static Charset charsetOf(@Nullable MediaType type) {
      Charset charset = type == null ? null : type.charset(null);
      return charset == null ? StandardCharsets.UTF_8 : charset;
    }
  }

  /** Remembers an IOException thrown by the network, as opposed to one thrown by the parser. */
  private static final class FailureRecordingSource extends ForwardingSource {
    @Nullable IOException failure;
    boolean ended;

    FailureRecordingSource(Source delegate) {
      super(delegate);
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      long read;
      try {
        read = super.read(sink, byteCount);
      } catch (IOException e) {
        failure = e;
        throw e;
      }
      if (read == -1) {
        ended = true;
      }
      return read;
    }
  }
}
