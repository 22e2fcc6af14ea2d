package kz.onelink.benchmarks;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.annotation.Annotation;
import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.internal.json.GsonProvider;
import kz.onelink.sdk.internal.json.Json;
import kz.onelink.sdk.internal.json.JsonConverterFactory;
import kz.onelink.sdk.model.Appointment;
import kz.onelink.sdk.model.AppointmentListResponse;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Each trick of the decoding fast path ({@code kz.onelink.sdk.internal.json}) against the same
 * decoder without it, in pairs: the list of 1,000 appointments of {@link DecodeBenchmark}. A trick
 * whose pair is within noise goes (see that package's README).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(3)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class FastPathBenchmark {
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String CANONICAL = "2026-03-09T05:00:00Z";

  private final byte[] serverOrder = DecodeBenchmark.BYTES;
  private byte[] shuffledKeys = new byte[0];
  private Converter<ResponseBody, ?> sdk;

  @Setup
  public void setUp() {
    Retrofit retrofit = new Retrofit.Builder().baseUrl("http://127.0.0.1/").build();
    sdk =
        JsonConverterFactory.create(GsonProvider.gson())
            .responseBodyConverter(AppointmentListResponse.class, new Annotation[0], retrofit);
    shuffledKeys = reverseKeys(serverOrder);
  }

  /** Trick: UTF-8 decoded straight from okio's segments (the SDK's converter). */
  @Benchmark
  public Object utf8Reader() throws IOException {
    return sdk.convert(ResponseBody.create(serverOrder, JSON));
  }

  /** Without it: the same adapters reading through an {@code InputStreamReader}. */
  @Benchmark
  public Object inputStreamReader() {
    return GsonProvider.gson()
        .fromJson(
            new InputStreamReader(
                ResponseBody.create(serverOrder, JSON).byteStream(), StandardCharsets.UTF_8),
            AppointmentListResponse.class);
  }

  /** Trick: keys in the order the server writes them, matched before hashing. */
  @Benchmark
  public Object serverKeyOrder() throws IOException {
    return sdk.convert(ResponseBody.create(serverOrder, JSON));
  }

  /** Without it: every key out of order, so every lookup takes the switch on the key's hash. */
  @Benchmark
  public Object shuffledKeys() throws IOException {
    return sdk.convert(ResponseBody.create(shuffledKeys, JSON));
  }

  /** Trick: date-times checked while decoding, parsed only when read; here none is read. */
  @Benchmark
  public Object decodeOnly() throws IOException {
    return sdk.convert(ResponseBody.create(serverOrder, JSON));
  }

  /** The other side: every date-time of every appointment read, so each is parsed. */
  @Benchmark
  public void decodeAndReadEveryDate(Blackhole blackhole) throws IOException {
    AppointmentListResponse list =
        (AppointmentListResponse) sdk.convert(ResponseBody.create(serverOrder, JSON));
    for (Appointment a : list.getPayload()) {
      blackhole.consume(a.getStartsAt());
      blackhole.consume(a.getEndsAt());
      blackhole.consume(a.getCreatedAt());
      blackhole.consume(a.getUpdatedAt());
      blackhole.consume(a.getClientBirthDate());
    }
  }

  /** Trick: the server's own form parsed without a formatter (per 1,000 date-times). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void canonicalParse(Blackhole blackhole) {
    for (int i = 0; i < 1000; i++) {
      blackhole.consume(Json.parseDateTime(CANONICAL));
    }
  }

  /** Without it: {@code DateTimeFormatter.ISO_OFFSET_DATE_TIME} (per 1,000 date-times). */
  @Benchmark
  @OutputTimeUnit(TimeUnit.MICROSECONDS)
  public void isoFormatterParse(Blackhole blackhole) {
    for (int i = 0; i < 1000; i++) {
      blackhole.consume(OffsetDateTime.parse(CANONICAL, DateTimeFormatter.ISO_OFFSET_DATE_TIME));
    }
  }

  /** The list with every object's keys in reverse order, nested objects included. */
  private static byte[] reverseKeys(byte[] json) {
    JsonElement reversed =
        reverse(JsonParser.parseString(new String(json, StandardCharsets.UTF_8)));
    return reversed.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static JsonElement reverse(JsonElement element) {
    if (element.isJsonArray()) {
      JsonArray copy = new JsonArray();
      for (JsonElement item : element.getAsJsonArray()) {
        copy.add(reverse(item));
      }
      return copy;
    }
    if (!element.isJsonObject()) {
      return element;
    }
    List<Map.Entry<String, JsonElement>> entries =
        new ArrayList<>(element.getAsJsonObject().entrySet());
    Collections.reverse(entries);
    JsonObject copy = new JsonObject();
    for (Map.Entry<String, JsonElement> entry : entries) {
      copy.add(entry.getKey(), reverse(entry.getValue()));
    }
    return copy;
  }
}
