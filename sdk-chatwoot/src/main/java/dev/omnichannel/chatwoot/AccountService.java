package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.AccountDetails;
import dev.omnichannel.chatwoot.model.AccountUpdateParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The account the client is bound to ({@code /api/v1/accounts/{account_id}}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class AccountService {

  private final ServiceContext ctx;

  AccountService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public AccountService withRequestOptions(RequestOptions options) {
    return new AccountService(ctx.with(options));
  }

  /**
   * Fetches the account's details.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}} (get-account-details).
   *
   * @return the account
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AccountDetails retrieve() {
    return ctx.execute(retrieveRequest());
  }

  /**
   * Asynchronous {@link #retrieve}: fetches the account's details.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}} (get-account-details).
   *
   * @return a future completed with the account, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<AccountDetails> retrieveAsync() {
    return ctx.executeAsync(retrieveRequest());
  }

  private ApiRequest<AccountDetails> retrieveRequest() {
    return ApiRequest.<AccountDetails>builder("GET", ServiceContext.ACCOUNT, ctx.accountId)
        .responseType(AccountDetails.class)
        .build();
  }

  /**
   * Updates the account (administrators only).
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}} (update-account).
   *
   * @param params the fields to change
   * @return the updated account
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AccountDetails update(AccountUpdateParams params) {
    return ctx.execute(updateRequest(params));
  }

  /**
   * Asynchronous {@link #update}: updates the account (administrators only).
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}} (update-account).
   *
   * @param params the fields to change
   * @return a future completed with the updated account, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<AccountDetails> updateAsync(AccountUpdateParams params) {
    return ctx.executeAsync(updateRequest(params));
  }

  private ApiRequest<AccountDetails> updateRequest(AccountUpdateParams params) {
    return ApiRequest.<AccountDetails>builder("PATCH", ServiceContext.ACCOUNT, ctx.accountId)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(AccountDetails.class)
        .build();
  }
}
