package kz.onelink.sdk;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import kz.onelink.sdk.internal.Checks;
import kz.onelink.sdk.internal.ClientAccess;
import kz.onelink.sdk.internal.RedactingLogger;
import kz.onelink.sdk.internal.RequestInterceptor;
import kz.onelink.sdk.internal.RetryPolicy;
import kz.onelink.sdk.internal.SdkVersion;
import kz.onelink.sdk.internal.Secret;
import kz.onelink.sdk.internal.ServiceContext;
import kz.onelink.sdk.internal.json.GsonProvider;
import kz.onelink.sdk.internal.json.JsonConverterFactory;
import kz.onelink.sdk.services.OneLinkServices;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.logging.HttpLoggingInterceptor;
import org.jspecify.annotations.Nullable;
import retrofit2.Retrofit;

/**
 * The client of the OneLink scheduling API.
 *
 * <pre>{@code
 * OneLinkClient client = OneLinkClient.builder()
 *     .apiAccessToken(System.getenv("ONELINK_API_TOKEN"))
 *     .build();
 * Appointment appointment = client.appointments().get(17, 4812);
 * }</pre>
 *
 * <p>Thread-safe and immutable: create one and share it. Its services ({@link #appointments()})
 * share one connection pool; {@link #newBuilder()} derives a client with other settings that shares
 * it too. There is nothing to shut down.
 *
 * <p>Calls block the calling thread; on Android, use {@code onelink-sdk-rx} or call from a
 * background thread. Failed calls throw {@link kz.onelink.sdk.errors.OneLinkException} subclasses.
 */
public final class OneLinkClient extends OneLinkServices {
  /** The production server. */
  public static final String DEFAULT_BASE_URL = "https://one-link.kz/";

  // The default deadline is also the default read and write timeout. okio's watchdog thread is
  // woken whenever a timeout becomes its earliest; when the call's deadline is the earliest, the
  // reads and writes inside it queue behind it silently. A shorter read timeout would wake it on
  // every read: measured, 2% of a GET over loopback (benchmarks/PairedGetBenchmark).
  private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(60);

  /** The environment variable {@link Builder#fromEnv()} reads the token from. */
  public static final String TOKEN_ENV = "ONELINK_API_TOKEN";

  /** The environment variable {@link Builder#fromEnv()} reads the base URL from, if set. */
  public static final String BASE_URL_ENV = "ONELINK_BASE_URL";

  static {
    ClientAccess.install(
        new ClientAccess() {
          @Override
          protected ServiceContext context(Object client) {
            if (!(client instanceof OneLinkClient)) {
              throw new IllegalArgumentException("not a OneLinkClient: " + client);
            }
            return ((OneLinkClient) client).context;
          }
        });
  }

  private final ServiceContext context;
  private final Builder settings;
  private final HttpUrl baseUrl;

  private OneLinkClient(Builder settings, HttpUrl baseUrl, ServiceContext context) {
    super(context);
    this.context = context;
    this.settings = settings;
    this.baseUrl = baseUrl;
  }

  /** Returns a builder; {@link Builder#apiAccessToken(String)} is the only required setting. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a client configured from {@value #TOKEN_ENV} and, if set, {@value #BASE_URL_ENV}.
   *
   * @throws IllegalStateException if {@value #TOKEN_ENV} is not set or is not a valid token
   */
  public static OneLinkClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** Returns a builder with this client's settings, sharing its connection pool. */
  public Builder newBuilder() {
    return new Builder(settings);
  }

  /** The base URL requests go to, ending in {@code /}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  @Override
  public String toString() {
    return "OneLinkClient{baseUrl=" + baseUrl + "}";
  }

  /** Where {@link Builder#fromEnv()} reads variables; tests give it their own. */
  interface Environment {
    @Nullable String get(String name);
  }

  private static final class SystemEnvironment implements Environment {
    @Override
    public @Nullable String get(String name) {
      return System.getenv(name);
    }
  }

  /** Receives log lines when logging is on; see {@link Builder#logLevel(LogLevel)}. */
  public interface Logger {
    void log(String message);
  }

  /** Configures a {@link OneLinkClient}. Not thread-safe. */
  public static final class Builder {
    private @Nullable Secret apiAccessToken;
    private String baseUrl = DEFAULT_BASE_URL;
    private @Nullable OkHttpClient okHttpClient;
    private @Nullable Duration connectTimeout;
    private @Nullable Duration readTimeout;
    private @Nullable Duration writeTimeout;
    private Duration timeout = DEFAULT_TIMEOUT;
    private int maxRetries = RetryPolicy.DEFAULT_MAX_RETRIES;
    private Duration initialBackoff = RetryPolicy.DEFAULT_INITIAL_BACKOFF;
    private Duration maxBackoff = RetryPolicy.DEFAULT_MAX_BACKOFF;
    private Duration maxRetryAfter = RetryPolicy.DEFAULT_MAX_RETRY_AFTER;
    private LogLevel logLevel = LogLevel.NONE;
    private @Nullable Logger logger;
    private boolean allowCleartextHttp;

    private Builder() {}

    private Builder(Builder other) {
      apiAccessToken = other.apiAccessToken;
      baseUrl = other.baseUrl;
      okHttpClient = other.okHttpClient;
      connectTimeout = other.connectTimeout;
      readTimeout = other.readTimeout;
      writeTimeout = other.writeTimeout;
      timeout = other.timeout;
      maxRetries = other.maxRetries;
      initialBackoff = other.initialBackoff;
      maxBackoff = other.maxBackoff;
      maxRetryAfter = other.maxRetryAfter;
      logLevel = other.logLevel;
      logger = other.logger;
      allowCleartextHttp = other.allowCleartextHttp;
    }

    /**
     * Sets the access token of a OneLink user (Profile settings → Access token), sent as the {@code
     * api_access_token} header. Surrounding whitespace is dropped. Required.
     */
    public Builder apiAccessToken(String apiAccessToken) {
      Checks.notNull(apiAccessToken, "apiAccessToken");
      String token = apiAccessToken.trim();
      if (token.isEmpty()) {
        throw new IllegalArgumentException("apiAccessToken is blank");
      }
      int bad = notAllowedInHeader(token);
      if (bad >= 0) {
        // The token itself never goes into a message: OkHttp's own check would quote it.
        throw new IllegalArgumentException(
            "apiAccessToken has a character that is not allowed in an HTTP header, at index "
                + bad);
      }
      this.apiAccessToken = new Secret(token);
      return this;
    }

    /**
     * The index of the first character that is not visible ASCII or a space (what an HTTP header
     * value may hold, tabs aside), or -1.
     */
    private static int notAllowedInHeader(String token) {
      for (int i = 0; i < token.length(); i++) {
        char c = token.charAt(i);
        if (c < 0x20 || c > 0x7e) {
          return i;
        }
      }
      return -1;
    }

    /**
     * Sets the server, e.g. a sandbox's URL; defaults to {@value #DEFAULT_BASE_URL}. An {@code
     * http} URL is accepted for a loopback host only (127.0.0.1, ::1, localhost), unless {@link
     * #allowCleartextHttp(boolean)} says otherwise: the token would travel unencrypted.
     */
    public Builder baseUrl(String baseUrl) {
      Checks.notNull(baseUrl, "baseUrl");
      if (HttpUrl.parse(baseUrl) == null) {
        throw new IllegalArgumentException("baseUrl is not an http or https URL: " + baseUrl);
      }
      this.baseUrl = baseUrl.endsWith("/") ? baseUrl : baseUrl + "/";
      return this;
    }

    /**
     * Allows an {@code http} base URL to a host other than a loopback one, which sends the API
     * token unencrypted: only for a network you trust end to end (e.g. a proxy on the same machine
     * that adds TLS). Off by default.
     */
    public Builder allowCleartextHttp(boolean allowCleartextHttp) {
      this.allowCleartextHttp = allowCleartextHttp;
      return this;
    }

    /**
     * Reads {@value #TOKEN_ENV} and, if set, {@value #BASE_URL_ENV}.
     *
     * @throws IllegalStateException if {@value #TOKEN_ENV} is not set, or holds a character an HTTP
     *     header cannot carry (the message gives its index, never the token)
     */
    public Builder fromEnv() {
      return fromEnv(new SystemEnvironment());
    }

    Builder fromEnv(Environment environment) {
      String token = environment.get(TOKEN_ENV);
      if (token == null || token.trim().isEmpty()) {
        throw new IllegalStateException("The environment variable " + TOKEN_ENV + " is not set");
      }
      int bad = notAllowedInHeader(token.trim());
      if (bad >= 0) {
        throw new IllegalStateException(
            "The environment variable "
                + TOKEN_ENV
                + " has a character that is not allowed in an HTTP header, at index "
                + bad
                + " of its trimmed value");
      }
      apiAccessToken(token);
      String url = environment.get(BASE_URL_ENV);
      if (url != null && !url.trim().isEmpty()) {
        baseUrl(url.trim());
      }
      return this;
    }

    /**
     * Sets the OkHttpClient to build on, to share its connection pool, dispatcher, proxy or
     * certificate pinning with the rest of the app. The SDK adds its interceptors to a derived
     * client and leaves this one unchanged. Its timeouts stand unless set here.
     */
    public Builder okHttpClient(OkHttpClient okHttpClient) {
      this.okHttpClient = Checks.notNull(okHttpClient, "okHttpClient");
      return this;
    }

    /** Sets the connect timeout of each attempt (default 10 s). */
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Checks.nonNegative(connectTimeout, "connectTimeout");
      return this;
    }

    /**
     * Sets the read timeout of each attempt (default 60 s, the default deadline). A shorter one
     * lets a stalled attempt be retried within the deadline.
     */
    public Builder readTimeout(Duration readTimeout) {
      this.readTimeout = Checks.nonNegative(readTimeout, "readTimeout");
      return this;
    }

    /** Sets the write timeout of each attempt (default 60 s, the default deadline). */
    public Builder writeTimeout(Duration writeTimeout) {
      this.writeTimeout = Checks.nonNegative(writeTimeout, "writeTimeout");
      return this;
    }

    /**
     * Sets the overall deadline of a call, across all its attempts and the waits between them
     * (default 60 s). {@link Duration#ZERO} means no deadline: each attempt is then bounded only by
     * the connect, read and write timeouts, which a server trickling bytes never trips.
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.nonNegative(timeout, "timeout");
      return this;
    }

    /** Sets how many times a failed attempt may be retried (default 2); 0 turns retries off. */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0) {
        throw new IllegalArgumentException("maxRetries must not be negative but was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the backoff between retries: {@code initial}, doubling per attempt up to {@code max},
     * each with random jitter (defaults 0.5 s and 8 s).
     */
    public Builder retryBackoff(Duration initial, Duration max) {
      Checks.nonNegative(initial, "initial");
      Checks.nonNegative(max, "max");
      if (max.compareTo(initial) < 0) {
        throw new IllegalArgumentException(
            "max backoff " + max + " is below the initial " + initial);
      }
      this.initialBackoff = initial;
      this.maxBackoff = max;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} the client waits for before retrying (default 30 s). A
     * longer one ends the call with the error, so the caller can decide.
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Checks.nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /** Sets what to log (default {@link LogLevel#NONE}). The token is always redacted. */
    public Builder logLevel(LogLevel logLevel) {
      this.logLevel = Checks.notNull(logLevel, "logLevel");
      return this;
    }

    /**
     * Sets where log lines go; by default, OkHttp's platform logger (java.util.logging, or Logcat).
     */
    public Builder logger(Logger logger) {
      this.logger = Checks.notNull(logger, "logger");
      return this;
    }

    /**
     * Returns the client.
     *
     * @throws IllegalStateException if no API access token was set
     */
    public OneLinkClient build() {
      Secret token = apiAccessToken;
      if (token == null) {
        throw new IllegalStateException("apiAccessToken is required, but was not set");
      }
      HttpUrl url = HttpUrl.get(baseUrl);
      if (!url.isHttps() && !allowCleartextHttp && !isLoopback(url.host())) {
        throw new IllegalStateException(
            "baseUrl "
                + url
                + " is plain http to a host that is not this machine: the API token would travel"
                + " unencrypted. Use https, or call allowCleartextHttp(true) if the network is"
                + " yours end to end.");
      }
      Builder settings = new Builder(this);
      if (settings.okHttpClient == null) {
        // Built once per builder chain, so clients derived with newBuilder() share its pools.
        settings.okHttpClient =
            new OkHttpClient.Builder()
                .connectTimeout(10, TimeUnit.SECONDS)
                .readTimeout(DEFAULT_TIMEOUT)
                .writeTimeout(DEFAULT_TIMEOUT)
                .build();
      }
      OkHttpClient.Builder http = settings.okHttpClient.newBuilder();
      if (connectTimeout != null) {
        http.connectTimeout(connectTimeout);
      }
      if (readTimeout != null) {
        http.readTimeout(readTimeout);
      }
      if (writeTimeout != null) {
        http.writeTimeout(writeTimeout);
      }
      // The API never redirects. Following one would also copy the api_access_token header (OkHttp
      // only strips Authorization) to whatever host the redirect names.
      http.followRedirects(false).followSslRedirects(false);
      // OkHttp would silently send a request again on a fresh connection when the first one broke,
      // POSTs included, even after the request went out: that is the retry policy's decision,
      // which knows which operations are safe to repeat (and when a create is a repeat).
      http.retryOnConnectionFailure(false);
      http.addInterceptor(new RequestInterceptor(token, "onelink-sdk-java/" + SdkVersion.VERSION));
      if (logLevel != LogLevel.NONE) {
        http.addNetworkInterceptor(logging(logLevel, logger, token));
      }
      Retrofit retrofit =
          new Retrofit.Builder()
              .baseUrl(url)
              .client(http.build())
              .addConverterFactory(JsonConverterFactory.create(GsonProvider.gson()))
              .build();
      ServiceContext context =
          new ServiceContext(
              retrofit,
              token,
              new RetryPolicy(initialBackoff, maxBackoff, maxRetryAfter),
              maxRetries,
              timeout);
      return new OneLinkClient(settings, url, context);
    }

    private static HttpLoggingInterceptor logging(
        LogLevel level, @Nullable Logger logger, Secret token) {
      HttpLoggingInterceptor.Logger lines =
          logger == null ? HttpLoggingInterceptor.Logger.DEFAULT : logger::log;
      HttpLoggingInterceptor interceptor =
          new HttpLoggingInterceptor(new RedactingLogger(token, lines));
      interceptor.redactHeader(Secret.HEADER);
      interceptor.setLevel(HttpLoggingInterceptor.Level.valueOf(level.name()));
      return interceptor;
    }

    /**
     * Loopback by name or address; the name is not resolved (no DNS lookup in a builder). {@code
     * host} comes from HttpUrl, which writes IPv6 in its shortest form ({@code [0:0:0:0:0:0:0:1]}
     * as {@code ::1}).
     */
    private static boolean isLoopback(String host) {
      return host.equals("localhost")
          || host.endsWith(".localhost")
          || host.startsWith("127.")
          || host.equals("::1");
    }

    @Override
    public String toString() {
      return "OneLinkClient.Builder{baseUrl="
          + baseUrl
          + ", apiAccessToken="
          + (apiAccessToken == null ? "unset" : apiAccessToken)
          + "}";
    }
  }
}
