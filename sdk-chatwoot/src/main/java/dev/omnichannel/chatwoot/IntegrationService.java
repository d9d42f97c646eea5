package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.IntegrationApp;
import dev.omnichannel.chatwoot.model.IntegrationHook;
import dev.omnichannel.chatwoot.model.IntegrationHookParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The account's integrations: available apps and their hooks
 * ({@code /api/v1/accounts/{account_id}/integrations}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class IntegrationService {

  private final ServiceContext ctx;
  private final ResourceRequests<IntegrationHook> hooks;

  IntegrationService(ServiceContext ctx) {
    this.ctx = ctx;
    this.hooks = ResourceRequests.of(IntegrationHook.class, ServiceContext.ACCOUNT + "/integrations/hooks", ctx.accountId);
  }

  /**
   * A view of this service whose calls use these per-call options (timeouts, retries, extra
   * headers).
   *
   * @param options the options
   * @return the view
   */
  public IntegrationService withRequestOptions(RequestOptions options) {
    return new IntegrationService(ctx.with(options));
  }

  /**
   * Lists the integration apps available to the account, with the hooks configured for each (the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/integrations/apps} (get-details-of-all-integrations).
   *
   * @return the apps, each with its hooks
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<IntegrationApp> listApps() {
    return ctx.execute(listAppsRequest());
  }

  /**
   * Asynchronous {@link #listApps}: lists the integration apps available to the account, with the hooks configured for each (the response is wrapped in {@code payload}).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/integrations/apps} (get-details-of-all-integrations).
   *
   * @return a future completed with the apps, each with its hooks, or with the exceptions
   *     {@link #listApps} throws
   */
  public CompletableFuture<List<IntegrationApp>> listAppsAsync() {
    return ctx.executeAsync(listAppsRequest());
  }

  private ApiRequest<List<IntegrationApp>> listAppsRequest() {
    return ApiRequest.<List<IntegrationApp>>builder("GET", ServiceContext.ACCOUNT + "/integrations/apps", ctx.accountId)
        .decoder(ServiceContext.under(ServiceContext.listOf(IntegrationApp.class), "payload"))
        .build();
  }

  /**
   * Creates an integration hook (connects an app to the account or to one inbox).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/integrations/hooks} (create-an-integration-hook).
   *
   * @param params the hook; {@code app_id} is required
   * @return the new hook
   * @throws IllegalArgumentException when {@code app_id} is not set
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public IntegrationHook createHook(IntegrationHookParams params) {
    return ctx.execute(createHookRequest(params));
  }

  /**
   * Asynchronous {@link #createHook}: creates an integration hook (connects an app to the account or to one inbox).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/integrations/hooks} (create-an-integration-hook).
   *
   * @param params the hook; {@code app_id} is required
   * @return a future completed with the new hook, or with the exceptions
   *     {@link #createHook} throws
   */
  public CompletableFuture<IntegrationHook> createHookAsync(IntegrationHookParams params) {
    return ctx.executeAsync(createHookRequest(params));
  }

  private ApiRequest<IntegrationHook> createHookRequest(IntegrationHookParams params) {
    Objects.requireNonNull(params, "params");
    if (params.get("app_id") == null) {
      throw new IllegalArgumentException("appId is required to create a hook");
    }
    return hooks.create(params);
  }

  /**
   * Updates an integration hook's status or settings.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}} (update-an-integrations-hook).
   *
   * @param hookId the hook id
   * @param params the fields to change ({@code status}, {@code settings})
   * @return the updated hook
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public IntegrationHook updateHook(long hookId, IntegrationHookParams params) {
    return ctx.execute(updateHookRequest(hookId, params));
  }

  /**
   * Asynchronous {@link #updateHook}: updates an integration hook's status or settings.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}} (update-an-integrations-hook).
   *
   * @param hookId the hook id
   * @param params the fields to change ({@code status}, {@code settings})
   * @return a future completed with the updated hook, or with the exceptions
   *     {@link #updateHook} throws
   */
  public CompletableFuture<IntegrationHook> updateHookAsync(long hookId, IntegrationHookParams params) {
    return ctx.executeAsync(updateHookRequest(hookId, params));
  }

  private ApiRequest<IntegrationHook> updateHookRequest(long hookId, IntegrationHookParams params) {
    return hooks.update(hookId, params);
  }

  /**
   * Deletes an integration hook.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}} (delete-an-integration-hook).
   *
   * @param hookId the hook id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void deleteHook(long hookId) {
    ctx.execute(deleteHookRequest(hookId));
  }

  /**
   * Asynchronous {@link #deleteHook}: deletes an integration hook.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/integrations/hooks/{hook_id}} (delete-an-integration-hook).
   *
   * @param hookId the hook id
   * @return a future completed with null, or with the exceptions
   *     {@link #deleteHook} throws
   */
  public CompletableFuture<Void> deleteHookAsync(long hookId) {
    return ctx.executeAsync(deleteHookRequest(hookId));
  }

  private ApiRequest<Void> deleteHookRequest(long hookId) {
    return hooks.delete(hookId);
  }
}
