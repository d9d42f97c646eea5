package dev.omnichannel.core;

import dev.omnichannel.core.internal.HeaderCredentials;
import dev.omnichannel.core.internal.SigningCredentials;
import dev.omnichannel.core.internal.TokenInBodyCredentials;
import java.io.IOException;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import okhttp3.Request;

/**
 * How a request proves who sends it. The transport calls {@link #authenticate} before every
 * attempt and {@link #refreshAfterUnauthorized} once per call when the provider answers 401.
 *
 * <p>Implementations are immutable or thread-safe, and their {@code toString()} never shows a
 * secret. Factories here cover static headers, a token inside the JSON body, request signing and
 * (through {@link OAuthCredentials}) refreshing OAuth tokens.
 */
public interface Credentials {

  /**
   * Returns the request with authentication added. May block (e.g. to fetch a token).
   *
   * @param request the request without authentication
   * @param clock the client's clock (for signatures and token expiry)
   * @return the authenticated request
   * @throws IOException when fetching a token or signing fails at the I/O level
   */
  Request authenticate(Request request, Clock clock) throws IOException;

  /**
   * Asynchronous {@link #authenticate}; implementations that may block run the work on
   * {@code blockingExecutor}. The default assumes {@link #authenticate} does not block.
   *
   * @param request the request without authentication
   * @param clock the client's clock
   * @param blockingExecutor where blocking work may run
   * @return the authenticated request, or a failed future
   */
  default CompletableFuture<Request> authenticateAsync(Request request, Clock clock, Executor blockingExecutor) {
    try {
      return CompletableFuture.completedFuture(authenticate(request, clock));
    } catch (IOException | RuntimeException e) {
      return CompletableFuture.failedFuture(e);
    }
  }

  /**
   * Called once per call when the provider answered 401 to {@code rejected}. Return true to have
   * the transport re-send the request once (e.g. after refreshing a token). The default does not.
   *
   * @param rejected the request as it was sent, with its credentials
   * @param clock the client's clock
   * @return whether a re-send may succeed
   * @throws IOException when a refresh failed at the I/O level
   */
  default boolean refreshAfterUnauthorized(Request rejected, Clock clock) throws IOException {
    return false;
  }

  /**
   * Whether {@link #authenticate} or {@link #refreshAfterUnauthorized} may block; the async
   * transport then runs them off the caller's thread.
   *
   * @return true when calls may block
   */
  default boolean mayBlock() {
    return false;
  }

  /**
   * No authentication (public APIs, token endpoints).
   *
   * @return credentials that change nothing
   */
  static Credentials none() {
    return HeaderCredentials.NONE;
  }

  /**
   * A static header on every request, e.g. {@code api_access_token} or {@code X-API-TOKEN}.
   *
   * @param name header name
   * @param value the secret value
   * @return the credentials
   * @throws IllegalArgumentException when the name or value is blank or not a valid header value
   */
  static Credentials header(String name, String value) {
    return new HeaderCredentials(Map.of(name == null ? "" : name, value == null ? "" : value));
  }

  /**
   * Several static headers on every request, e.g. Qiscus's app id and secret key pair.
   *
   * @param headers header names to secret values
   * @return the credentials
   * @throws IllegalArgumentException when a name or value is blank or not a valid header value
   */
  static Credentials headers(Map<String, String> headers) {
    return new HeaderCredentials(headers);
  }

  /**
   * {@code Authorization: Bearer <token>} with a fixed token.
   *
   * @param token the access token
   * @return the credentials
   * @throws IllegalArgumentException when the token is blank or not a valid header value
   */
  static Credentials bearer(String token) {
    HeaderCredentials.requireValid("Authorization", token);
    return new HeaderCredentials(Map.of("Authorization", "Bearer " + token));
  }

  /**
   * A token inside every JSON request body ({@code {"token": "...", ...}}) and as a query
   * parameter of requests without a body, as zChat wants it.
   *
   * @param fieldName the JSON field and query parameter name, e.g. {@code token}
   * @param token the secret token
   * @return the credentials
   * @throws IllegalArgumentException when the name or token is blank
   */
  static Credentials tokenInBody(String fieldName, String token) {
    return new TokenInBodyCredentials(fieldName, token);
  }

  /**
   * Credentials that sign each request, e.g. Mekari HMAC.
   *
   * @param signer computes and adds the signature
   * @return the credentials
   */
  static Credentials signed(RequestSigner signer) {
    return new SigningCredentials(signer);
  }
}
