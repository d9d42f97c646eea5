package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.AutomationRule;
import dev.omnichannel.chatwoot.model.AutomationRuleParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The account's automation rules ({@code /api/v1/accounts/{account_id}/automation_rules}): "when
 * this event happens and these conditions hold, run these actions". Needs an administrator's
 * token.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class AutomationRuleService {

  private final ServiceContext ctx;
  private final ResourceRequests<AutomationRule> requests;

  AutomationRuleService(ServiceContext ctx) {
    this.ctx = ctx;
    this.requests = ResourceRequests.of(AutomationRule.class, ServiceContext.ACCOUNT + "/automation_rules", ctx.accountId)
        .listUnder("payload")
        .itemsDecodedBy(ResponseDecoder.jsonAtOrRoot(AutomationRule.class, "payload"));
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the view; this service is unchanged
   */
  public AutomationRuleService withRequestOptions(RequestOptions options) {
    return new AutomationRuleService(ctx.with(options));
  }

  /**
   * Lists the account's automation rules (wrapped in {@code payload}; the server returns all
   * rules in one answer). Same as {@code list(null)}.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/automation_rules} (get-account-automation-rule).
   *
   * @return the rules
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<AutomationRule> list() {
    return list(null);
  }

  /**
   * Asynchronous {@link #list()}: lists the account's automation rules.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/automation_rules} (get-account-automation-rule).
   *
   * @return a future completed with the rules, or with the exceptions {@link #list()} throws
   */
  public CompletableFuture<List<AutomationRule>> listAsync() {
    return listAsync(null);
  }

  /**
   * Lists the account's automation rules (wrapped in {@code payload}; the server returns all rules in one answer).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/automation_rules} (get-account-automation-rule).
   *
   * @param page the page number the spec documents, or null to omit it (v4.15.1 servers ignore it)
   * @return the rules
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<AutomationRule> list(Integer page) {
    return ctx.execute(listRequest(page));
  }

  /**
   * Asynchronous {@link #list}: lists the account's automation rules (wrapped in {@code payload}; the server returns all rules in one answer).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/automation_rules} (get-account-automation-rule).
   *
   * @param page the page number the spec documents, or null to omit it (v4.15.1 servers ignore it)
   * @return a future completed with the rules, or with the exceptions
   *     {@link #list} throws
   */
  public CompletableFuture<List<AutomationRule>> listAsync(Integer page) {
    return ctx.executeAsync(listRequest(page));
  }

  private ApiRequest<List<AutomationRule>> listRequest(Integer page) {
    return requests.listBuilder().query("page", page).build();
  }

  /**
   * Creates an automation rule.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/automation_rules} (add-new-automation-rule-to-account).
   *
   * <p>The server answers with or without a {@code payload} wrapper depending on the action and version (the spec documents the wrapper); both are read.
   *
   * @param params the rule's fields
   * @return the new rule
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AutomationRule create(AutomationRuleParams params) {
    return ctx.execute(createRequest(params));
  }

  /**
   * Asynchronous {@link #create}: creates an automation rule.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/automation_rules} (add-new-automation-rule-to-account).
   *
   * @param params the rule's fields
   * @return a future completed with the new rule, or with the exceptions
   *     {@link #create} throws
   */
  public CompletableFuture<AutomationRule> createAsync(AutomationRuleParams params) {
    return ctx.executeAsync(createRequest(params));
  }

  private ApiRequest<AutomationRule> createRequest(AutomationRuleParams params) {
    return requests.create(params);
  }

  /**
   * Fetches one automation rule.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/automation_rules/{id}} (get-details-of-a-single-automation-rule).
   *
   * <p>The server answers with or without a {@code payload} wrapper depending on the action and version (the spec documents the wrapper); both are read.
   *
   * @param id the rule id
   * @return the rule
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AutomationRule retrieve(long id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Asynchronous {@link #retrieve}: fetches one automation rule.
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/automation_rules/{id}} (get-details-of-a-single-automation-rule).
   *
   * @param id the rule id
   * @return a future completed with the rule, or with the exceptions
   *     {@link #retrieve} throws
   */
  public CompletableFuture<AutomationRule> retrieveAsync(long id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<AutomationRule> retrieveRequest(long id) {
    return requests.retrieve(id);
  }

  /**
   * Updates an automation rule; {@code conditions} and {@code actions} are replaced only when sent.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/automation_rules/{id}} (update-automation-rule-in-account).
   *
   * <p>The server answers with or without a {@code payload} wrapper depending on the action and version (the spec documents the wrapper); both are read.
   *
   * @param id the rule id
   * @param params the fields to change
   * @return the updated rule
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public AutomationRule update(long id, AutomationRuleParams params) {
    return ctx.execute(updateRequest(id, params));
  }

  /**
   * Asynchronous {@link #update}: updates an automation rule; {@code conditions} and {@code actions} are replaced only when sent.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/automation_rules/{id}} (update-automation-rule-in-account).
   *
   * @param id the rule id
   * @param params the fields to change
   * @return a future completed with the updated rule, or with the exceptions
   *     {@link #update} throws
   */
  public CompletableFuture<AutomationRule> updateAsync(long id, AutomationRuleParams params) {
    return ctx.executeAsync(updateRequest(id, params));
  }

  private ApiRequest<AutomationRule> updateRequest(long id, AutomationRuleParams params) {
    return requests.update(id, params);
  }

  /**
   * Deletes an automation rule.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/automation_rules/{id}} (delete-automation-rule-from-account).
   *
   * @param id the rule id
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public void delete(long id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Asynchronous {@link #delete}: deletes an automation rule.
   *
   * <p>Endpoint: {@code DELETE /api/v1/accounts/{account_id}/automation_rules/{id}} (delete-automation-rule-from-account).
   *
   * @param id the rule id
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
