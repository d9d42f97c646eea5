package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.PublicInbox;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.concurrent.CompletableFuture;

/**
 * The client's API-channel inbox ({@code /public/api/v1/inboxes/{inbox_identifier}}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPublicClient}; thread-safe.
 */
public final class PublicInboxService {

  private final PublicServiceContext ctx;

  PublicInboxService(PublicServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the service view
   */
  public PublicInboxService withRequestOptions(RequestOptions options) {
    return new PublicInboxService(ctx.with(options));
  }

  /**
   * Fetches the inbox's public details (name, time zone, working hours, which features are on).
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}} (get-details-of-a-inbox).
   *
   * @return the inbox
   * @throws ApiException when Chatwoot answers with an error status (404 for an unknown inbox
   *     identifier)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PublicInbox retrieve() {
    return ctx.execute(retrieveRequest());
  }

  /**
   * Asynchronous {@link #retrieve}: fetches the inbox's public details.
   *
   * <p>Endpoint: {@code GET /public/api/v1/inboxes/{inbox_identifier}} (get-details-of-a-inbox).
   *
   * @return a future completed with the inbox, or with the exceptions {@link #retrieve} throws
   */
  public CompletableFuture<PublicInbox> retrieveAsync() {
    return ctx.executeAsync(retrieveRequest());
  }

  private ApiRequest<PublicInbox> retrieveRequest() {
    return ApiRequest.<PublicInbox>builder("GET", PublicServiceContext.INBOX, ctx.inboxIdentifier)
        .responseType(PublicInbox.class)
        .build();
  }
}
