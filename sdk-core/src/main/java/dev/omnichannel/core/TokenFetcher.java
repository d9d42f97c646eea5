package dev.omnichannel.core;

/**
 * Calls a provider's token endpoint (without the auth layer). Provider modules implement it for
 * their grants: password, refresh token, client credentials.
 */
@FunctionalInterface
public interface TokenFetcher {

  /**
   * Obtains a new token set.
   *
   * @param current the token being replaced (its refresh token may be used), or null at start
   * @return what the endpoint answered
   * @throws OmnichannelException when the endpoint refuses or cannot be reached
   */
  TokenGrant fetch(OAuthToken current);
}
