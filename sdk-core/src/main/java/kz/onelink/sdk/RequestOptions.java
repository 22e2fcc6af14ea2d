package kz.onelink.sdk;

import java.time.Duration;
import kz.onelink.sdk.internal.Checks;
import org.jspecify.annotations.Nullable;

/**
 * Settings for one call that override the client's: timeouts and retries. Immutable.
 *
 * <pre>{@code
 * RequestOptions patient = RequestOptions.builder()
 *     .timeout(Duration.ofMinutes(2))   // the whole call, every retry included
 *     .maxRetries(5)
 *     .build();
 * Appointment appointment = client.appointments().get(accountId, id, patient);
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final @Nullable Duration timeout;
  private final @Nullable Duration connectTimeout;
  private final @Nullable Duration readTimeout;
  private final @Nullable Duration writeTimeout;
  private final @Nullable Integer maxRetries;

  private RequestOptions(Builder builder) {
    this.timeout = builder.timeout;
    this.connectTimeout = builder.connectTimeout;
    this.readTimeout = builder.readTimeout;
    this.writeTimeout = builder.writeTimeout;
    this.maxRetries = builder.maxRetries;
  }

  /** Returns options that change nothing: the client's settings apply. */
  public static RequestOptions none() {
    return NONE;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The overall deadline of the call across all its attempts; null for the client's. */
  public @Nullable Duration timeout() {
    return timeout;
  }

  /** The connect timeout of each attempt; null for the client's. */
  public @Nullable Duration connectTimeout() {
    return connectTimeout;
  }

  /** The read timeout of each attempt; null for the client's. */
  public @Nullable Duration readTimeout() {
    return readTimeout;
  }

  /** The write timeout of each attempt; null for the client's. */
  public @Nullable Duration writeTimeout() {
    return writeTimeout;
  }

  /** How many times a failed attempt may be retried; null for the client's. */
  public @Nullable Integer maxRetries() {
    return maxRetries;
  }

  @Override
  public String toString() {
    return "RequestOptions{timeout="
        + timeout
        + ", connectTimeout="
        + connectTimeout
        + ", readTimeout="
        + readTimeout
        + ", writeTimeout="
        + writeTimeout
        + ", maxRetries="
        + maxRetries
        + "}";
  }

  /** Builds {@link RequestOptions}; every setting is optional. */
  public static final class Builder {
    private @Nullable Duration timeout;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private @Nullable Integer maxRetries;

    private Builder() {}

    /**
     * Sets the overall deadline of the call, spanning every attempt and the waits between them.
     * {@link Duration#ZERO} means no deadline.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.nonNegative(timeout, "timeout");
      return this;
    }

    /** Sets the connect timeout of each attempt; must be positive. */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = positive(connectTimeout, "connectTimeout");
      return this;
    }

    /** Sets the read timeout of each attempt; must be positive. */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = positive(readTimeout, "readTimeout");
      return this;
    }

    /** Sets the write timeout of each attempt; must be positive. */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = positive(writeTimeout, "writeTimeout");
      return this;
    }

    /** Sets how many times a failed attempt may be retried; 0 turns retries off. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration positive(Duration value, String name) {
      Checks.nonNegative(value, name);
      if (value.isZero()) {
        throw new IllegalArgumentException(name + " must be positive");
      }
      return value;
    }
  }
}
