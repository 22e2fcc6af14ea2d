package kz.onelink.sdk.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InterruptedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import okhttp3.Request;
import okio.Timeout;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * The small pieces the call path is built from, each at its edges. The generated services create
 * their {@link Operation}s once, when their class loads, so these are called here directly.
 */
class InternalPiecesTest {
  @Test
  void anOperationIsSafeToRepeatWhenItReadsIsMarkedSafeOrIsDeduplicatedByAKey() {
    Operation get = Operation.of("getResource", "GET", "", "");
    Operation head = Operation.of("headResource", "HEAD", "", "");
    Operation create = Operation.of("createService", "POST", "", "");
    Operation cancel = Operation.of("cancelAppointment", "POST", "safe", "");
    Operation book = Operation.of("createAppointment", "POST", "", "idempotency_key");

    assertThat(get.retrySafe()).isTrue();
    assertThat(head.retrySafe()).isTrue();
    assertThat(create.retrySafe()).isFalse();
    assertThat(Operation.of("updateService", "PATCH", "unsafe", "").retrySafe()).isFalse();
    assertThat(cancel.retrySafe()).isTrue();
    assertThat(book.retrySafe()).isTrue();
    assertThat(book.idempotencyKeyField()).isEqualTo("idempotency_key");
    assertThat(cancel.idempotencyKeyField()).isNull();
    assertThat(get.idempotencyKeyField()).isNull();
    assertThat(book.id()).isEqualTo("createAppointment");
    assertThat(book).hasToString("createAppointment");
  }

  @Test
  void aCancellationCancelsTheCallInFlightAndAnyCallAttachedLater() {
    Cancellation cancellation = new Cancellation();
    RecordingCall before = new RecordingCall();
    cancellation.attach(before);
    assertThat(before.canceled).isFalse();

    cancellation.cancel();
    RecordingCall after = new RecordingCall();
    cancellation.attach(after);

    assertThat(cancellation.isCanceled()).isTrue();
    assertThat(before.canceled).isTrue();
    assertThat(after.canceled).isTrue();
  }

  @Test
  void aCancellationWakesABackoffSleepAndASleepAfterItReturnsAtOnce() throws Exception {
    Cancellation cancellation = new Cancellation();
    AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    long start = System.nanoTime();
    Thread sleeper =
        new Thread(
            () -> {
              try {
                cancellation.sleep(TimeUnit.SECONDS.toNanos(30));
              } catch (InterruptedIOException e) {
                failure.set(e);
              }
            });
    sleeper.start();
    Thread.sleep(100);
    cancellation.cancel();
    sleeper.join(TimeUnit.SECONDS.toMillis(10));

    assertThat(sleeper.isAlive()).isFalse();
    assertThat(failure.get()).isNull();
    cancellation.sleep(TimeUnit.SECONDS.toNanos(30));
    assertThat(System.nanoTime() - start).isLessThan(TimeUnit.SECONDS.toNanos(10));
  }

  @Test
  void anInterruptedSleepIsAnIoFailureAndKeepsTheInterrupt() {
    Thread.currentThread().interrupt();
    try {
      assertThatThrownBy(() -> new Cancellation().sleep(TimeUnit.SECONDS.toNanos(30)))
          .isExactlyInstanceOf(InterruptedIOException.class)
          .hasMessage("interrupted while waiting to retry");
      assertThat(Thread.currentThread().isInterrupted()).isTrue();
    } finally {
      boolean cleared = Thread.interrupted();
      assertThat(cleared).isTrue();
    }
  }

  @Test
  void checksReturnWhatTheyAccept() {
    assertThat(Checks.atLeast(5, 1, "maxRetries")).isEqualTo(5);
    assertThat(Checks.atLeast(1, 1, "maxRetries")).isEqualTo(1);
    assertThatThrownBy(() -> Checks.atLeast(0, 1, "maxRetries"))
        .hasMessage("maxRetries must be at least 1 but was 0");

    List<String> source = new ArrayList<>(Arrays.asList("a", "b"));
    List<String> copy = Checks.immutableList(source, "ids");
    source.add("c");
    assertThat(copy).containsExactly("a", "b");
    assertThatThrownBy(() -> copy.add("d")).isInstanceOf(UnsupportedOperationException.class);
    assertThat(Checks.immutableList(new String[] {"x", "y"}, "ids")).containsExactly("x", "y");
    assertThat(Checks.immutableList((String[]) null, "ids")).isNull();
    assertThatThrownBy(() -> Checks.immutableList(new String[] {"x", null}, "ids"))
        .hasMessage("ids[1] == null");
  }

  @Test
  void aListParameterIsLeftOutWhenEmptyAndJoinedWithCommasOtherwise() {
    assertThat(Csv.of(null)).isNull();
    assertThat(Csv.of(Collections.emptyList())).isNull();
    assertThat(String.valueOf(Csv.of(Arrays.asList(3, 5, 8)))).isEqualTo("3,5,8");
  }

  /** What a debugger or a log shows of the call path's pieces: their settings, never the token. */
  @Test
  void thePiecesDescribeThemselvesWithoutTheToken() {
    String token = "tok-Secret-123";
    Secret secret = new Secret(token);
    CallOptions options =
        new CallOptions(
            Operation.of("createAppointment", "POST", "", "idempotency_key"),
            2,
            0,
            new AttemptTimeouts(1000, 2000, 3000),
            "key-1");
    List<String> logged = new ArrayList<>();
    RedactingLogger logger = new RedactingLogger(secret, logged::add);
    logger.log("api_access_token: " + token);

    assertThat(logged).containsExactly("api_access_token: <redacted>");
    assertThat(secret).hasToString("<redacted>");
    assertThat(new AttemptTimeouts(1000, 2000, 3000))
        .hasToString("AttemptTimeouts{connect=1000ms, read=2000ms, write=3000ms}");
    assertThat(options).hasToString("CallOptions{createAppointment, maxRetries=2}");
    assertThat(new ApiCall<>(new RecordingCall(), options))
        .hasToString("ApiCall{CallOptions{createAppointment, maxRetries=2}}");
    assertThat(new RequestInterceptor(secret, "onelink-sdk-java/1.1.0"))
        .hasToString("RequestInterceptor{onelink-sdk-java/1.1.0}");
    assertThat(logger.toString()).startsWith("RedactingLogger{").doesNotContain(token);
  }

  /** A call that only records being canceled. */
  private static final class RecordingCall implements Call<Object> {
    volatile boolean canceled;

    @Override
    public Response<Object> execute() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void enqueue(Callback<Object> callback) {
      throw new UnsupportedOperationException();
    }

    @Override
    public boolean isExecuted() {
      return false;
    }

    @Override
    public void cancel() {
      canceled = true;
    }

    @Override
    public boolean isCanceled() {
      return canceled;
    }

    @Override
    public Call<Object> clone() {
      return new RecordingCall();
    }

    @Override
    public Request request() {
      return new Request.Builder().url("http://127.0.0.1/").build();
    }

    @Override
    public Timeout timeout() {
      return Timeout.NONE;
    }
  }
}
