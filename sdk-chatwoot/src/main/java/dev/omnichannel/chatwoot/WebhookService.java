package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.Webhook;
import dev.omnichannel.chatwoot.model.WebhookParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's webhooks ({@code /api/v1/accounts/{account_id}/webhooks}). Chatwoot wraps these responses, unlike what the spec says: the list in {@code {"payload":{"webhooks":[...]}}} and one webhook in {@code {"payload":{"webhook":{...}}}}; this service unwraps them.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class WebhookService {

  private final ServiceContext ctx;
  private final ResourceRequests<Webhook> requests;

  WebhookService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(Webhook.class, ServiceContext.ACCOUNT + "/webhooks", ctx.accountId)
        .listUnder("payload", "webhooks")
        .itemsUnder("payload", "webhook");
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public WebhookService withRequestOptions(RequestOptions options) {
    return new WebhookService(ctx.with(options));
  }

  /**
   * Lists the account's webhooks (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/webhooks} (list-all-webhooks).
   *
   * @return the webhooks
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Webhook> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the account's webhooks (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/webhooks} (list-all-webhooks).
   *
   * @return a future completed with the webhooks, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<Webhook>> listAsync() {
    return ctx.executeAsync(listRequest());
  }

  private ApiRequest<List<Webhook>> listRequest() {
    return requests.list();
  }

  /**
   * Creates a webhook; the answer carries the signing secret.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/webhooks} (create-a-webhook).
   *
   * @param params the URL, name and subscriptions
   * @return the new webhook
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Webhook create(WebhookParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a webhook; the answer carries the signing secret.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/webhooks} (create-a-webhook).
   *
   * @param params the URL, name and subscriptions
   * @return a future completed with the new webhook, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<Webhook> createAsync(WebhookParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<Webhook> createRequest(WebhookParams params) {
    return requests.create(params);
  }

  /**
   * Updates a webhook.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/webhooks/{id}} (update-a-webhook).
   *
   * @param webhookId the webhook id
   * @param params the fields to change
   * @return the updated webhook
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Webhook update(long webhookId, WebhookParams params) {
    return ctx.execute(updateRequest(webhookId, params));
  }

  /**
   * Asynchronous {@link #update}: updates a webhook.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/webhooks/{id}} (update-a-webhook).
   *
   * @param webhookId the webhook id
   * @param params the fields to change
   * @return a future completed with the updated webhook, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Webhook> updateAsync(long webhookId, WebhookParams params) {
    return ctx.executeAsync(updateRequest(webhookId, params));
  }

  private ApiRequest<Webhook> updateRequest(long webhookId, WebhookParams params) {
    return requests.update(webhookId, params);
  }

  /**
   * Deletes a webhook.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/webhooks/{id}} (delete-a-webhook).
   *
   * @param webhookId the webhook id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long webhookId) {
    ctx.execute(deleteRequest(webhookId));
  }

  /**
   * Asynchronous {@link #delete}: deletes a webhook.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/webhooks/{id}} (delete-a-webhook).
   *
   * @param webhookId the webhook id
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long webhookId) {
    return ctx.executeAsync(deleteRequest(webhookId));
  }

  private ApiRequest<Void> deleteRequest(long webhookId) {
    return requests.delete(webhookId);
  }
}
