package dev.omnichannel.core;

import java.time.Duration;
import java.time.Instant;

/**
 * An OAuth token set as stored by a {@link TokenStore}. {@code toString()} hides both tokens.
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token, or null when the grant gave none
 * @param tokenType the token type as sent ({@code Bearer} or {@code bearer}); compared ignoring case
 * @param issuedAt local time taken just before the token request
 * @param expiresAt when the token expires, or null when it does not say
 */
public record OAuthToken(String accessToken, String refreshToken, String tokenType, Instant issuedAt, Instant expiresAt) {

  /**
   * Checks the access token and issue time are present.
   *
   * @param accessToken the access token
   * @param refreshToken the refresh token, or null
   * @param tokenType the token type
   * @param issuedAt local time taken just before the token request
   * @param expiresAt expiry, or null
   * @throws IllegalArgumentException when the access token is blank or issuedAt is null
   */
  public OAuthToken {
    if (accessToken == null || accessToken.isBlank()) {
      throw new IllegalArgumentException("accessToken must not be blank");
    }
    if (issuedAt == null) {
      throw new IllegalArgumentException("issuedAt must not be null");
    }
  }

  /**
   * Whether the token should be refreshed now: it expires within a margin of max(60 s, 10 % of
   * its lifetime), capped at half its lifetime (so a token that lives 60 s or less is still used
   * for the first half of its life instead of being refetched before every call).
   *
   * @param now the current time
   * @return true when it is expired or about to expire
   */
  public boolean needsRefresh(Instant now) {
    if (expiresAt == null) {
      return false;
    }
    Duration lifetime = Duration.between(issuedAt, expiresAt);
    Duration margin = lifetime.dividedBy(10);
    if (margin.compareTo(Duration.ofSeconds(60)) < 0) {
      margin = Duration.ofSeconds(60);
    }
    Duration half = lifetime.dividedBy(2);
    if (margin.compareTo(half) > 0) {
      margin = half;
    }
    return !now.plus(margin).isBefore(expiresAt);
  }

  /** Hides the tokens. */
  @Override
  public String toString() {
    return "OAuthToken{accessToken=██, refreshToken=" + (refreshToken == null ? "null" : "██")
        + ", tokenType=" + tokenType + ", issuedAt=" + issuedAt + ", expiresAt=" + expiresAt + "}";
  }
}
