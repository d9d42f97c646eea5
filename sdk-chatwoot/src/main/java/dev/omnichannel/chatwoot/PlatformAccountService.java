package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.PlatformAccount;
import dev.omnichannel.chatwoot.model.PlatformAccountParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Platform API accounts ({@code /platform/api/v1/accounts}). Retrieve, update and delete reach only
 * accounts the platform app created or was granted; others answer 401 "Non permissible resource".
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPlatformClient}; thread-safe.
 */
public final class PlatformAccountService {

  private final ServiceContext ctx;
  private final ResourceRequests<PlatformAccount> requests;

  PlatformAccountService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(PlatformAccount.class, ChatwootPlatformClient.PLATFORM + "/accounts");
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return the derived service
   */
  public PlatformAccountService withRequestOptions(RequestOptions options) {
    return new PlatformAccountService(ctx.with(Objects.requireNonNull(options, "options")));
  }

  /**
   * Creates an account; the platform app may then manage it.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/accounts} (create-an-account).
   *
   * @param params the account's fields
   * @return the new account
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformAccount create(PlatformAccountParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates an account; the platform app may then manage it.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/accounts} (create-an-account).
   *
   * @param params the account's fields
   * @return a future completed with the new account, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<PlatformAccount> createAsync(PlatformAccountParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<PlatformAccount> createRequest(PlatformAccountParams params) {
    return requests.create(params);
  }

  /**
   * Fetches an account.
   *
   * <p>Endpoint: {@code GET /platform/api/v1/accounts/{account_id}} (get-details-of-an-account).
   *
   * @param accountId the account id
   * @return the account
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformAccount retrieve(long accountId) {
    return ctx.execute(retrieveRequest(accountId));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches an account.
   *
   * <p>Endpoint: {@code GET /platform/api/v1/accounts/{account_id}} (get-details-of-an-account).
   *
   * @param accountId the account id
   * @return a future completed with the account, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<PlatformAccount> retrieveAsync(long accountId) {
    return ctx.executeAsync(retrieveRequest(accountId));
  }

  private ApiRequest<PlatformAccount> retrieveRequest(long accountId) {
    return requests.retrieve(accountId);
  }

  /**
   * Updates an account.
   *
   * <p>Endpoint: {@code PATCH /platform/api/v1/accounts/{account_id}} (update-an-account).
   *
   * @param accountId the account id
   * @param params the fields to change
   * @return the updated account
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformAccount update(long accountId, PlatformAccountParams params) {
    return ctx.execute(updateRequest(accountId, params));
  }

  /**
   * Asynchronous {@link #update}: updates an account.
   *
   * <p>Endpoint: {@code PATCH /platform/api/v1/accounts/{account_id}} (update-an-account).
   *
   * @param accountId the account id
   * @param params the fields to change
   * @return a future completed with the updated account, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<PlatformAccount> updateAsync(long accountId, PlatformAccountParams params) {
    return ctx.executeAsync(updateRequest(accountId, params));
  }

  private ApiRequest<PlatformAccount> updateRequest(long accountId, PlatformAccountParams params) {
    return requests.update(accountId, params);
  }

  /**
   * Deletes an account (the server deletes it in a background job).
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/accounts/{account_id}} (delete-an-account).
   *
   * @param accountId the account id
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long accountId) {
    ctx.execute(deleteRequest(accountId));
  }

  /**
   * Asynchronous {@link #delete}: deletes an account (the server deletes it in a background job).
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/accounts/{account_id}} (delete-an-account).
   *
   * @param accountId the account id
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long accountId) {
    return ctx.executeAsync(deleteRequest(accountId));
  }

  private ApiRequest<Void> deleteRequest(long accountId) {
    return requests.delete(accountId);
  }

}
