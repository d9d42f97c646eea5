package dev.omnichannel.core;

import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;

/**
 * The settings every provider client's builder shares (base URL, timeouts, retries, User-Agent
 * suffix, logging, clock, OkHttpClient). Provider builders extend it and add their credentials,
 * so {@code ChatwootClient.builder().readTimeout(...)} and {@code QontakClient.builder().readTimeout(...)}
 * read the same. Not thread-safe; build once and share the client.
 *
 * @param <B> the concrete builder, returned by every setter
 */
public abstract class ClientBuilder<B extends ClientBuilder<B>> {

  private final ClientOptions.Builder options = ClientOptions.builder();

  /**
   * Starts with the provider's production base URL.
   *
   * @param defaultBaseUrl the provider's default base URL
   */
  protected ClientBuilder(String defaultBaseUrl) {
    options.baseUrl(defaultBaseUrl);
  }

  /**
   * The concrete builder.
   *
   * @return {@code this}
   */
  protected abstract B self();

  /**
   * Validates the common settings with the provider's credentials.
   *
   * @param credentials the credentials the provider builder assembled
   * @return the options
   * @throws IllegalArgumentException naming the invalid setting
   */
  protected final ClientOptions buildOptions(Credentials credentials) {
    return options.credentials(credentials).build();
  }

  /**
   * Overrides the provider's base URL (self-hosted servers, staging, fakes in tests).
   *
   * @param baseUrl an http(s) URL
   * @return this builder
   */
  public B baseUrl(String baseUrl) {
    options.baseUrl(baseUrl);
    return self();
  }

  /**
   * Sets the connect timeout (default 10 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B connectTimeout(Duration timeout) {
    options.connectTimeout(timeout);
    return self();
  }

  /**
   * Sets the read timeout (default 30 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B readTimeout(Duration timeout) {
    options.readTimeout(timeout);
    return self();
  }

  /**
   * Sets the write timeout (default 30 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B writeTimeout(Duration timeout) {
    options.writeTimeout(timeout);
    return self();
  }

  /**
   * Sets the timeout of one attempt (default 60 s).
   *
   * @param timeout the timeout
   * @return this builder
   */
  public B callTimeout(Duration timeout) {
    options.callTimeout(timeout);
    return self();
  }

  /**
   * Sets how many times a failed request may be retried (default 2).
   *
   * @param maxRetries 0-10
   * @return this builder
   */
  public B maxRetries(int maxRetries) {
    options.maxRetries(maxRetries);
    return self();
  }

  /**
   * Sets the longest {@code Retry-After} honoured (default 60 s).
   *
   * @param cap the cap
   * @return this builder
   */
  public B maxRetryAfter(Duration cap) {
    options.maxRetryAfter(cap);
    return self();
  }

  /**
   * Adds {@code name/version} to the User-Agent.
   *
   * @param name your application's name
   * @param version its version
   * @return this builder
   */
  public B appInfo(String name, String version) {
    options.appInfo(name, version);
    return self();
  }

  /**
   * Logs redacted, capped bodies at DEBUG on logger {@code dev.omnichannel.http} (default off).
   *
   * @param logBodies whether to log bodies
   * @return this builder
   */
  public B logBodies(boolean logBodies) {
    options.logBodies(logBodies);
    return self();
  }

  /**
   * Sets the clock (tests).
   *
   * @param clock the clock
   * @return this builder
   */
  public B clock(Clock clock) {
    options.clock(clock);
    return self();
  }

  /**
   * Sets what waits between retries (tests).
   *
   * @param sleeper the sleeper
   * @return this builder
   */
  public B sleeper(Sleeper sleeper) {
    options.sleeper(sleeper);
    return self();
  }

  /**
   * Shares your OkHttpClient's pool and dispatcher; the SDK never shuts it down.
   *
   * @param client your client
   * @return this builder
   */
  public B okHttpClient(OkHttpClient client) {
    options.okHttpClient(client);
    return self();
  }
}
