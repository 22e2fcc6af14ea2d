package kz.onelink.benchmarks;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.internal.json.GsonProvider;
import kz.onelink.sdk.internal.json.JsonConverterFactory;
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
import retrofit2.Converter;
import retrofit2.Retrofit;

/**
 * Decoding a list of 1,000 appointments from an in-memory response body, no HTTP: the SDK's
 * converter (generated streaming adapters, java.time dates, open enums, required-field checks)
 * against reflective Gson into string-dated POJOs. MB/s = {@link #BYTES} / time.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(4)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class DecodeBenchmark {
  static final byte[] BYTES = Payloads.list();
  private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");

  private Converter<ResponseBody, ?> sdk;
  private Floor floor;

  @Setup
  public void setUp() {
    Retrofit retrofit = new Retrofit.Builder().baseUrl("http://127.0.0.1/").build();
    sdk =
        JsonConverterFactory.create(GsonProvider.gson())
            .responseBodyConverter(AppointmentListResponse.class, new Annotation[0], retrofit);
    floor = new Floor("http://127.0.0.1/");
  }

  @Benchmark
  public Object decodeList1000Sdk() throws IOException {
    return sdk.convert(ResponseBody.create(BYTES, JSON));
  }

  /**
   * The floor reads the same ResponseBody the SDK does, the way an OkHttp app would: charStream().
   */
  @Benchmark
  public Object decodeList1000Floor() {
    return floor.decode(ResponseBody.create(BYTES, JSON).charStream(), Floor.Many.class);
  }
}
