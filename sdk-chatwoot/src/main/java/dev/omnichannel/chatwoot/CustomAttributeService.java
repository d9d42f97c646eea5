package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.CustomAttributeDefinition;
import dev.omnichannel.chatwoot.model.CustomAttributeDefinitionParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's custom attribute definitions ({@code /api/v1/accounts/{account_id}/custom_attribute_definitions}).
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class CustomAttributeService {

  private final ServiceContext ctx;
  private final ResourceRequests<CustomAttributeDefinition> requests;

  CustomAttributeService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(CustomAttributeDefinition.class, ServiceContext.ACCOUNT + "/custom_attribute_definitions", ctx.accountId);
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers or
   * query parameters) on top of the client's defaults. This service is not changed.
   *
   * @param options the options for every call made through the returned service
   * @return a new service sharing this one's client
   */
  public CustomAttributeService withRequestOptions(RequestOptions options) {
    return new CustomAttributeService(ctx.with(options));
  }

  /**
   * Lists the custom attribute definitions of one model (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_attribute_definitions} (get-account-custom-attribute).
   *
   * @param attributeModel {@code conversation_attribute} or {@code contact_attribute} (or the spec's codes {@code 0} / {@code 1}); null lists both
   * @return the definitions
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<CustomAttributeDefinition> list(String attributeModel) {
    return ctx.execute(listRequest(attributeModel));
  }

  /**
   * Asynchronous {@link #list}: lists the custom attribute definitions of one model (not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_attribute_definitions} (get-account-custom-attribute).
   *
   * @param attributeModel {@code conversation_attribute} or {@code contact_attribute} (or the spec's codes {@code 0} / {@code 1}); null lists both
   * @return a future completed with the definitions, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<CustomAttributeDefinition>> listAsync(String attributeModel) {
    return ctx.executeAsync(listRequest(attributeModel));
  }

  private ApiRequest<List<CustomAttributeDefinition>> listRequest(String attributeModel) {
    return requests.listBuilder().query("attribute_model", attributeModel).build();
  }

  /**
   * Creates a custom attribute definition.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/custom_attribute_definitions} (add-new-custom-attribute-to-account).
   *
   * @param params the definition's fields
   * @return the new definition
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CustomAttributeDefinition create(CustomAttributeDefinitionParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates a custom attribute definition.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/custom_attribute_definitions} (add-new-custom-attribute-to-account).
   *
   * @param params the definition's fields
   * @return a future completed with the new definition, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<CustomAttributeDefinition> createAsync(CustomAttributeDefinitionParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<CustomAttributeDefinition> createRequest(CustomAttributeDefinitionParams params) {
    return requests.create(params);
  }

  /**
   * Fetches one custom attribute definition.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}} (get-details-of-a-single-custom-attribute).
   *
   * @param id the definition id
   * @return the definition
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CustomAttributeDefinition retrieve(long id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one custom attribute definition.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}} (get-details-of-a-single-custom-attribute).
   *
   * @param id the definition id
   * @return a future completed with the definition, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<CustomAttributeDefinition> retrieveAsync(long id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<CustomAttributeDefinition> retrieveRequest(long id) {
    return requests.retrieve(id);
  }

  /**
   * Updates a custom attribute definition.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}} (update-custom-attribute-in-account).
   *
   * @param id the definition id
   * @param params the fields to change
   * @return the updated definition
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public CustomAttributeDefinition update(long id, CustomAttributeDefinitionParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates a custom attribute definition.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}} (update-custom-attribute-in-account).
   *
   * @param id the definition id
   * @param params the fields to change
   * @return a future completed with the updated definition, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<CustomAttributeDefinition> updateAsync(long id, CustomAttributeDefinitionParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<CustomAttributeDefinition> updateRequest(long id, CustomAttributeDefinitionParams params) {
    return requests.update(id, params);
  }

  /**
   * Deletes a custom attribute definition.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}} (delete-custom-attribute-from-account).
   *
   * @param id the definition id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes a custom attribute definition.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/custom_attribute_definitions/{id}} (delete-custom-attribute-from-account).
   *
   * @param id the definition id
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
