package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.Label;
import dev.omnichannel.chatwoot.model.LabelParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's labels ({@code /api/v1/accounts/{account_id}/labels}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class LabelService {

  private final ServiceContext ctx;
  private final ResourceRequests<Label> requests;

  LabelService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(Label.class, ServiceContext.ACCOUNT + "/labels", ctx.accountId)
        .listUnder("payload");
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public LabelService withRequestOptions(RequestOptions options) {
    return new LabelService(ctx.with(options));
  }

  /**
   * Lists the account's labels (not paged; the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/labels} (list-all-labels).
   *
   * @return the labels
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<Label> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the account's labels (not paged; the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/labels} (list-all-labels).
   *
   * @return a future completed with the labels, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<Label>> listAsync() {
    return ctx.executeAsync(listRequest());
  }

  private ApiRequest<List<Label>> listRequest() {
    return requests.list();
  }

  /**
   * Creates a label.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/labels} (create-a-label).
   *
   * @param params the label's fields
   * @return the new label
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Label create(LabelParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a label.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/labels} (create-a-label).
   *
   * @param params the label's fields
   * @return a future completed with the new label, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<Label> createAsync(LabelParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<Label> createRequest(LabelParams params) {
    return requests.create(params);
  }

  /**
   * Fetches one label.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/labels/{id}} (get-details-of-a-single-label).
   *
   * @param id the label id
   * @return the label
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Label retrieve(long id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one label.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/labels/{id}} (get-details-of-a-single-label).
   *
   * @param id the label id
   * @return a future completed with the label, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<Label> retrieveAsync(long id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<Label> retrieveRequest(long id) {
    return requests.retrieve(id);
  }

  /**
   * Updates a label.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/labels/{id}} (update-a-label).
   *
   * @param id the label id
   * @param params the fields to change
   * @return the updated label
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public Label update(long id, LabelParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates a label.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/labels/{id}} (update-a-label).
   *
   * @param id the label id
   * @param params the fields to change
   * @return a future completed with the updated label, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<Label> updateAsync(long id, LabelParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<Label> updateRequest(long id, LabelParams params) {
    return requests.update(id, params);
  }

  /**
   * Deletes a label.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/labels/{id}} (delete-a-label).
   *
   * @param id the label id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes a label.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/labels/{id}} (delete-a-label).
   *
   * @param id the label id
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long id) {
    return ctx.executeAsync(deleteRequest(id));
  }

  private ApiRequest<Void> deleteRequest(long id) {
    return requests.delete(id);
  }
}
