package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.PlatformAccountUser;
import dev.omnichannel.chatwoot.model.PlatformAccountUserParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Platform API account users ({@code /platform/api/v1/accounts/{account_id}/account_users}): which
 * users belong to an account, and with which role. Only for accounts the platform app may manage.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPlatformClient}; thread-safe.
 */
public final class PlatformAccountUserService {

  private final ServiceContext ctx;

  PlatformAccountUserService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return the derived service
   */
  public PlatformAccountUserService withRequestOptions(RequestOptions options) {
    return new PlatformAccountUserService(ctx.with(Objects.requireNonNull(options, "options")));
  }

  /**
   * Lists the users of an account with their roles (not paged).
   *
   * <p>Endpoint: {@code GET /platform/api/v1/accounts/{account_id}/account_users} (list-all-account-users).
   *
   * @param accountId the account id
   * @return the memberships
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<PlatformAccountUser> list(long accountId) {
    return ctx.execute(listRequest(accountId));
  }

  /**
   * Asynchronous {@link #list}: lists the users of an account with their roles (not paged).
   *
   * <p>Endpoint: {@code GET /platform/api/v1/accounts/{account_id}/account_users} (list-all-account-users).
   *
   * @param accountId the account id
   * @return a future completed with the memberships, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<PlatformAccountUser>> listAsync(long accountId) {
    return ctx.executeAsync(listRequest(accountId));
  }

  private ApiRequest<List<PlatformAccountUser>> listRequest(long accountId) {
    return ApiRequest.<List<PlatformAccountUser>>builder("GET", ChatwootPlatformClient.PLATFORM + "/accounts/{}/account_users", accountId)
        .responseType(ServiceContext.listOf(PlatformAccountUser.class))
        .build();
  }

  /**
   * Adds a user to an account, or changes the role of a user already in it.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/accounts/{account_id}/account_users} (create-an-account-user).
   *
   * @param accountId the account id
   * @param params the user and role
   * @return the membership
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformAccountUser create(long accountId, PlatformAccountUserParams params) {
    return ctx.execute(createRequest(accountId, params));
  }

  /**
   * Asynchronous {@link #create}: adds a user to an account, or changes the role of a user already in it.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/accounts/{account_id}/account_users} (create-an-account-user).
   *
   * @param accountId the account id
   * @param params the user and role
   * @return a future completed with the membership, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<PlatformAccountUser> createAsync(long accountId, PlatformAccountUserParams params) {
    return ctx.executeAsync(createRequest(accountId, params));
  }

  private ApiRequest<PlatformAccountUser> createRequest(long accountId, PlatformAccountUserParams params) {
    return ApiRequest.<PlatformAccountUser>builder("POST", ChatwootPlatformClient.PLATFORM + "/accounts/{}/account_users", accountId)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .responseType(PlatformAccountUser.class)
        .build();
  }

  /**
   * Removes a user from an account; succeeds also when the user was not in it.
   *
   * <p>The user is named in a JSON body {@code {"user_id": ...}} (the server reads
   * {@code params[:user_id]}; the spec documents no body).
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/accounts/{account_id}/account_users} (delete-an-account-user).
   *
   * @param accountId the account id
   * @param userId the user to remove
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long accountId, long userId) {
    ctx.execute(deleteRequest(accountId, userId));
  }

  /**
   * Asynchronous {@link #delete}: removes a user from an account; succeeds also when the user was not in it.
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/accounts/{account_id}/account_users} (delete-an-account-user).
   *
   * @param accountId the account id
   * @param userId the user to remove
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long accountId, long userId) {
    return ctx.executeAsync(deleteRequest(accountId, userId));
  }

  private ApiRequest<Void> deleteRequest(long accountId, long userId) {
    return ApiRequest.<Void>builder("DELETE", ChatwootPlatformClient.PLATFORM + "/accounts/{}/account_users", accountId)
        .jsonBody(Map.of("user_id", userId))
        .decoder(ResponseDecoder.discard())
        .build();
  }

}
