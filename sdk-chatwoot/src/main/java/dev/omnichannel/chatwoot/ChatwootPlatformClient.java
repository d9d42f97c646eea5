package dev.omnichannel.chatwoot;

import com.squareup.moshi.Moshi;
import dev.omnichannel.chatwoot.model.ChatwootJson;
import dev.omnichannel.core.ClientBuilder;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.internal.HttpTransport;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Client for the Chatwoot Platform API ({@code /platform/api/v1/...}): accounts, account users,
 * agent bots and users of a Chatwoot installation, authenticated with a platform app's
 * {@code api_access_token} (created by a super admin under Super Admin, Platform Apps).
 *
 * <pre>{@code
 * try (ChatwootPlatformClient platform = ChatwootPlatformClient.builder()
 *     .baseUrl("https://chat.example.com")
 *     .platformAccessToken(System.getenv("CHATWOOT_PLATFORM_TOKEN"))
 *     .build()) {
 *   PlatformAccount account = platform.accounts().create(
 *       PlatformAccountParams.builder().name("Acme").build());
 * }
 * }</pre>
 *
 * <p>A platform app may show, update and delete only the objects it created or was granted;
 * others answer 401 {@code "Non permissible resource"}, which arrives as
 * {@link dev.omnichannel.core.AuthenticationException} like a bad token
 * ({@code "Invalid access_token"}). Platform tokens do not work with {@link ChatwootClient} and
 * user tokens do not work here.
 *
 * <p>Immutable and thread-safe; build one and share it. Services are cheap views over the
 * client's single transport.
 */
public final class ChatwootPlatformClient implements AutoCloseable {

  /** Chatwoot Cloud; self-hosted servers (where platform apps live) set {@link Builder#baseUrl(String)}. */
  public static final String DEFAULT_BASE_URL = ChatwootClient.DEFAULT_BASE_URL;

  /** Prefix of every Platform API path. */
  static final String PLATFORM = "/platform/api/v1";

  private final HttpTransport transport;
  private final PlatformAccountService accounts;
  private final PlatformAccountUserService accountUsers;
  private final PlatformAgentBotService agentBots;
  private final PlatformUserService users;

  private ChatwootPlatformClient(HttpTransport transport) {
    this.transport = transport;
    // Platform paths carry no bound account: the context's account id is unused (0).
    ServiceContext ctx = new ServiceContext(transport, 0);
    this.accounts = new PlatformAccountService(ctx);
    this.accountUsers = new PlatformAccountUserService(ctx);
    this.agentBots = new PlatformAgentBotService(ctx);
    this.users = new PlatformUserService(ctx);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** The one Moshi of a client; kept in one place so provider adapters can be registered here. */
  private static Moshi newMoshi() {
    return ChatwootJson.moshi();
  }

  /**
   * A client with other options (timeouts, retries, ...) sharing this one's connection pool and
   * credentials. Closing the derived client does not close this one's resources.
   *
   * @param change edits a copy of this client's options
   * @return the derived client
   * @throws IllegalArgumentException when the changed options are invalid
   */
  public ChatwootPlatformClient withOptions(UnaryOperator<ClientOptions.Builder> change) {
    ClientOptions changed = Objects.requireNonNull(change, "change")
        .apply(transport.options().toBuilder()).build();
    return new ChatwootPlatformClient(transport.withOptions(changed));
  }

  /**
   * Accounts of the installation ({@code /platform/api/v1/accounts}).
   *
   * @return the service
   */
  public PlatformAccountService accounts() {
    return accounts;
  }

  /**
   * Users' memberships in accounts ({@code /platform/api/v1/accounts/{account_id}/account_users}).
   *
   * @return the service
   */
  public PlatformAccountUserService accountUsers() {
    return accountUsers;
  }

  /**
   * Agent bots, global or account-bound ({@code /platform/api/v1/agent_bots}).
   *
   * @return the service
   */
  public PlatformAgentBotService agentBots() {
    return agentBots;
  }

  /**
   * Users of the installation and their single-sign-on links ({@code /platform/api/v1/users}).
   *
   * @return the service
   */
  public PlatformUserService users() {
    return users;
  }

  /** Releases the connection pool and dispatcher this client created. Idempotent. */
  @Override
  public void close() {
    transport.close();
  }

  /** Shows the base URL, never the token. */
  @Override
  public String toString() {
    return "ChatwootPlatformClient{baseUrl=" + transport.options().baseUrl() + "}";
  }

  /** Builder for {@link ChatwootPlatformClient}. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {

    private String platformAccessToken;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the platform app's access token, sent as the {@code api_access_token} header. Required.
     *
     * @param platformAccessToken the token
     * @return this builder
     */
    public Builder platformAccessToken(String platformAccessToken) {
      this.platformAccessToken = platformAccessToken;
      return this;
    }

    /**
     * Validates the settings and builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException when the token is missing or blank, or a common setting is
     *     invalid
     */
    public ChatwootPlatformClient build() {
      if (platformAccessToken == null || platformAccessToken.isBlank()) {
        throw new IllegalArgumentException("platformAccessToken is required");
      }
      ClientOptions options = buildOptions(Credentials.header("api_access_token", platformAccessToken));
      HttpTransport transport = new HttpTransport(options, ChatwootClient.MODULE, newMoshi(),
          new ChatwootErrorDecoder());
      return new ChatwootPlatformClient(transport);
    }
  }
}
