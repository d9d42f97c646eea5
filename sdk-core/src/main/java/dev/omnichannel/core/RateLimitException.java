package dev.omnichannel.core;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests. Thrown after retries are exhausted, or at once when the provider
 * asks for a wait longer than the SDK's cap (see {@link #retryAfter()}).
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** The wait the provider asked for, or null. */
  private final Duration retryAfter;

  /**
   * Creates the exception.
   *
   * @param error what the provider answered
   * @param retryAfter how long the provider asked to wait, or null when it did not say
   */
  public RateLimitException(ApiError error, Duration retryAfter) {
    super(error);
    this.retryAfter = retryAfter;
  }

  /**
   * How long the provider asked to wait before the next request ({@code Retry-After} or
   * {@code x-ratelimit-reset}).
   *
   * @return the wait, or empty when the provider did not say
   */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
