package dev.omnichannel.core;

import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import okhttp3.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * OAuth bearer credentials that refresh themselves.
 *
 * <ul>
 *   <li>Proactive: a token is refreshed before use when less than max(60 s, 10 % of its lifetime)
 *       remains, but never earlier than half-way through its lifetime. Expiry is the local clock read just before the token request plus
 *       {@code expires_in}, so clock skew with the provider does not matter.
 *   <li>Single-flight: however many threads find the token expired, one token request is made;
 *       the others wait for its result.
 *   <li>401: a 401 answered to the current token forces one refresh and one re-send; a 401
 *       answered to an older token just re-sends with the current one.
 *   <li>Persistent: every new token set is saved to the {@link TokenStore}, and the store is read
 *       before each refresh, so a token refreshed by another instance is picked up. A store that
 *       fails to save does not lose the new token: it is used from memory and a warning (without
 *       the token) is logged.
 * </ul>
 */
public final class OAuthCredentials implements Credentials {

  private static final Logger LOG = LoggerFactory.getLogger(OAuthCredentials.class);

  private final TokenFetcher fetcher;
  private final TokenStore store;
  private final Object lock = new Object();
  private volatile OAuthToken current;
  private CompletableFuture<OAuthToken> inFlight; // guarded by lock

  private OAuthCredentials(TokenFetcher fetcher, TokenStore store, OAuthToken initial) {
    this.fetcher = Objects.requireNonNull(fetcher, "fetcher");
    this.store = Objects.requireNonNull(store, "store");
    this.current = initial != null ? initial : store.load().orElse(null);
    if (initial != null) {
      store.save(initial);
    }
  }

  /**
   * Credentials that fetch tokens with {@code fetcher} and keep them in memory.
   *
   * @param fetcher calls the token endpoint
   * @return the credentials
   */
  public static OAuthCredentials of(TokenFetcher fetcher) {
    return new OAuthCredentials(fetcher, TokenStore.inMemory(), null);
  }

  /**
   * Credentials that fetch tokens with {@code fetcher} and persist them in {@code store}; a token
   * already in the store is used first.
   *
   * @param fetcher calls the token endpoint
   * @param store loads and saves the token set
   * @return the credentials
   */
  public static OAuthCredentials of(TokenFetcher fetcher, TokenStore store) {
    return new OAuthCredentials(fetcher, store, null);
  }

  /**
   * Credentials that start from a known token (saved to the store) and refresh with
   * {@code fetcher}.
   *
   * @param fetcher calls the token endpoint
   * @param store loads and saves the token set
   * @param initial the token to start with
   * @return the credentials
   */
  public static OAuthCredentials of(TokenFetcher fetcher, TokenStore store, OAuthToken initial) {
    return new OAuthCredentials(fetcher, store, Objects.requireNonNull(initial, "initial"));
  }

  /**
   * A valid token, refreshed first when needed (single-flight).
   *
   * @param clock the clock to judge expiry by
   * @return the token
   * @throws OmnichannelException when the token endpoint fails
   */
  public OAuthToken token(Clock clock) {
    OAuthToken t = current;
    if (t != null && !t.needsRefresh(clock.instant())) {
      return t;
    }
    return refresh(t, false, clock);
  }

  @Override
  public Request authenticate(Request request, Clock clock) {
    OAuthToken t = token(clock);
    return request.newBuilder().header("Authorization", "Bearer " + t.accessToken()).build();
  }

  @Override
  public CompletableFuture<Request> authenticateAsync(Request request, Clock clock, Executor blockingExecutor) {
    OAuthToken t = current;
    if (t != null && !t.needsRefresh(clock.instant())) {
      return CompletableFuture.completedFuture(
          request.newBuilder().header("Authorization", "Bearer " + t.accessToken()).build());
    }
    return CompletableFuture.supplyAsync(() -> authenticate(request, clock), blockingExecutor);
  }

  @Override
  public boolean refreshAfterUnauthorized(Request rejected, Clock clock) throws IOException {
    String sent = rejected.header("Authorization");
    OAuthToken t = current;
    if (t == null) {
      return false;
    }
    if (sent != null && !sent.equals("Bearer " + t.accessToken())) {
      return true; // the token was refreshed since this request was sent: re-send with the new one
    }
    refresh(t, true, clock);
    return true;
  }

  @Override
  public boolean mayBlock() {
    return true;
  }

  private OAuthToken refresh(OAuthToken stale, boolean force, Clock clock) {
    CompletableFuture<OAuthToken> future;
    boolean leader = false;
    synchronized (lock) {
      OAuthToken now = current;
      if (now != null && now != stale && !now.needsRefresh(clock.instant())) {
        return now; // another thread refreshed while we waited for the lock
      }
      if (inFlight == null) {
        inFlight = new CompletableFuture<>();
        leader = true;
      }
      future = inFlight;
    }
    if (leader) {
      try {
        Fetched fetched = fetchOrLoad(stale, force, clock);
        OAuthToken fresh = fetched.token();
        synchronized (lock) {
          current = fresh; // before saving: a failing store must not lose the rotated token
          inFlight = null;
        }
        if (fetched.isNew()) {
          save(fresh);
        }
        future.complete(fresh);
      } catch (RuntimeException | Error e) { // never leave waiters blocked on an unfinished refresh
        synchronized (lock) {
          inFlight = null;
        }
        future.completeExceptionally(e);
      }
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof OmnichannelException oe) {
        throw oe;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new OmnichannelException("token refresh failed: " + cause.getClass().getSimpleName(), cause);
    }
  }

  /** A token and whether it came from the token endpoint (and so still needs saving). */
  private record Fetched(OAuthToken token, boolean isNew) {}

  private void save(OAuthToken fresh) {
    try {
      store.save(fresh);
    } catch (RuntimeException e) {
      LOG.warn("could not save the refreshed OAuth token ({} from {}); it is kept in memory only",
          e.getClass().getName(), store.getClass().getName());
    }
  }

  private Fetched fetchOrLoad(OAuthToken stale, boolean force, Clock clock) {
    OAuthToken stored = store.load().orElse(null);
    if (stored != null && !sameAccessToken(stored, stale) && !stored.needsRefresh(clock.instant())) {
      return new Fetched(stored, false); // refreshed elsewhere (another instance sharing the store)
    }
    OAuthToken base = stored != null && !force ? stored : stale;
    if (base == null) {
      base = stored;
    }
    Instant before = clock.instant();
    TokenGrant grant = fetcher.fetch(base);
    if (grant == null || grant.accessToken() == null || grant.accessToken().isBlank()) {
      throw new InvalidResponseException("token endpoint returned no access_token", null, 200, "");
    }
    if (grant.tokenType() != null && !grant.tokenType().equalsIgnoreCase("bearer")) {
      throw new InvalidResponseException(
          "token endpoint returned unsupported token_type " + grant.tokenType(), null, 200, "");
    }
    String refreshToken = grant.refreshToken() != null ? grant.refreshToken()
        : base != null ? base.refreshToken() : null;
    OAuthToken fresh = new OAuthToken(grant.accessToken(), refreshToken, grant.tokenType(), before,
        grant.expiresIn() == null ? null : before.plus(grant.expiresIn()));
    return new Fetched(fresh, true);
  }

  private static boolean sameAccessToken(OAuthToken a, OAuthToken b) {
    return b != null && a.accessToken().equals(b.accessToken());
  }

  /** Never shows tokens. */
  @Override
  public String toString() {
    return "OAuthCredentials{token=" + (current == null ? "none" : "██") + ", store=" + store + "}";
  }
}
