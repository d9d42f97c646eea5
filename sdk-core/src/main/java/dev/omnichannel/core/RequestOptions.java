package dev.omnichannel.core;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Per-call overrides: timeouts, retries, extra headers and query parameters, and the opt-in to
 * retry a non-idempotent request (POST, PATCH) after it may have reached the server. Unset values
 * fall back to the client's {@link ClientOptions}.
 */
public final class RequestOptions {

  /** No overrides. */
  public static final RequestOptions NONE = builder().build();

  private final Duration connectTimeout;
  private final Duration readTimeout;
  private final Duration writeTimeout;
  private final Duration callTimeout;
  private final Integer maxRetries;
  private final boolean retryNonIdempotent;
  private final Map<String, String> headers;
  private final Map<String, String> queryParameters;

  private RequestOptions(Builder b) {
    this.connectTimeout = b.connectTimeout;
    this.readTimeout = b.readTimeout;
    this.writeTimeout = b.writeTimeout;
    this.callTimeout = b.callTimeout;
    this.maxRetries = b.maxRetries;
    this.retryNonIdempotent = b.retryNonIdempotent;
    this.headers = Map.copyOf(b.headers);
    this.queryParameters = Map.copyOf(b.queryParameters);
  }

  /**
   * Starts a builder with no overrides.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The connect timeout override, or null.
   *
   * @return the override
   */
  public Duration connectTimeout() {
    return connectTimeout;
  }

  /**
   * The read timeout override, or null.
   *
   * @return the override
   */
  public Duration readTimeout() {
    return readTimeout;
  }

  /**
   * The write timeout override, or null.
   *
   * @return the override
   */
  public Duration writeTimeout() {
    return writeTimeout;
  }

  /**
   * The per-attempt call timeout override, or null.
   *
   * @return the override
   */
  public Duration callTimeout() {
    return callTimeout;
  }

  /**
   * The retry count override, or null.
   *
   * @return the override
   */
  public Integer maxRetries() {
    return maxRetries;
  }

  /**
   * Whether a POST/PATCH may be re-sent after a failure that may have reached the server (5xx,
   * read timeout, connection reset). Only set this when the request is idempotent on the
   * provider's side (e.g. it carries an idempotency key).
   *
   * @return true when opted in
   */
  public boolean retryNonIdempotent() {
    return retryNonIdempotent;
  }

  /**
   * Extra headers added to the request (after the SDK's own, replacing same-named ones).
   *
   * @return the headers
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Extra query parameters appended to the URL.
   *
   * @return the parameters
   */
  public Map<String, String> queryParameters() {
    return queryParameters;
  }

  /** Shows which overrides are set; header values are not shown. */
  @Override
  public String toString() {
    return "RequestOptions{maxRetries=" + maxRetries + ", retryNonIdempotent=" + retryNonIdempotent
        + ", headers=" + headers.keySet() + ", queryParameters=" + queryParameters.keySet() + "}";
  }

  /** Mutable builder for {@link RequestOptions}. */
  public static final class Builder {
    private Duration connectTimeout;
    private Duration readTimeout;
    private Duration writeTimeout;
    private Duration callTimeout;
    private Integer maxRetries;
    private boolean retryNonIdempotent;
    private final Map<String, String> headers = new LinkedHashMap<>();
    private final Map<String, String> queryParameters = new LinkedHashMap<>();

    private Builder() {}

    /**
     * Overrides the connect timeout.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = requireNonNegative("connectTimeout", timeout);
      return this;
    }

    /**
     * Overrides the read timeout.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder readTimeout(Duration timeout) {
      this.readTimeout = requireNonNegative("readTimeout", timeout);
      return this;
    }

    /**
     * Overrides the write timeout.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder writeTimeout(Duration timeout) {
      this.writeTimeout = requireNonNegative("writeTimeout", timeout);
      return this;
    }

    /**
     * Overrides the per-attempt call timeout.
     *
     * @param timeout the timeout
     * @return this builder
     */
    public Builder callTimeout(Duration timeout) {
      this.callTimeout = requireNonNegative("callTimeout", timeout);
      return this;
    }

    /**
     * Overrides the retry count (0-10).
     *
     * @param maxRetries the count
     * @return this builder
     */
    public Builder maxRetries(int maxRetries) {
      if (maxRetries < 0 || maxRetries > 10) {
        throw new IllegalArgumentException("maxRetries must be between 0 and 10, was " + maxRetries);
      }
      this.maxRetries = maxRetries;
      return this;
    }

    /**
     * Allows retrying a POST/PATCH even when it may have reached the server. Only for requests the
     * provider de-duplicates.
     *
     * @param retry whether to allow it
     * @return this builder
     */
    public Builder retryNonIdempotent(boolean retry) {
      this.retryNonIdempotent = retry;
      return this;
    }

    /**
     * Adds (or replaces) a header.
     *
     * @param name header name
     * @param value header value
     * @return this builder
     * @throws IllegalArgumentException when the name or value is empty or not valid in an HTTP
     *     header (the message never shows the value)
     */
    public Builder header(String name, String value) {
      requireText("header name", name);
      requireText("header value", value);
      dev.omnichannel.core.internal.HeaderCredentials.requireValidHeader(name, value);
      headers.put(name, value);
      return this;
    }

    /**
     * Adds (or replaces) a query parameter.
     *
     * @param name parameter name
     * @param value parameter value
     * @return this builder
     */
    public Builder queryParameter(String name, String value) {
      queryParameters.put(requireText("query parameter name", name),
          java.util.Objects.requireNonNull(value, "query parameter value"));
      return this;
    }

    /**
     * Builds the options.
     *
     * @return the immutable options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }

    private static Duration requireNonNegative(String name, Duration d) {
      if (d == null || d.isNegative()) {
        throw new IllegalArgumentException(name + " must be zero or positive");
      }
      return d;
    }

    private static String requireText(String what, String s) {
      if (s == null || s.isEmpty()) {
        throw new IllegalArgumentException(what + " must not be empty");
      }
      return s;
    }
  }
}
