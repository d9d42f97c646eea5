package dev.omnichannel.chatwoot;

import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * What every Client API service shares: the transport and the inbox identifier. The identifier
 * acts as a secret, so {@link #toString()} leaves it out.
 */
final class PublicServiceContext {

  /** Prefix of every Client API path; the placeholder is the inbox identifier. */
  static final String INBOX = "/public/api/v1/inboxes/{}";
  /** Prefix of contact-scoped paths: inbox identifier, contact identifier. */
  static final String CONTACT = INBOX + "/contacts/{}";
  /** Prefix of conversation-scoped paths: inbox identifier, contact identifier, conversation id. */
  static final String CONVERSATION = CONTACT + "/conversations/{}";

  final HttpTransport transport;
  final String inboxIdentifier;
  final RequestOptions requestOptions;

  PublicServiceContext(HttpTransport transport, String inboxIdentifier) {
    this(transport, inboxIdentifier, RequestOptions.NONE);
  }

  private PublicServiceContext(HttpTransport transport, String inboxIdentifier, RequestOptions requestOptions) {
    this.transport = transport;
    this.inboxIdentifier = inboxIdentifier;
    this.requestOptions = Objects.requireNonNull(requestOptions, "requestOptions");
  }

  /** A context whose calls use these per-call options (timeouts, retries, extra headers). */
  PublicServiceContext with(RequestOptions options) {
    return new PublicServiceContext(transport, inboxIdentifier, options);
  }

  // The inbox and contact identifiers in these paths act as secrets: logs show the path template.
  <T> T execute(ApiRequest<T> request) {
    return transport.execute(request.withRedactedPath(), requestOptions);
  }

  <T> CompletableFuture<T> executeAsync(ApiRequest<T> request) {
    return transport.executeAsync(request.withRedactedPath(), requestOptions);
  }

  /**
   * Checks a contact identifier ({@code source_id}) before it goes into a path.
   *
   * @param contactIdentifier the identifier
   * @return the identifier
   * @throws IllegalArgumentException when null or blank
   */
  static String contact(String contactIdentifier) {
    if (contactIdentifier == null || contactIdentifier.isBlank()) {
      throw new IllegalArgumentException("contactIdentifier is required");
    }
    return contactIdentifier;
  }

  /** Never shows the inbox identifier. */
  @Override
  public String toString() {
    return "PublicServiceContext{baseUrl=" + transport.options().baseUrl() + "}";
  }
}
