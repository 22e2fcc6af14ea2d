package kz.onelink.sdk.testing;

/**
 * A failure the sandbox can inject into its next responses, to test how an app behaves when the
 * network or the server misbehaves. "After processing" faults change the sandbox's data first, so
 * the client cannot tell whether its request took effect.
 */
public enum Fault {
  /** The connection drops after the request arrives; nothing is done. */
  DROP_BEFORE_PROCESSING(false),
  /** The request is carried out, then the connection drops before the response. */
  DROP_AFTER_PROCESSING(true),
  /** A proxy's 503 HTML page; nothing is done. */
  SERVER_ERROR_BEFORE_PROCESSING(false),
  /** The request is carried out, then the server answers 500. */
  SERVER_ERROR_AFTER_PROCESSING(true),
  /**
   * The rate limiter's 429 {@code text/plain} "Retry later" with no Retry-After; nothing is done.
   */
  RATE_LIMITED(false),
  /** The request arrives and no response ever comes (the client's read timeout fires). */
  NO_RESPONSE(false),
  /** The request is carried out, then the response body is cut off midway. */
  TRUNCATED_AFTER_PROCESSING(true),
  /**
   * The idempotency race of the real server: the create is carried out but its answer is lost, and
   * it is still committing when the client repeats it. The server looks the key up outside its
   * transaction, so that repeat misses the first booking and fails on the unique index: 409 {@code
   * DUPLICATE_IDEMPOTENCY_KEY} "idempotency_key must be unique within account". The repeat after it
   * finds the booking and gets the replay (200). On a request that is not a keyed create, it is
   * {@link #DROP_AFTER_PROCESSING}.
   */
  IDEMPOTENCY_RACE_DUPLICATE_KEY(true),
  /**
   * The same race, where the repeat meets the slot the committing first attempt already holds: 409
   * {@code SLOT_CONFLICT} "Slot is already occupied", then the replay.
   */
  IDEMPOTENCY_RACE_SLOT_CONFLICT(true),
  /**
   * What L1 and L2 answer when a booking's resource is linked to Medelement and the provider cannot
   * be asked: 503 {@code MEDELEMENT_AVAILABILITY_UNVERIFIED}, with {@code details.provider_reason}
   * and {@code details.provider_checked_at}; nothing is done. Only operations whose spec declares a
   * 503 get it (an appointment create or update); any other request is answered normally.
   */
  MEDELEMENT_UNAVAILABLE(false);

  private final boolean processes;

  Fault(boolean processes) {
    this.processes = processes;
  }

  /** Whether the sandbox carries out the request before failing. */
  public boolean processes() {
    return processes;
  }

  /** Whether a create under this fault is still committing when its first repeat comes. */
  boolean racesItsRepeat() {
    return this == IDEMPOTENCY_RACE_DUPLICATE_KEY || this == IDEMPOTENCY_RACE_SLOT_CONFLICT;
  }
}
