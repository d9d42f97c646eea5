package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.PlatformSsoLink;
import dev.omnichannel.chatwoot.model.PlatformUser;
import dev.omnichannel.chatwoot.model.PlatformUserParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * Platform API users ({@code /platform/api/v1/users}) and their single-sign-on links. Retrieve,
 * update, delete and login reach only users the platform app created or was granted; others
 * answer 401 "Non permissible resource".
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootPlatformClient}; thread-safe.
 */
public final class PlatformUserService {

  private final ServiceContext ctx;
  private final ResourceRequests<PlatformUser> requests;

  PlatformUserService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(PlatformUser.class, ChatwootPlatformClient.PLATFORM + "/users");
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return the derived service
   */
  public PlatformUserService withRequestOptions(RequestOptions options) {
    return new PlatformUserService(ctx.with(Objects.requireNonNull(options, "options")));
  }

  /**
   * Creates a user, confirmed at once, and grants the platform app access to it.
   *
   * <p>When a user with the email already exists, the server returns that user instead of
   * failing. Add the user to an account with {@link PlatformAccountUserService#create}.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/users} (create-a-user).
   *
   * @param params the user's fields
   * @return the new (or existing) user
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformUser create(PlatformUserParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a user, confirmed at once, and grants the platform app access to it.
   *
   * <p>Endpoint: {@code POST /platform/api/v1/users} (create-a-user).
   *
   * @param params the user's fields
   * @return a future completed with the new (or existing) user, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<PlatformUser> createAsync(PlatformUserParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<PlatformUser> createRequest(PlatformUserParams params) {
    return requests.create(params);
  }

  /**
   * Fetches a user.
   *
   * <p>Endpoint: {@code GET /platform/api/v1/users/{id}} (get-details-of-a-user).
   *
   * @param id the user id
   * @return the user
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformUser retrieve(long id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches a user.
   *
   * <p>Endpoint: {@code GET /platform/api/v1/users/{id}} (get-details-of-a-user).
   *
   * @param id the user id
   * @return a future completed with the user, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<PlatformUser> retrieveAsync(long id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<PlatformUser> retrieveRequest(long id) {
    return requests.retrieve(id);
  }

  /**
   * Updates a user; custom attributes are merged into the existing ones.
   *
   * <p>Endpoint: {@code PATCH /platform/api/v1/users/{id}} (update-a-user).
   *
   * @param id the user id
   * @param params the fields to change
   * @return the updated user
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformUser update(long id, PlatformUserParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates a user; custom attributes are merged into the existing ones.
   *
   * <p>Endpoint: {@code PATCH /platform/api/v1/users/{id}} (update-a-user).
   *
   * @param id the user id
   * @param params the fields to change
   * @return a future completed with the updated user, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<PlatformUser> updateAsync(long id, PlatformUserParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<PlatformUser> updateRequest(long id, PlatformUserParams params) {
    return requests.update(id, params);
  }

  /**
   * Deletes a user (the server deletes it in a background job).
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/users/{id}} (delete-a-user).
   *
   * @param id the user id
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes a user (the server deletes it in a background job).
   *
   * <p>Endpoint: {@code DELETE /platform/api/v1/users/{id}} (delete-a-user).
   *
   * @param id the user id
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long id) {
    return ctx.executeAsync(deleteRequest(id));
  }

  private ApiRequest<Void> deleteRequest(long id) {
    return requests.delete(id);
  }

  /**
   * Gets a single-sign-on link that signs the user in to the dashboard without a password.
   *
   * <p>The link is a credential: give it only to that user and do not log it
   * ({@link PlatformSsoLink#toString()} hides it).
   *
   * <p>Endpoint: {@code GET /platform/api/v1/users/{id}/login} (get-sso-url-of-a-user).
   *
   * @param id the user id
   * @return the login link
   * @throws ApiException when Chatwoot answers with an error status (401 for a bad token and for
   *     objects the platform app does not own)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public PlatformSsoLink ssoLoginUrl(long id) {
    return ctx.execute(ssoLoginUrlRequest(id));
  }

  /**
   * Asynchronous {@link #ssoLoginUrl}: gets a single-sign-on link that signs the user in to the dashboard without a password.
   *
   * <p>Endpoint: {@code GET /platform/api/v1/users/{id}/login} (get-sso-url-of-a-user).
   *
   * @param id the user id
   * @return a future completed with the login link, or with the exceptions
   *     {@link #ssoLoginUrl} throws
   */
  public CompletableFuture<PlatformSsoLink> ssoLoginUrlAsync(long id) {
    return ctx.executeAsync(ssoLoginUrlRequest(id));
  }

  private ApiRequest<PlatformSsoLink> ssoLoginUrlRequest(long id) {
    return ApiRequest.<PlatformSsoLink>builder("GET", ChatwootPlatformClient.PLATFORM + "/users/{}/login", id)
        .responseType(PlatformSsoLink.class)
        .build();
  }

}
