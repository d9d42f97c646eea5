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
 * Client for the Chatwoot Application API ({@code /api/v1/accounts/{account_id}/...} and
 * {@code /api/v1/profile}), authenticated with a user's or agent bot's {@code api_access_token}
 * and bound to one account.
 *
 * <pre>{@code
 * try (ChatwootClient chatwoot = ChatwootClient.builder()
 *     .baseUrl("https://chat.example.com")
 *     .apiAccessToken(System.getenv("CHATWOOT_API_TOKEN"))
 *     .accountId(1)
 *     .build()) {
 *   List<Label> labels = chatwoot.labels().list();
 * }
 * }</pre>
 *
 * <p>Immutable and thread-safe; build one and share it. Services are cheap views over the
 * client's single transport.
 */
public final class ChatwootClient implements AutoCloseable {

  /** Chatwoot Cloud; self-hosted servers set {@link Builder#baseUrl(String)}. */
  public static final String DEFAULT_BASE_URL = "https://app.chatwoot.com";

  /** The module name reported in the User-Agent. */
  static final String MODULE = "chatwoot";

  private final HttpTransport transport;
  private final long accountId;
  private final AccountService account;
  private final AgentService agents;
  private final TeamService teams;
  private final LabelService labels;
  private final CannedResponseService cannedResponses;
  private final CustomAttributeService customAttributes;
  private final WebhookService webhooks;
  private final ProfileService profile;

  private ChatwootClient(HttpTransport transport, long accountId) {
    this.transport = transport;
    this.accountId = accountId;
    ServiceContext ctx = new ServiceContext(transport, accountId);
    this.account = new AccountService(ctx);
    this.agents = new AgentService(ctx);
    this.teams = new TeamService(ctx);
    this.labels = new LabelService(ctx);
    this.cannedResponses = new CannedResponseService(ctx);
    this.customAttributes = new CustomAttributeService(ctx);
    this.webhooks = new WebhookService(ctx);
    this.profile = new ProfileService(ctx);
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
   * A client with other options (timeouts, retries, ...) sharing this one's connection pool,
   * credentials and account. Closing the derived client does not close this one's resources.
   *
   * @param change edits a copy of this client's options
   * @return the derived client
   * @throws IllegalArgumentException when the changed options are invalid
   */
  public ChatwootClient withOptions(UnaryOperator<ClientOptions.Builder> change) {
    ClientOptions changed = Objects.requireNonNull(change, "change")
        .apply(transport.options().toBuilder()).build();
    return new ChatwootClient(transport.withOptions(changed), accountId);
  }

  /**
   * The account id every account-scoped call uses.
   *
   * @return the account id
   */
  public long accountId() {
    return accountId;
  }

  /**
   * The account itself ({@code /api/v1/accounts/{account_id}}).
   *
   * @return the service
   */
  public AccountService account() {
    return account;
  }

  /**
   * The account's agents.
   *
   * @return the service
   */
  public AgentService agents() {
    return agents;
  }

  /**
   * The account's teams and team members.
   *
   * @return the service
   */
  public TeamService teams() {
    return teams;
  }

  /**
   * The account's labels.
   *
   * @return the service
   */
  public LabelService labels() {
    return labels;
  }

  /**
   * The account's canned responses.
   *
   * @return the service
   */
  public CannedResponseService cannedResponses() {
    return cannedResponses;
  }

  /**
   * The account's custom attribute definitions.
   *
   * @return the service
   */
  public CustomAttributeService customAttributes() {
    return customAttributes;
  }

  /**
   * The account's webhooks.
   *
   * @return the service
   */
  public WebhookService webhooks() {
    return webhooks;
  }

  /**
   * The token owner's profile.
   *
   * @return the service
   */
  public ProfileService profile() {
    return profile;
  }

  /** Releases the connection pool and dispatcher this client created. Idempotent. */
  @Override
  public void close() {
    transport.close();
  }

  /** Shows the base URL and account, never the token. */
  @Override
  public String toString() {
    return "ChatwootClient{baseUrl=" + transport.options().baseUrl() + ", accountId=" + accountId + "}";
  }

  /** Builder for {@link ChatwootClient}. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {

    private String apiAccessToken;
    private Long accountId;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the access token of a user (Profile settings) or agent bot, sent as the
     * {@code api_access_token} header. Required.
     *
     * @param apiAccessToken the token
     * @return this builder
     */
    public Builder apiAccessToken(String apiAccessToken) {
      this.apiAccessToken = apiAccessToken;
      return this;
    }

    /**
     * Sets the account every account-scoped call targets. Required.
     *
     * @param accountId the numeric account id, greater than 0
     * @return this builder
     */
    public Builder accountId(long accountId) {
      this.accountId = accountId;
      return this;
    }

    /**
     * Validates the settings and builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException when the token is missing or blank, the account id is
     *     missing or not positive, or a common setting is invalid
     */
    public ChatwootClient build() {
      if (apiAccessToken == null || apiAccessToken.isBlank()) {
        throw new IllegalArgumentException("apiAccessToken is required");
      }
      if (accountId == null) {
        throw new IllegalArgumentException("accountId is required");
      }
      if (accountId <= 0) {
        throw new IllegalArgumentException("accountId must be greater than 0");
      }
      ClientOptions options = buildOptions(Credentials.header("api_access_token", apiAccessToken));
      HttpTransport transport = new HttpTransport(options, MODULE, newMoshi(), new ChatwootErrorDecoder());
      return new ChatwootClient(transport, accountId);
    }
  }

  // --- contacts services ---

  /**
   * The account's contacts and contact labels (list, search and filter page 15 at a time).
   *
   * @return the service
   */
  public ContactService contacts() {
    return new ContactService(new ServiceContext(transport, accountId));
  }

  // --- conversation services ---

  /**
   * The account's conversations: counts, list and filter with auto-paging, create, show, update,
   * status, priority, typing, custom attributes, assignment, labels and reporting events.
   *
   * @return the service
   */
  public ConversationService conversations() {
    return new ConversationService(new ServiceContext(transport, accountId));
  }

  // --- reports services ---

  /**
   * The account's reports: reporting events (v1) and the v2 report, summary and distribution
   * endpoints. Chatwoot throttles {@code /api/v2/accounts/{account_id}/reports*} to 100
   * requests a minute per user (429 with no {@code Retry-After}).
   *
   * @return the service
   */
  public ReportService reports() {
    return new ReportService(new ServiceContext(transport, accountId));
  }

  // --- messages, inboxes, integrations services ---

  /**
   * The messages of conversations (list by id window, auto-paging backwards, create with
   * attachments, delete).
   *
   * @return the service
   */
  public MessageService messages() {
    return new MessageService(new ServiceContext(transport, accountId));
  }

  /**
   * The account's inboxes, their agent bot and their members.
   *
   * @return the service
   */
  public InboxService inboxes() {
    return new InboxService(new ServiceContext(transport, accountId));
  }

  /**
   * The account's integration apps and hooks.
   *
   * @return the service
   */
  public IntegrationService integrations() {
    return new IntegrationService(new ServiceContext(transport, accountId));
  }

  // --- agent bots, automation, custom filters, help center, audit log services ---

  /**
   * The account's agent bots.
   *
   * @return the service
   */
  public AgentBotService agentBots() {
    return new AgentBotService(new ServiceContext(transport, accountId));
  }

  /**
   * The account's automation rules.
   *
   * @return the service
   */
  public AutomationRuleService automationRules() {
    return new AutomationRuleService(new ServiceContext(transport, accountId));
  }

  /**
   * The token owner's saved custom filters.
   *
   * @return the service
   */
  public CustomFilterService customFilters() {
    return new CustomFilterService(new ServiceContext(transport, accountId));
  }

  /**
   * The account's help center: portals, categories and articles.
   *
   * @return the service
   */
  public HelpCenterService helpCenter() {
    return new HelpCenterService(new ServiceContext(transport, accountId));
  }

  /**
   * The account's audit log (Enterprise editions only; 404 elsewhere).
   *
   * @return the service
   */
  public AuditLogService auditLogs() {
    return new AuditLogService(new ServiceContext(transport, accountId));
  }
}
