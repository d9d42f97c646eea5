package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.Template;
import dev.omnichannel.qontak.model.TemplateCategoryOption;
import dev.omnichannel.qontak.model.TemplateCreateParams;
import dev.omnichannel.qontak.model.TemplateCreateResult;
import dev.omnichannel.qontak.model.TemplateLanguage;
import dev.omnichannel.qontak.model.TemplateLanguageOption;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * WhatsApp message templates: list and read them (their ids are the {@code message_template_id}
 * of a broadcast), submit new ones for Meta's review, and read the categories and languages a
 * template may use.
 */
public final class TemplateService {

  private final ServiceContext ctx;

  TemplateService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options (timeouts, retries, headers) for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public TemplateService withRequestOptions(RequestOptions options) {
    return new TemplateService(ctx.with(options));
  }

  /**
   * Lists WhatsApp templates ({@code GET /templates/whatsapp}).
   *
   * @param params filters ({@link dev.omnichannel.qontak.model.TemplateListParams}: status,
   *     {@code statuses[]}, {@code category[]}, {@code excluded_category[]}, {@code hsm_chat}),
   *     search and paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<Template> list(ListParams params) {
    return ctx.execute(listRequest(params));
  }

  /**
   * Async {@link #list}.
   *
   * @param params filters and paging
   * @return the page
   */
  public CompletableFuture<QontakList<Template>> listAsync(ListParams params) {
    return ctx.executeAsync(listRequest(params));
  }

  /**
   * Every template matching {@code params}, page after page by cursor, fetched lazily.
   *
   * @param params filters
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<Template> listAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::listRequest);
  }

  private ApiRequest<QontakList<Template>> listRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<Template>>request("GET", "/templates/whatsapp"), params)
        .decoder(ServiceContext.list(Template.class))
        .build();
  }

  /**
   * One template ({@code GET /templates/{id}/whatsapp}).
   *
   * @param id the template id
   * @return the template
   * @throws ApiException when Qontak answers with an error ({@code NotFoundException} for an unknown id)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Template retrieve(String id) {
    return ctx.execute(retrieveRequest(id));
  }

  /**
   * Async {@link #retrieve}.
   *
   * @param id the template id
   * @return the template
   */
  public CompletableFuture<Template> retrieveAsync(String id) {
    return ctx.executeAsync(retrieveRequest(id));
  }

  private ApiRequest<Template> retrieveRequest(String id) {
    return ctx.<Template>request("GET", "/templates/{}/whatsapp", id)
        .decoder(ServiceContext.data(Template.class))
        .build();
  }

  /**
   * Submits a template for Meta's review ({@code POST /templates/whatsapp}, {@code hsm: false}).
   * Qontak answers 201 with the result wrapped twice; this returns the inner part, whose
   * templates are {@code PENDING} until Meta decides (subscribe to {@code waba_interactions} or
   * poll {@link #retrieve}).
   *
   * @param params name, category, languages and components
   * @return the created template(s), one per language
   * @throws ApiException when Qontak answers with an error ({@code UnprocessableEntityException}
   *     for a rejected body, e.g. a duplicate name)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public TemplateCreateResult create(TemplateCreateParams params) {
    return ctx.execute(createRequest("/templates/whatsapp", params, false));
  }

  /**
   * Async {@link #create}.
   *
   * @param params name, category, languages and components
   * @return the created template(s)
   */
  public CompletableFuture<TemplateCreateResult> createAsync(TemplateCreateParams params) {
    return ctx.executeAsync(createRequest("/templates/whatsapp", params, false));
  }

  /**
   * Submits an "HSM chat" template ({@code POST /templates/whatsapp/hsm_chat}, {@code hsm: true}):
   * the template Qontak uses to reopen a conversation whose 24-hour session expired. Qontak's
   * example sends a {@code BODY} component only. <b>Qontak appends {@code _hsm_chat_expired} to
   * the name</b> ({@code greeting} becomes {@code greeting_hsm_chat_expired}); look the template up
   * by the returned name or id, not by the name you sent. List them with
   * {@code TemplateListParams.builder().hsmChat(true)}.
   *
   * @param params name, category, languages and components
   * @return the created template(s), with the suffixed name
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public TemplateCreateResult createHsmChat(TemplateCreateParams params) {
    return ctx.execute(createRequest("/templates/whatsapp/hsm_chat", params, true));
  }

  /**
   * Async {@link #createHsmChat}.
   *
   * @param params name, category, languages and components
   * @return the created template(s)
   */
  public CompletableFuture<TemplateCreateResult> createHsmChatAsync(TemplateCreateParams params) {
    return ctx.executeAsync(createRequest("/templates/whatsapp/hsm_chat", params, true));
  }

  private ApiRequest<TemplateCreateResult> createRequest(String path, TemplateCreateParams params, boolean hsm) {
    return ctx.<TemplateCreateResult>request("POST", path)
        .jsonBody(Objects.requireNonNull(params, "params").toJson(hsm))
        .decoder(ServiceContext.data(TemplateCreateResult.class))
        .build();
  }

  /**
   * The template categories ({@code GET /templates/category}).
   *
   * @return display name and value of each category
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public List<TemplateCategoryOption> categories() {
    return ctx.execute(categoriesRequest());
  }

  /**
   * Async {@link #categories}.
   *
   * @return the categories
   */
  public CompletableFuture<List<TemplateCategoryOption>> categoriesAsync() {
    return ctx.executeAsync(categoriesRequest());
  }

  private ApiRequest<List<TemplateCategoryOption>> categoriesRequest() {
    return ctx.<List<TemplateCategoryOption>>request("GET", "/templates/category")
        .decoder(ServiceContext.data(ServiceContext.listOf(TemplateCategoryOption.class)))
        .build();
  }

  /**
   * The short list of template languages ({@code GET /templates/language}): the common ones
   * ({@code en}, {@code en_US}, {@code fil}, {@code id}, {@code ms}, {@code th}, {@code pt_BR},
   * {@code ja}). For every language Meta supports use {@link #languages}.
   *
   * @return name and code of each language
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public List<TemplateLanguageOption> languagesShort() {
    return ctx.execute(languagesShortRequest());
  }

  /**
   * Async {@link #languagesShort}.
   *
   * @return the languages
   */
  public CompletableFuture<List<TemplateLanguageOption>> languagesShortAsync() {
    return ctx.executeAsync(languagesShortRequest());
  }

  private ApiRequest<List<TemplateLanguageOption>> languagesShortRequest() {
    return ctx.<List<TemplateLanguageOption>>request("GET", "/templates/language")
        .decoder(ServiceContext.data(ServiceContext.listOf(TemplateLanguageOption.class)))
        .build();
  }

  /**
   * The full list of template languages ({@code GET /templates/languages}).
   *
   * @param params search and paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<TemplateLanguage> languages(ListParams params) {
    return ctx.execute(languagesRequest(params));
  }

  /**
   * Async {@link #languages}.
   *
   * @param params search and paging
   * @return the page
   */
  public CompletableFuture<QontakList<TemplateLanguage>> languagesAsync(ListParams params) {
    return ctx.executeAsync(languagesRequest(params));
  }

  /**
   * Every language, page after page by cursor, fetched lazily.
   *
   * @param params search
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<TemplateLanguage> languagesAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::languagesRequest);
  }

  private ApiRequest<QontakList<TemplateLanguage>> languagesRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<TemplateLanguage>>request("GET", "/templates/languages"), params)
        .decoder(ServiceContext.list(TemplateLanguage.class))
        .build();
  }

  /**
   * Deletes a template ({@code DELETE /templates/{id}/whatsapp}). <b>Unverified:</b> this
   * operation is not in Qontak's OpenAPI file nor in any client found; only a 2021 documentation
   * link names a "DELETE /templates/whatsapp" page, without its request. The path here is
   * inferred from {@link #retrieve}'s {@code /templates/{id}/whatsapp} (Qontak's resource
   * pattern); the answer body is ignored. Expect a {@code NotFoundException} if Qontak does not
   * offer it. Meta keeps a deleted template's name blocked for 30 days.
   *
   * @param id the template id
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public void delete(String id) {
    ctx.execute(deleteRequest(id));
  }

  /**
   * Async {@link #delete}; unverified like it.
   *
   * @param id the template id
   * @return completes when Qontak accepted the deletion
   */
  public CompletableFuture<Void> deleteAsync(String id) {
    return ctx.executeAsync(deleteRequest(id));
  }

  private ApiRequest<Void> deleteRequest(String id) {
    return ctx.<Void>request("DELETE", "/templates/{}/whatsapp", id)
        .decoder(ResponseDecoder.discard())
        .build();
  }
}
