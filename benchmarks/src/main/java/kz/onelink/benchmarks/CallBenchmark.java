package kz.onelink.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.model.Appointment;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One GET and one list of 1,000 over HTTP on 127.0.0.1, through the SDK (sync and Rx) and through
 * the floor. Run with {@code -prof gc} for bytes allocated per call.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(4)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CallBenchmark {
  private Clients clients;

  @Setup(Level.Trial)
  public void start() {
    clients = new Clients();
  }

  @TearDown(Level.Trial)
  public void stop() {
    clients.close();
  }

  @Benchmark
  public Appointment getOneSdk() {
    return clients.sdk.appointments().get(17, 4812);
  }

  @Benchmark
  public Appointment getOneRx() {
    return clients.rx.appointments().get(17, 4812).blockingGet();
  }

  @Benchmark
  public Floor.Appointment getOneFloor() {
    return clients.floor.get();
  }

  /**
   * An Rx call as apps make it, on another thread: the Rx client on {@code Schedulers.io()}, then
   * blocking for its result.
   */
  @Benchmark
  public Appointment getOneRxOnIo() {
    return clients.rxOnIo.appointments().get(17, 4812).blockingGet();
  }

  /** The floor's like for like of {@link #getOneRxOnIo}: the same GET handed to an executor. */
  @Benchmark
  public Floor.Appointment getOneFloorOnExecutor() throws Exception {
    return clients.executor.submit(clients.floor::get).get();
  }

  @Benchmark
  public List<Appointment> list1000Sdk() {
    return clients.sdk.appointments().list(17);
  }

  @Benchmark
  public List<Appointment> list1000Rx() {
    return clients.rx.appointments().list(17).blockingGet();
  }

  @Benchmark
  public List<Floor.Appointment> list1000Floor() {
    return clients.floor.list();
  }
}
