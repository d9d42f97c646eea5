package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.ChatwootJson;
import dev.omnichannel.core.ClientBuilder;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.internal.HttpTransport;
import java.util.Objects;
import java.util.function.UnaryOperator;

/**
 * Client for the Chatwoot Client API ({@code /public/api/v1/inboxes/{inbox_identifier}/...}): the
 * public, token-less API that custom chat front ends use to act as a contact of one API-channel
 * inbox. No {@code api_access_token} is sent; the inbox identifier and each contact's
 * {@code source_id} (its {@code contact_identifier}) are what grant access, so treat both as
 * secrets. {@link #toString()} never shows them.
 *
 * <pre>{@code
 * try (ChatwootPublicClient chat = ChatwootPublicClient.builder()
 *     .baseUrl("https://chat.example.com")
 *     .inboxIdentifier(System.getenv("CHATWOOT_INBOX_IDENTIFIER"))
 *     .build()) {
 *   PublicContact contact = chat.contacts().create(PublicContactParams.builder().name("Alice").build());
 *   PublicConversation conversation = chat.conversations()
 *       .create(contact.sourceId(), PublicConversationParams.builder().build());
 *   chat.messages().create(contact.sourceId(), conversation.id(),
 *       PublicMessageParams.builder().content("Hello").build());
 * }
 * }</pre>
 *
 * <p>The inbox identifier is part of every request path, so the HTTP debug log (logger
 * {@code dev.omnichannel.http}) shows it in URLs; keep that logger below DEBUG in production.
 * Immutable and thread-safe; build one per inbox and share it.
 */
public final class ChatwootPublicClient implements AutoCloseable {

  /** Chatwoot Cloud; self-hosted servers set {@link Builder#baseUrl(String)}. */
  public static final String DEFAULT_BASE_URL = ChatwootClient.DEFAULT_BASE_URL;

  private final HttpTransport transport;
  private final String inboxIdentifier;
  private final PublicInboxService inbox;
  private final PublicContactService contacts;
  private final PublicConversationService conversations;
  private final PublicMessageService messages;

  private ChatwootPublicClient(HttpTransport transport, String inboxIdentifier) {
    this.transport = transport;
    this.inboxIdentifier = inboxIdentifier;
    PublicServiceContext ctx = new PublicServiceContext(transport, inboxIdentifier);
    this.inbox = new PublicInboxService(ctx);
    this.contacts = new PublicContactService(ctx);
    this.conversations = new PublicConversationService(ctx);
    this.messages = new PublicMessageService(ctx);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A client with other options (timeouts, retries, ...) sharing this one's connection pool and
   * inbox. Closing the derived client does not close this one's resources.
   *
   * @param change edits a copy of this client's options
   * @return the derived client
   * @throws IllegalArgumentException when the changed options are invalid
   */
  public ChatwootPublicClient withOptions(UnaryOperator<ClientOptions.Builder> change) {
    ClientOptions changed = Objects.requireNonNull(change, "change")
        .apply(transport.options().toBuilder()).build();
    return new ChatwootPublicClient(transport.withOptions(changed), inboxIdentifier);
  }

  /**
   * The inbox itself ({@code /public/api/v1/inboxes/{inbox_identifier}}).
   *
   * @return the service
   */
  public PublicInboxService inbox() {
    return inbox;
  }

  /**
   * The inbox's contacts.
   *
   * @return the service
   */
  public PublicContactService contacts() {
    return contacts;
  }

  /**
   * A contact's conversations.
   *
   * @return the service
   */
  public PublicConversationService conversations() {
    return conversations;
  }

  /**
   * The messages of a contact's conversation.
   *
   * @return the service
   */
  public PublicMessageService messages() {
    return messages;
  }

  /** Releases the connection pool and dispatcher this client created. Idempotent. */
  @Override
  public void close() {
    transport.close();
  }

  /** Shows the base URL, never the inbox identifier. */
  @Override
  public String toString() {
    return "ChatwootPublicClient{baseUrl=" + transport.options().baseUrl() + "}";
  }

  /** Builder for {@link ChatwootPublicClient}. Not thread-safe. */
  public static final class Builder extends ClientBuilder<Builder> {

    private String inboxIdentifier;

    private Builder() {
      super(DEFAULT_BASE_URL);
    }

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets the identifier of the API-channel inbox (inbox settings, "Configuration"). Required.
     *
     * @param inboxIdentifier the identifier
     * @return this builder
     */
    public Builder inboxIdentifier(String inboxIdentifier) {
      this.inboxIdentifier = inboxIdentifier;
      return this;
    }

    /**
     * Validates the settings and builds the client.
     *
     * @return the client
     * @throws IllegalArgumentException when the inbox identifier is missing or blank, or a common
     *     setting is invalid
     */
    public ChatwootPublicClient build() {
      if (inboxIdentifier == null || inboxIdentifier.isBlank()) {
        throw new IllegalArgumentException("inboxIdentifier is required");
      }
      ClientOptions options = buildOptions(Credentials.none());
      HttpTransport transport = new HttpTransport(options, ChatwootClient.MODULE,
          ChatwootJson.moshi(), new ChatwootErrorDecoder());
      return new ChatwootPublicClient(transport, inboxIdentifier);
    }

    /** Shows whether the inbox identifier is set, never its value. */
    @Override
    public String toString() {
      return "ChatwootPublicClient.Builder{inboxIdentifier=" + (inboxIdentifier == null ? "unset" : "set") + "}";
    }
  }
}
