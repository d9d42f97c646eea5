package dev.omnichannel.qontak;

import dev.omnichannel.core.ClientBuilder;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.OAuthCredentials;
import dev.omnichannel.core.TokenStore;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.qontak.model.QontakJson;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Client for the Qontak Omnichannel (Mekari Qontak Chat) API, in either of its two auth modes,
 * chosen on the builder; every service works the same in both:
 *
 * <ul>
 *   <li><b>OAuth</b> (legacy host {@code https://service-chat.qontak.com}, resources under
 *       {@code /api/open/v1}): {@link Builder#oauth} (password grant), {@link Builder#oauthRefreshToken}
 *       (refresh grant) or {@link Builder#accessToken} (a fixed token). Tokens are refreshed before
 *       they expire, by one thread for all, after a 401 once, and saved to a {@link TokenStore}
 *       (refresh tokens rotate).
 *   <li><b>Mekari HMAC</b> ({@code https://api.mekari.com}, resources under
 *       {@code /qontak/chat/v1}): {@link Builder#mekariHmac}; every request is signed by
 *       {@link MekariHmacSigner}. Mekari moved Qontak's API behind this gateway in 2025 (credentials
 *       from developers.mekari.com); it is the forward path.
 * </ul>
 *
 * <p>Immutable and thread-safe; share one instance. {@link #close()} releases the connection pool
 * the client created.
 */
public final class QontakClient implements AutoCloseable {

  /** Production host of the OAuth ("Open API") mode. */
  public static final String OAUTH_BASE_URL = "https://service-chat.qontak.com";
  /** Resource prefix of the OAuth mode. */
  public static final String OAUTH_PREFIX = "/api/open/v1";
  /** Production host of the Mekari API Gateway (HMAC mode). */
  public static final String MEKARI_BASE_URL = "https://api.mekari.com";
  /** Resource prefix of the HMAC mode. */
  public static final String MEKARI_PREFIX = "/qontak/chat/v1";

  static final String MODULE = "qontak";

  private final HttpTransport transport;
  private final HttpTransport owner; // the transport that owns the connection pool, or null for derived clients
  private final ServiceContext ctx;

  private QontakClient(HttpTransport transport, String prefix, HttpTransport owner) {
    this.transport = transport;
    this.owner = owner;
    this.ctx = new ServiceContext(transport, prefix);
  }

  /**
   * Starts a builder; pick exactly one auth mode.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with other options (timeouts, retries, ...) sharing this one's connection pool and
   * credentials; closing it does not close the shared pool.
   *
   * @param change edits a copy of the options
   * @return the derived client
   */
  public QontakClient withOptions(UnaryOperator<ClientOptions.Builder> change) {
    return new QontakClient(transport.withOptions(change.apply(transport.options().toBuilder()).build()),
        ctx.prefix, null);
  }

  /**
   * The resource prefix of this client's auth mode.
   *
   * @return {@code /api/open/v1} or {@code /qontak/chat/v1}
   */
  public String resourcePrefix() {
    return ctx.prefix;
  }

  /**
   * Channel integrations (WhatsApp numbers and other channels).
   *
   * @return the service
   */
  public IntegrationService integrations() {
    return new IntegrationService(ctx);
  }

  /**
   * Agents and supervisors.
   *
   * @return the service
   */
  public UserService users() {
    return new UserService(ctx);
  }

  /**
   * Divisions and their channels.
   *
   * @return the service
   */
  public DivisionService divisions() {
    return new DivisionService(ctx);
  }

  /**
   * The health check.
   *
   * @return the service
   */
  public HealthService health() {
    return new HealthService(ctx);
  }

  // --- messages and files ---

  /**
   * Sending messages into rooms: as the bot, as an agent, interactive, templates in a room.
   *
   * @return the service
   */
  public MessageService messages() {
    return new MessageService(ctx);
  }

  /**
   * The file uploader (media on Qontak's CDN).
   *
   * @return the service
   */
  public FileService files() {
    return new FileService(ctx);
  }

  // --- broadcasts ---

  /**
   * WhatsApp template broadcasts (direct and bulk), their logs and the WhatsApp number check.
   *
   * @return the service
   */
  public BroadcastService broadcasts() {
    return new BroadcastService(ctx);
  }

  // --- webhook settings (interactions) ---

  /**
   * Webhook configuration: message, room and WABA interactions (rows 59-63).
   *
   * @return the service
   */
  public InteractionService interactions() {
    return new InteractionService(ctx);
  }

  // --- rooms ---

  /**
   * Rooms (conversations): list, search, assign, tag, resolve.
   *
   * @return the service
   */
  public RoomService rooms() {
    return new RoomService(ctx);
  }

  // --- templates ---

  /**
   * WhatsApp message templates, their categories and languages.
   *
   * @return the service
   */
  public TemplateService templates() {
    return new TemplateService(ctx);
  }

  // --- contacts ---

  /**
   * Contact lists (broadcast recipients), their contacts, and blocking the contact of a room.
   *
   * @return the service
   */
  public ContactService contacts() {
    return new ContactService(ctx);
  }

  /** Releases the connection pool and threads the client created; idempotent. */
  @Override
  public void close() {
    if (owner != null) {
      owner.close();
    }
  }

  /** Shows the base URL and mode, never credentials. */
  @Override
  public String toString() {
    return "QontakClient{baseUrl=" + transport.options().baseUrl() + ", prefix=" + ctx.prefix + "}";
  }

  /** Builder for {@link QontakClient}; choose one auth mode. */
  public static final class Builder extends ClientBuilder<Builder> {
    private enum Mode { OAUTH_PASSWORD, OAUTH_REFRESH, ACCESS_TOKEN, MEKARI_HMAC }

    private Mode mode;
    private int modesChosen;
    private boolean baseUrlSet;
    private String username;
    private String password;
    private String refreshToken;
    private String accessToken;
    private String clientId;
    private String clientSecret;
    private boolean hmacDigest;
    private TokenStore tokenStore = TokenStore.inMemory();

    private Builder() {
      super(OAUTH_BASE_URL);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Overrides the host (staging, a proxy, a fake in tests); the mode's resource prefix is still
     * added, and the OAuth token endpoint is {@code <baseUrl>/oauth/token}.
     *
     * @param baseUrl scheme, host and optional port
     * @return this builder
     */
    @Override
    public Builder baseUrl(String baseUrl) {
      baseUrlSet = true;
      return super.baseUrl(baseUrl);
    }

    /**
     * OAuth mode with the password grant ({@code POST /oauth/token}, {@code grant_type=password}).
     *
     * @param username the Qontak account's username (email)
     * @param password its password
     * @param clientId the OAuth client id Qontak gave you
     * @param clientSecret the OAuth client secret
     * @return this builder
     */
    public Builder oauth(String username, String password, String clientId, String clientSecret) {
      choose(Mode.OAUTH_PASSWORD);
      this.username = username;
      this.password = password;
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * OAuth mode starting from a refresh token ({@code grant_type=refresh_token}); the rotated
     * refresh token is saved to the token store after each refresh.
     *
     * @param refreshToken a refresh token
     * @param clientId the OAuth client id
     * @param clientSecret the OAuth client secret
     * @return this builder
     */
    public Builder oauthRefreshToken(String refreshToken, String clientId, String clientSecret) {
      choose(Mode.OAUTH_REFRESH);
      this.refreshToken = refreshToken;
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * OAuth mode with a fixed access token (no refresh; a 401 is an {@code AuthenticationException}).
     *
     * @param accessToken the access token
     * @return this builder
     */
    public Builder accessToken(String accessToken) {
      choose(Mode.ACCESS_TOKEN);
      this.accessToken = accessToken;
      return this;
    }

    /**
     * Mekari HMAC mode ({@code https://api.mekari.com}, resources under {@code /qontak/chat/v1}).
     *
     * @param clientId the Mekari application's client id
     * @param clientSecret its client secret
     * @return this builder
     */
    public Builder mekariHmac(String clientId, String clientSecret) {
      choose(Mode.MEKARI_HMAC);
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * HMAC mode: also send {@code Digest: SHA-256=<base64>} of JSON bodies (default off; the chat
     * gateway does not require it).
     *
     * @param digest whether to send the digest
     * @return this builder
     */
    public Builder hmacDigest(boolean digest) {
      this.hmacDigest = digest;
      return this;
    }

    /**
     * OAuth modes: where the token set is loaded from and saved to (default in memory). Use a
     * shared, persistent store when several instances share one Qontak account, because refresh
     * tokens rotate.
     *
     * @param store the store
     * @return this builder
     */
    public Builder tokenStore(TokenStore store) {
      this.tokenStore = Objects.requireNonNull(store, "tokenStore");
      return this;
    }

    private void choose(Mode m) {
      mode = m;
      modesChosen++;
    }

    /**
     * Validates the settings and builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException when no or several auth modes were chosen, or a credential
     *     is blank
     */
    public QontakClient build() {
      if (modesChosen != 1) {
        throw new IllegalArgumentException(modesChosen == 0
            ? "choose an auth mode: oauth(...), oauthRefreshToken(...), accessToken(...) or mekariHmac(...)"
            : "choose only one auth mode");
      }
      if (mode == Mode.MEKARI_HMAC) {
        if (!baseUrlSet) {
          super.baseUrl(MEKARI_BASE_URL);
        }
        Credentials signed = Credentials.signed(new MekariHmacSigner(clientId, clientSecret, hmacDigest));
        HttpTransport t = transport(buildOptions(signed));
        return new QontakClient(t, MEKARI_PREFIX, t);
      }
      if (mode == Mode.ACCESS_TOKEN) {
        require("accessToken", accessToken);
        HttpTransport t = transport(buildOptions(Credentials.bearer(accessToken)));
        return new QontakClient(t, OAUTH_PREFIX, t);
      }
      require("clientId", clientId);
      require("clientSecret", clientSecret);
      if (mode == Mode.OAUTH_PASSWORD) {
        require("username", username);
        require("password", password);
      } else {
        require("refreshToken", refreshToken);
      }
      HttpTransport tokenEndpoint = transport(buildOptions(Credentials.none()));
      QontakOAuth fetcher = new QontakOAuth(tokenEndpoint, username, password, refreshToken, clientId, clientSecret);
      HttpTransport api = tokenEndpoint.withCredentials(OAuthCredentials.of(fetcher, tokenStore));
      return new QontakClient(api, OAUTH_PREFIX, tokenEndpoint);
    }

    private static void require(String name, String value) {
      if (value == null || value.isBlank()) {
        throw new IllegalArgumentException(name + " is required");
      }
    }

    private static HttpTransport transport(ClientOptions options) {
      return new HttpTransport(options, MODULE, QontakJson.moshi(), new QontakErrorDecoder());
    }
  }
}
