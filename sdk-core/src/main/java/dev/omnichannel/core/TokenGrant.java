package dev.omnichannel.core;

import java.time.Duration;

/**
 * What a token endpoint answered, before the SDK computes the expiry with its own clock.
 * {@code toString()} hides both tokens.
 *
 * @param accessToken the access token
 * @param refreshToken the refresh token, or null
 * @param tokenType the token type, e.g. {@code Bearer}
 * @param expiresIn the lifetime, or null when the endpoint did not say
 */
public record TokenGrant(String accessToken, String refreshToken, String tokenType, Duration expiresIn) {

  /** Hides the tokens. */
  @Override
  public String toString() {
    return "TokenGrant{accessToken=██, refreshToken=" + (refreshToken == null ? "null" : "██")
        + ", tokenType=" + tokenType + ", expiresIn=" + expiresIn + "}";
  }
}
