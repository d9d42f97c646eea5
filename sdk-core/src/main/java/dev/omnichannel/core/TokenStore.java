package dev.omnichannel.core;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Loads and saves an OAuth token set, so rotated refresh tokens survive restarts and several
 * instances of a service can share one token. Implementations must be thread-safe; a save must be
 * visible to later loads.
 */
public interface TokenStore {

  /**
   * The stored token set, if any.
   *
   * @return the token, or empty
   */
  Optional<OAuthToken> load();

  /**
   * Replaces the stored token set.
   *
   * @param token the new token
   */
  void save(OAuthToken token);

  /**
   * A store that keeps the token in memory only (the default).
   *
   * @return a new, empty store
   */
  static TokenStore inMemory() {
    AtomicReference<OAuthToken> ref = new AtomicReference<>();
    return new TokenStore() {
      @Override
      public Optional<OAuthToken> load() {
        return Optional.ofNullable(ref.get());
      }

      @Override
      public void save(OAuthToken token) {
        ref.set(token);
      }

      @Override
      public String toString() {
        return "TokenStore.inMemory";
      }
    };
  }
}
