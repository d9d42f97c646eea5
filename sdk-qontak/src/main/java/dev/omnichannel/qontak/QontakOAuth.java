package dev.omnichannel.qontak;

import com.squareup.moshi.Json;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.OAuthToken;
import dev.omnichannel.core.TokenFetcher;
import dev.omnichannel.core.TokenGrant;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Qontak's OAuth token endpoint ({@code POST /oauth/token} at the host root, not under
 * {@code /api/open}): the password grant, and the refresh grant whose answer carries a new
 * refresh token (rotated; the core saves it to the {@code TokenStore}). A refresh the server
 * rejects (400/401) falls back to the password grant when a username and password are configured.
 * Called without the auth layer.
 */
final class QontakOAuth implements TokenFetcher {

  /**
   * The token endpoint's answer.
   *
   * @param accessToken the access token
   * @param tokenType {@code Bearer} or {@code bearer}
   * @param expiresIn lifetime in seconds (often close to a year)
   * @param refreshToken the new refresh token
   * @param createdAt issue time, epoch seconds (not used: expiry is measured on the local clock)
   */
  public record TokenResponse(
      @Json(name = "access_token") String accessToken,
      @Json(name = "token_type") String tokenType,
      @Json(name = "expires_in") Long expiresIn,
      @Json(name = "refresh_token") String refreshToken,
      @Json(name = "created_at") Long createdAt) {

    /** Hides the tokens. */
    @Override
    public String toString() {
      return "TokenResponse{tokenType=" + tokenType + ", expiresIn=" + expiresIn + "}";
    }
  }

  private final HttpTransport tokenEndpoint;
  private final String username;
  private final String password;
  private final String initialRefreshToken;
  private final String clientId;
  private final String clientSecret;

  QontakOAuth(HttpTransport tokenEndpoint, String username, String password, String initialRefreshToken,
      String clientId, String clientSecret) {
    this.tokenEndpoint = tokenEndpoint;
    this.username = username;
    this.password = password;
    this.initialRefreshToken = initialRefreshToken;
    this.clientId = clientId;
    this.clientSecret = clientSecret;
  }

  @Override
  public TokenGrant fetch(OAuthToken current) {
    String refreshToken = current != null && current.refreshToken() != null ? current.refreshToken()
        : initialRefreshToken;
    if (refreshToken != null) {
      try {
        return request(refreshGrant(refreshToken));
      } catch (ApiException e) {
        boolean rejected = e.statusCode() == 400 || e.statusCode() == 401;
        if (!rejected || username == null) {
          throw e;
        }
      }
    }
    return request(passwordGrant());
  }

  private Map<String, Object> passwordGrant() {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("username", username);
    body.put("password", password);
    body.put("grant_type", "password");
    body.put("client_id", clientId);
    body.put("client_secret", clientSecret);
    return body;
  }

  private Map<String, Object> refreshGrant(String refreshToken) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("refresh_token", refreshToken);
    body.put("grant_type", "refresh_token");
    body.put("client_id", clientId);
    body.put("client_secret", clientSecret);
    return body;
  }

  private TokenGrant request(Map<String, Object> body) {
    TokenResponse r = tokenEndpoint.execute(ApiRequest.<TokenResponse>builder("POST", "/oauth/token")
        .jsonBody(body)
        .responseType(TokenResponse.class)
        .build(), null);
    return new TokenGrant(r.accessToken(), r.refreshToken(), r.tokenType(),
        r.expiresIn() == null ? null : Duration.ofSeconds(r.expiresIn()));
  }

  @Override
  public String toString() {
    return "QontakOAuth{grant=" + (username != null ? "password" : "refresh_token") + "}";
  }
}
