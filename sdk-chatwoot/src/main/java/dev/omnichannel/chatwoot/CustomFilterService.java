package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.CustomFilter;
import dev.omnichannel.chatwoot.model.CustomFilterParams;
import dev.omnichannel.chatwoot.model.CustomFilterType;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Saved custom filters ({@code /api/v1/accounts/{account_id}/custom_filters}): the token owner's
 * saved conversation, contact and report views. Filters belong to the user, so each user sees
 * only their own.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class CustomFilterService {

  private final ServiceContext ctx;
  private final ResourceRequests<CustomFilter> requests;

  CustomFilterService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(CustomFilter.class, ServiceContext.ACCOUNT + "/custom_filters", ctx.accountId);
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the view; this service is unchanged
   */
  public CustomFilterService withRequestOptions(RequestOptions options) {
    return new CustomFilterService(ctx.with(options));
  }

  /**
   * Lists the token owner's conversation filters (the server's default type). Same as
   * {@code list(null)}.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_filters} (list-all-filters).
   *
   * @return the filters
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<CustomFilter> list() {
    return list(null);
  }

  /**
   * Asynchronous {@link #list()}: lists the token owner's conversation filters.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_filters} (list-all-filters).
   *
   * @return a future completed with the filters, or with the exceptions {@link #list()} throws
   */
  public CompletableFuture<List<CustomFilter>> listAsync() {
    return listAsync(null);
  }

  /**
   * Lists the token owner's saved filters of one type (a bare array, not paged; filters are per user).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_filters} (list-all-filters).
   *
   * @param filterType the type to list, or null for the server default ({@code conversation})
   * @return the filters
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<CustomFilter> list(CustomFilterType filterType) {
    return ctx.execute(listRequest(filterType));
  }

  /**
   * Asynchronous {@link #list}: lists the token owner's saved filters of one type (a bare array, not paged; filters are per user).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_filters} (list-all-filters).
   *
   * @param filterType the type to list, or null for the server default ({@code conversation})
   * @return a future completed with the filters, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<CustomFilter>> listAsync(CustomFilterType filterType) {
    return ctx.executeAsync(listRequest(filterType));
  }

  private ApiRequest<List<CustomFilter>> listRequest(CustomFilterType filterType) {
    return requests.listBuilder().query("filter_type", filterType == null ? null : filterType.value()).build();
  }

  /**
   * Saves a custom filter for the token owner.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/custom_filters} (create-a-custom-filter).
   *
   * @param params the filter's fields; set its type with {@link CustomFilterParams.Builder#type}
   * @return the new filter
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CustomFilter create(CustomFilterParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: saves a custom filter for the token owner.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/custom_filters} (create-a-custom-filter).
   *
   * @param params the filter's fields; set its type with {@link CustomFilterParams.Builder#type}
   * @return a future completed with the new filter, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<CustomFilter> createAsync(CustomFilterParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<CustomFilter> createRequest(CustomFilterParams params) {
    return requests.create(params);
  }

  /**
   * Fetches one of the token owner's custom filters.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}} (get-details-of-a-single-custom-filter).
   *
   * @param customFilterId the filter id
   * @return the filter
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CustomFilter retrieve(long customFilterId) {
    return ctx.execute(retrieveRequest(customFilterId));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one of the token owner's custom filters.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}} (get-details-of-a-single-custom-filter).
   *
   * @param customFilterId the filter id
   * @return a future completed with the filter, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<CustomFilter> retrieveAsync(long customFilterId) {
    return ctx.executeAsync(retrieveRequest(customFilterId));
  }

  private ApiRequest<CustomFilter> retrieveRequest(long customFilterId) {
    return requests.retrieve(customFilterId);
  }

  /**
   * Updates a custom filter.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}} (update-a-custom-filter).
   *
   * @param customFilterId the filter id
   * @param params the fields to change
   * @return the updated filter
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CustomFilter update(long customFilterId, CustomFilterParams params) {
    return ctx.execute(updateRequest(customFilterId, params));
  }

  /**
   * Asynchronous {@link #update}: updates a custom filter.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}} (update-a-custom-filter).
   *
   * @param customFilterId the filter id
   * @param params the fields to change
   * @return a future completed with the updated filter, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<CustomFilter> updateAsync(long customFilterId, CustomFilterParams params) {
    return ctx.executeAsync(updateRequest(customFilterId, params));
  }

  private ApiRequest<CustomFilter> updateRequest(long customFilterId, CustomFilterParams params) {
    return requests.update(customFilterId, params);
  }

  /**
   * Deletes a custom filter.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}} (delete-a-custom-filter).
   *
   * @param customFilterId the filter id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long customFilterId) {
    ctx.execute(deleteRequest(customFilterId));
  }

  /**
   * Asynchronous {@link #delete}: deletes a custom filter.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/custom_filters/{custom_filter_id}} (delete-a-custom-filter).
   *
   * @param customFilterId the filter id
   * @return a future completed with null, or with the exceptions
   *     {@link #delete} throws
   */
  public CompletableFuture<Void> deleteAsync(long customFilterId) {
    return ctx.executeAsync(deleteRequest(customFilterId));
  }

  private ApiRequest<Void> deleteRequest(long customFilterId) {
    return requests.delete(customFilterId);
  }
}
