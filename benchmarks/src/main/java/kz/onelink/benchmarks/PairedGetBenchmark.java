package kz.onelink.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * The GET of {@link CallBenchmark}, but the SDK, Rx and floor calls take turns within each
 * invocation, so the three share whatever the machine is doing at that moment. On a shared VM a
 * single GET's time drifts by ±15% within seconds; {@code CallBenchmark} measures each path minutes
 * apart, and that drift lands in its ratios. Here it cancels out: the counters {@code sdkPerFloor}
 * and {@code rxPerFloor} are each iteration's total SDK (Rx) time over its total floor time, and
 * each fork ends by printing the same ratios over all its measurement iterations, with the client's
 * CPU time per call. (JMH's summary table adds such counters up across iterations; read the {@code
 * avg} of their secondary results.)
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@Fork(6)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 6, time = 2)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class PairedGetBenchmark {
  // OkHttp runs a synchronous call on the caller's thread, so that thread's CPU time is the
  // client's
  // own work per call, free of the waiting on the network that dominates (and blurs) wall time.
  private static final ThreadMXBean CPU = ManagementFactory.getThreadMXBean();
  private static final int SDK = 0;
  private static final int RX = 1;
  private static final int FLOOR = 2;
  private static final int[][] ORDERS = {
    {SDK, RX, FLOOR},
    {SDK, FLOOR, RX},
    {RX, SDK, FLOOR},
    {RX, FLOOR, SDK},
    {FLOOR, SDK, RX},
    {FLOOR, RX, SDK}
  };

  /**
   * The SDK's overall deadline: its default, and none. A deadline arms OkHttp's call timeout, whose
   * okio watchdog thread is woken at the start of each call; reads and writes with later timeouts
   * then queue behind it without waking it (the floor wakes it for each of them).
   */
  @Param({"PT60S", "PT0S"})
  public String deadline = "PT60S"; // JMH sets each @Param before @Setup

  private Clients clients;

  /**
   * Wall and CPU time spent in each path ({@link #SDK}, {@link #RX}, {@link #FLOOR}): per iteration
   * for the counters JMH reports, and over all measurement iterations for the fork's summary line.
   */
  @State(Scope.Thread)
  @AuxCounters(AuxCounters.Type.EVENTS)
  public static class Turns {
    private final long[] iterationNanos = new long[3];
    private final long[] iterationCpu = new long[3];
    private final long[] measuredNanos = new long[3];
    private final long[] measuredCpu = new long[3];
    private long iterationRounds;
    private long measuredRounds;
    private int turn;

    @Setup(Level.Iteration)
    public void reset() {
      Arrays.fill(iterationNanos, 0);
      Arrays.fill(iterationCpu, 0);
      iterationRounds = 0;
    }

    @TearDown(Level.Iteration)
    public void keep(IterationParams iteration) {
      if (iteration.getType() == IterationType.MEASUREMENT) {
        for (int path = 0; path < 3; path++) {
          measuredNanos[path] += iterationNanos[path];
          measuredCpu[path] += iterationCpu[path];
        }
        measuredRounds += iterationRounds;
      }
    }

    @TearDown(Level.Trial)
    public void report() {
      double n = measuredRounds;
      System.out.printf(
          "paired GET, %d rounds: sdk %.1f us, rx %.1f us, floor %.1f us;"
              + " sdk/floor %.3f, rx/floor %.3f; client CPU per call: sdk %.1f us, rx %.1f us,"
              + " floor %.1f us%n",
          measuredRounds,
          measuredNanos[SDK] / 1e3 / n,
          measuredNanos[RX] / 1e3 / n,
          measuredNanos[FLOOR] / 1e3 / n,
          (double) measuredNanos[SDK] / measuredNanos[FLOOR],
          (double) measuredNanos[RX] / measuredNanos[FLOOR],
          measuredCpu[SDK] / 1e3 / n,
          measuredCpu[RX] / 1e3 / n,
          measuredCpu[FLOOR] / 1e3 / n);
    }

    public double sdkPerFloor() {
      return iterationNanos[FLOOR] == 0 ? 0 : (double) iterationNanos[SDK] / iterationNanos[FLOOR];
    }

    public double rxPerFloor() {
      return iterationNanos[FLOOR] == 0 ? 0 : (double) iterationNanos[RX] / iterationNanos[FLOOR];
    }
  }

  @Setup(Level.Trial)
  public void start() {
    clients = new Clients(Duration.parse(deadline));
  }

  @TearDown(Level.Trial)
  public void stop() {
    clients.close();
  }

  /**
   * One GET through each path, in each of the six orders in turn: every path runs first, second and
   * last, and right after each other path, equally often.
   */
  @Benchmark
  public void getOneEach(Turns turns, Blackhole blackhole) {
    int[] order = ORDERS[turns.turn];
    turns.turn = (turns.turn + 1) % ORDERS.length;
    turns.iterationRounds++;
    for (int path : order) {
      long cpu = CPU.getCurrentThreadCpuTime();
      long start = System.nanoTime();
      if (path == SDK) {
        blackhole.consume(clients.sdk.appointments().get(17, 4812));
      } else if (path == RX) {
        blackhole.consume(clients.rx.appointments().get(17, 4812).blockingGet());
      } else {
        blackhole.consume(clients.floor.get());
      }
      turns.iterationNanos[path] += System.nanoTime() - start;
      turns.iterationCpu[path] += CPU.getCurrentThreadCpuTime() - cpu;
    }
  }
}
