package kz.onelink.sdk;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;

/**
 * The create endpoint as the real server runs it, race included: it looks the {@code
 * idempotency_key} up before its transaction, so a repeat that arrives while the first attempt is
 * still committing misses the lookup and fails on the unique index (409 {@code
 * DUPLICATE_IDEMPOTENCY_KEY}), or, when the committing row already holds the slot, on the
 * availability check (409 {@code SLOT_CONFLICT}). Once committed, a repeat is replayed with 200.
 *
 * <p>Each create's first attempt takes {@code commitMillis} to commit and ends as {@link
 * FirstAttempt} says: the connection resets, the answer comes too late for the client's read
 * timeout, or it comes once committed.
 */
public final class RacyCreateServer extends Dispatcher {
  /** How the first attempt of a create ends, as the client sees it. */
  public enum FirstAttempt {
    /** The connection drops right after the request; the server goes on committing. */
    RESET,
    /** The answer comes {@code lateMillis} after the commit: after a short read timeout. */
    LATE,
    /** The answer comes once committed. */
    ANSWERED
  }

  /** What a repeat arriving mid-commit is told. */
  public enum Race {
    DUPLICATE_IDEMPOTENCY_KEY,
    SLOT_CONFLICT
  }

  /** One create as this server will run it. */
  public static final class Script {
    final long commitMillis;
    final FirstAttempt firstAttempt;
    final Race race;

    public Script(long commitMillis, FirstAttempt firstAttempt, Race race) {
      this.commitMillis = commitMillis;
      this.firstAttempt = firstAttempt;
      this.race = race;
    }

    @Override
    public String toString() {
      return firstAttempt + " after a " + commitMillis + " ms commit, repeat told " + race;
    }
  }

  /**
   * A client's settings that make each race happen for sure: the read timeout cuts a late answer
   * off well before its commit ends, and the backoff before the repeat's replays (at least 100 +
   * 200 ms, with jitter) outlasts the commit.
   */
  public static OneLinkClient.Builder raceReady(OneLinkClient.Builder client) {
    return client
        .readTimeout(java.time.Duration.ofMillis(100))
        .retryBackoff(java.time.Duration.ofMillis(200), java.time.Duration.ofMillis(800))
        .timeout(java.time.Duration.ofSeconds(15));
  }

  /** A commit still running when a {@link #raceReady} client's first repeat comes. */
  public static Script raceOn(FirstAttempt first, Race race) {
    return new Script(first == FirstAttempt.LATE ? 400 : 300, first, race);
  }

  private final Supplier<Script> scripts;
  private final long lateMillis;
  private final Map<String, Script> scriptOf = new HashMap<>();
  private final Map<String, Long> committedIds = new HashMap<>();
  private final Map<String, Long> committingIds = new HashMap<>();
  private final Map<String, Long> commitsAt = new HashMap<>();
  private long nextId = 5001;
  private int requests;

  /**
   * Runs each new create (a key not seen before) by the next script of {@code scripts}; a late
   * answer comes {@code lateMillis} after the commit.
   */
  public RacyCreateServer(Supplier<Script> scripts, long lateMillis) {
    this.scripts = scripts;
    this.lateMillis = lateMillis;
  }

  /** Runs every create by {@code script}. */
  public RacyCreateServer(Script script, long lateMillis) {
    this(() -> script, lateMillis);
  }

  /** How many appointments exist, or will once every commit in progress has finished. */
  public synchronized int bookings() {
    return committedIds.size() + committingIds.size();
  }

  public synchronized int requests() {
    return requests;
  }

  @Override
  public synchronized MockResponse dispatch(RecordedRequest request) {
    requests++;
    JsonObject body = JsonParser.parseString(request.getBody().readUtf8()).getAsJsonObject();
    String key = body.get("idempotency_key").getAsString();
    promoteFinishedCommits();
    Long committed = committedIds.get(key);
    if (committed != null) {
      return appointment(200, committed, key);
    }
    Script script = scriptOf.computeIfAbsent(key, k -> scripts.get());
    if (committingIds.containsKey(key)) {
      return script.race == Race.DUPLICATE_IDEMPOTENCY_KEY
          ? error("DUPLICATE_IDEMPOTENCY_KEY", "idempotency_key must be unique within account")
          : error("SLOT_CONFLICT", "Slot is already occupied");
    }
    long id = nextId++;
    committingIds.put(key, id);
    commitsAt.put(key, System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(script.commitMillis));
    switch (script.firstAttempt) {
      case RESET:
        return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST);
      case LATE:
        return appointment(201, id, key)
            .setHeadersDelay(script.commitMillis + lateMillis, TimeUnit.MILLISECONDS);
      default:
        return appointment(201, id, key)
            .setHeadersDelay(script.commitMillis, TimeUnit.MILLISECONDS);
    }
  }

  private void promoteFinishedCommits() {
    long now = System.nanoTime();
    commitsAt
        .entrySet()
        .removeIf(
            commit -> {
              if (commit.getValue() - now > 0) {
                return false;
              }
              Long id = committingIds.remove(commit.getKey());
              committedIds.put(commit.getKey(), id);
              return true;
            });
  }

  private static MockResponse appointment(int status, long id, String key) {
    JsonObject envelope =
        JsonParser.parseString(Fixtures.read("appointments/get-200.json")).getAsJsonObject();
    JsonObject payload = envelope.getAsJsonObject("payload");
    payload.addProperty("id", id);
    payload.addProperty("idempotency_key", key);
    return new MockResponse()
        .setResponseCode(status)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setHeader("X-Request-Id", "req-" + id + "-" + status)
        .setBody(envelope.toString());
  }

  private static MockResponse error(String code, String message) {
    JsonObject error = new JsonObject();
    error.addProperty("error", message);
    error.addProperty("code", code);
    return new MockResponse()
        .setResponseCode(409)
        .setHeader("Content-Type", "application/json; charset=utf-8")
        .setBody(error.toString());
  }
}
