package kz.onelink.benchmarks;

import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.OneLinkClient;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cold start: a fresh JVM builds its client and reads its first appointment. Each fork measures one
 * shot, class loading and first-use costs included; the server starts before the clock.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(40)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
public class ColdStartBenchmark {
  private LocalServer server;

  @Setup
  public void start() {
    server = new LocalServer();
  }

  @TearDown
  public void stop() {
    server.close();
  }

  @Benchmark
  public Object firstAppointmentSdk() {
    return OneLinkClient.builder()
        .baseUrl(server.baseUrl())
        .apiAccessToken("benchmark-token")
        .build()
        .appointments()
        .get(17, 4812);
  }

  @Benchmark
  public Object firstAppointmentFloor() {
    return new Floor(server.baseUrl()).get();
  }

  /** Retrofit and its Gson converter over the floor's POJOs: Retrofit's own share of a start. */
  @Benchmark
  public Object firstAppointmentFloorRetrofit() {
    return new RetrofitFloor(server.baseUrl()).get();
  }
}
