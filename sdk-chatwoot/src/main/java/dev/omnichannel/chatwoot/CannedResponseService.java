package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.CannedResponse;
import dev.omnichannel.chatwoot.model.CannedResponseParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's canned responses ({@code /api/v1/accounts/{account_id}/canned_responses}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class CannedResponseService {

  private final ServiceContext ctx;
  private final ResourceRequests<CannedResponse> requests;

  CannedResponseService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(CannedResponse.class, ServiceContext.ACCOUNT + "/canned_responses", ctx.accountId);
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public CannedResponseService withRequestOptions(RequestOptions options) {
    return new CannedResponseService(ctx.with(options));
  }

  /**
   * Lists the account's canned responses (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/canned_responses} (get-account-canned-response).
   *
   * @return the canned responses
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<CannedResponse> list() {
    return ctx.execute(listRequest());
  }

  /**
   * Asynchronous {@link #list}: lists the account's canned responses (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/canned_responses} (get-account-canned-response).
   *
   * @return a future completed with the canned responses, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<CannedResponse>> listAsync() {
    return ctx.executeAsync(listRequest());
  }

  private ApiRequest<List<CannedResponse>> listRequest() {
    return requests.list();
  }

  /**
   * Creates a canned response.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/canned_responses} (add-new-canned-response-to-account).
   *
   * @param params the short code and content
   * @return the new canned response
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CannedResponse create(CannedResponseParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a canned response.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/canned_responses} (add-new-canned-response-to-account).
   *
   * @param params the short code and content
   * @return a future completed with the new canned response, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<CannedResponse> createAsync(CannedResponseParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<CannedResponse> createRequest(CannedResponseParams params) {
    return requests.create(params);
  }

  /**
   * Updates a canned response.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/canned_responses/{id}} (update-canned-response-in-account).
   *
   * @param id the canned response id
   * @param params the fields to change
   * @return the updated canned response
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CannedResponse update(long id, CannedResponseParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates a canned response.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/canned_responses/{id}} (update-canned-response-in-account).
   *
   * @param id the canned response id
   * @param params the fields to change
   * @return a future completed with the updated canned response, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<CannedResponse> updateAsync(long id, CannedResponseParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<CannedResponse> updateRequest(long id, CannedResponseParams params) {
    return requests.update(id, params);
  }

  /**
   * Deletes a canned response.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/canned_responses/{id}} (delete-canned-response-from-account).
   *
   * @param id the canned response id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes a canned response.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/canned_responses/{id}} (delete-canned-response-from-account).
   *
   * @param id the canned response id
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
