package dev.omnichannel.core;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/**
 * Immutable settings shared by every request of one client: where to send requests, how to
 * authenticate, timeouts, retries, logging and the User-Agent suffix. Build with
 * {@link #builder()}; derive a variant with {@link #toBuilder()}. {@link Builder#build()} validates
 * everything eagerly and throws {@link IllegalArgumentException} naming the bad setting.
 */
public final class ClientOptions {

  /** Default connect timeout: 10 s. */
  public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
  /** Default read timeout: 30 s. */
  public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
  /** Default write timeout: 30 s. */
  public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
  /** Default timeout for a whole call including retries' attempts: 60 s per attempt. */
  public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
  /** Default number of retries after the first attempt: 2. */
  public static final int DEFAULT_MAX_RETRIES = 2;
  /** Longest server-requested wait ({@code Retry-After}) the SDK honours before giving up: 60 s. */
  public static final Duration DEFAULT_MAX_RETRY_AFTER = Duration.ofSeconds(60);

  private final HttpUrl baseUrl;
  private final Credentials credentials;
  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final int maxRetries;
  private final Duration maxRetryAfter;
  private final String appName;
  private final String appVersion;
  private final boolean logBodies;
  private final Clock clock;
  private final Sleeper sleeper;
  private final OkHttpClient okHttpClient;

  private ClientOptions(Builder b) {
    this.baseUrl = b.parsedBaseUrl;
    this.credentials = b.credentials;
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.maxRetryAfter = b.maxRetryAfter;
    this.appName = b.appName;
    this.appVersion = b.appVersion;
    this.logBodies = b.logBodies;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
    this.okHttpClient = b.okHttpClient;
  }

  /**
   * Starts a builder with the defaults; base URL and credentials must be set.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder pre-filled with these options.
   *
   * @return a new builder
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl.toString();
    b.credentials = credentials;
    b.connectTimeout = connectTimeout;
    b.readTimeout = readTimeout;
    b.writeTimeout = writeTimeout;
    b.callTimeout = callTimeout;
    b.maxRetries = maxRetries;
    b.maxRetryAfter = maxRetryAfter;
    b.appName = appName;
    b.appVersion = appVersion;
    b.logBodies = logBodies;
    b.clock = clock;
    b.sleeper = sleeper;
    b.okHttpClient = okHttpClient;
    return b;
  }

  /**
   * The base URL every request path is resolved against.
   *
   * @return the base URL
   */
  public HttpUrl baseUrl() {
    return baseUrl;
  }

  /**
   * How requests are authenticated.
   *
   * @return the credentials
   */
  public Credentials credentials() {
    return credentials;
  }

  /**
   * The connect timeout.
   *
   * @return the timeout
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The read timeout.
   *
   * @return the timeout
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * The write timeout.
   *
   * @return the timeout
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * The timeout of one attempt from start to end.
   *
   * @return the timeout
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * How many times a failed request may be retried (0 disables retries).
   *
   * @return the retry count
   */
  public int maxRetries() {
    return maxRetries;
  }

  /**
   * The longest server-requested wait honoured; past it a {@link RateLimitException} is thrown.
   *
   * @return the cap
   */
  public Duration maxRetryAfter() {
    return maxRetryAfter;
  }

  /**
   * The caller's application name for the User-Agent, or null.
   *
   * @return the name
   */
  public String appName() {
    return appName;
  }

  /**
   * The caller's application version for the User-Agent, or null.
   *
   * @return the version
   */
  public String appVersion() {
    return appVersion;
  }

  /**
   * Whether request and response bodies are logged (redacted, capped) at TRACE.
   *
   * @return true when bodies are logged
   */
  public boolean logBodies() {
    return logBodies;
  }

  /**
   * The clock used for token expiry, signatures and {@code Retry-After} dates.
   *
   * @return the clock
   */
  public Clock clock() {
    return clock;
  }

  /**
   * What waits between retries.
   *
   * @return the sleeper
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * The caller's OkHttpClient to derive ours from, or null to create one.
   *
   * @return the caller's client or null
   */
  public OkHttpClient okHttpClient() {
    return okHttpClient;
  }

  /** Shows settings, never credentials. */
  @Override
  public String toString() {
    return "ClientOptions{baseUrl=" + baseUrl + ", credentials=" + credentials
        + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
        + ", writeTimeout=" + writeTimeout + ", callTimeout=" + callTimeout
        + ", maxRetries=" + maxRetries + ", logBodies=" + logBodies + "}";
  }

  /** Mutable builder for {@link ClientOptions}; not thread-safe. */
  public static final class Builder {
    private String baseUrl;
    private HttpUrl parsedBaseUrl;
    private Credentials credentials;
    private Duration connectTimeout = DEFAULT_CONNECT_TIMEOUT;
    private Duration readTimeout = DEFAULT_READ_TIMEOUT;
    private Duration writeTimeout = DEFAULT_WRITE_TIMEOUT;
    private Duration callTimeout = DEFAULT_CALL_TIMEOUT;
    private int maxRetries = DEFAULT_MAX_RETRIES;
    private Duration maxRetryAfter = DEFAULT_MAX_RETRY_AFTER;
    private String appName;
    private String appVersion;
    private boolean logBodies;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private OkHttpClient okHttpClient;

    private Builder() {}

    /**
     * Sets the base URL (scheme, host, optional port and path prefix).
     *
     * @param baseUrl an http or https URL
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets how requests are authenticated.
     *
     * @param credentials the credentials
     * @return this builder
     */
    public Builder credentials(Credentials credentials) {
      this.credentials = credentials;
      return this;
    }

    /**
     * Sets the connect timeout (default 10 s; zero means none).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = timeout;
      return this;
    }

    /**
     * Sets the read timeout (default 30 s; zero means none).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = timeout;
      return this;
    }

    /**
     * Sets the write timeout (default 30 s; zero means none).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = timeout;
      return this;
    }

    /**
     * Sets the timeout of one attempt from start to end (default 60 s; zero means none).
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = timeout;
      return this;
    }

    /**
     * Sets how many times a failed request may be retried (default 2, range 0-10).
     *
     * @param maxRetries the retry count
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Sets the longest {@code Retry-After} honoured before throwing {@link RateLimitException}
     * (default 60 s).
     *
     * @param cap the cap
     * @return this builder
     */
    public Builder maxRetryAfter(Duration cap) {
      this.maxRetryAfter = cap;
      return this;
    }

    /**
     * Names the calling application in the User-Agent ({@code name/version}).
     *
     * @param name application name
     * @param version application version
     * @return this builder
     */
    public Builder appInfo(String name, String version) {
      this.appName = name;
      this.appVersion = version;
      return this;
    }

    /**
     * Logs request and response bodies at TRACE, capped and with secrets redacted (default off).
     *
     * @param logBodies whether to log bodies
     * @return this builder
     */
    public Builder logBodies(boolean logBodies) {
      this.logBodies = logBodies;
      return this;
    }

    /**
     * Sets the clock (default system UTC); tests use a fixed one.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = clock;
      return this;
    }

    /**
     * Sets what waits between retries (default real sleeping); tests use a fake.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = sleeper;
      return this;
    }

    /**
     * Shares the caller's OkHttpClient (connection pool, dispatcher, proxies). The SDK derives its
     * own with {@code newBuilder()} and never shuts the caller's down.
     *
     * @param client the caller's client
     * @return this builder
     */
    public Builder okHttpClient(OkHttpClient client) {
      this.okHttpClient = client;
      return this;
    }

    /**
     * Validates and builds the options.
     *
     * @return the immutable options
     * @throws IllegalArgumentException naming the first invalid setting
     */
    public ClientOptions build() {
      if (baseUrl == null || baseUrl.isBlank()) {
        throw new IllegalArgumentException("baseUrl is required");
      }
      parsedBaseUrl = HttpUrl.parse(baseUrl.trim());
      if (parsedBaseUrl == null) {
        throw new IllegalArgumentException("baseUrl is not a valid http(s) URL: " + baseUrl);
      }
      if (credentials == null) {
        throw new IllegalArgumentException("credentials are required");
      }
      requireTimeout("connectTimeout", connectTimeout);
      requireTimeout("readTimeout", readTimeout);
      requireTimeout("writeTimeout", writeTimeout);
      requireTimeout("callTimeout", callTimeout);
      requireTimeout("maxRetryAfter", maxRetryAfter);
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
      }
      if ((appName == null) != (appVersion == null)
          || (appName != null && (appName.isBlank() || appVersion.isBlank()))) {
        throw new IllegalArgumentException("appInfo needs both a non-blank name and version");
      }
      if (appName != null && !(isToken(appName) && isToken(appVersion))) {
        throw new IllegalArgumentException("appInfo name and version must be printable ASCII without spaces");
      }
      Objects.requireNonNull(clock, "clock");
      Objects.requireNonNull(sleeper, "sleeper");
      return new ClientOptions(this);
    }

    private static void requireTimeout(String name, Duration d) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive");
      }
    }

    private static boolean isToken(String s) {
      return s.chars().allMatch(c -> c > 0x20 && c < 0x7f && c != '(' && c != ')');
    }
  }
}
