package dev.omnichannel.chatwoot;

import dev.omnichannel.chatwoot.model.HelpCenterArticle;
import dev.omnichannel.chatwoot.model.HelpCenterArticleParams;
import dev.omnichannel.chatwoot.model.HelpCenterCategory;
import dev.omnichannel.chatwoot.model.HelpCenterCategoryParams;
import dev.omnichannel.chatwoot.model.HelpCenterPortal;
import dev.omnichannel.chatwoot.model.HelpCenterPortalParams;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/**
 * The account's help center ({@code /api/v1/accounts/{account_id}/portals}): portals, their
 * categories and articles. Portals are addressed by their <em>slug</em> in paths (the spec's
 * {@code {id}}). Needs an administrator's token.
 *
 * <p>Every operation has a blocking method and an {@code ...Async} twin built from the same
 * request description. Obtain it from {@link ChatwootClient}; thread-safe.
 */
public final class HelpCenterService {

  private final ServiceContext ctx;

  HelpCenterService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * A view of this service whose calls use per-call options (timeouts, retries, extra headers).
   *
   * @param options the options
   * @return the view; this service is unchanged
   */
  public HelpCenterService withRequestOptions(RequestOptions options) {
    return new HelpCenterService(ctx.with(options));
  }

  /**
   * Creates a help-center portal.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/portals} (add-new-portal-to-account).
   *
   * <p>The server answers with or without a {@code payload} wrapper depending on the version; both are read.
   *
   * @param params the portal's fields
   * @return the new portal
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public HelpCenterPortal createPortal(HelpCenterPortalParams params) {
    return ctx.execute(createPortalRequest(params));
  }

  /**
   * Asynchronous {@link #createPortal}: creates a help-center portal.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/portals} (add-new-portal-to-account).
   *
   * @param params the portal's fields
   * @return a future completed with the new portal, or with the exceptions
   *     {@link #createPortal} throws
   */
  public CompletableFuture<HelpCenterPortal> createPortalAsync(HelpCenterPortalParams params) {
    return ctx.executeAsync(createPortalRequest(params));
  }

  private ApiRequest<HelpCenterPortal> createPortalRequest(HelpCenterPortalParams params) {
    return ApiRequest.<HelpCenterPortal>builder("POST", ServiceContext.ACCOUNT + "/portals", ctx.accountId)
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .decoder(ResponseDecoder.jsonAtOrRoot(HelpCenterPortal.class, "payload"))
        .build();
  }

  /**
   * Lists the account's portals (wrapped in {@code payload}, with a {@code meta} of counts that is skipped; not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/portals} (get-portal).
   *
   * @return the portals
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public List<HelpCenterPortal> listPortals() {
    return ctx.execute(listPortalsRequest());
  }

  /**
   * Asynchronous {@link #listPortals}: lists the account's portals (wrapped in {@code payload}, with a {@code meta} of counts that is skipped; not paged).
   *
   * <p>Endpoint: {@code GET /api/v1/accounts/{account_id}/portals} (get-portal).
   *
   * @return a future completed with the portals, or with the exceptions
   *     {@link #listPortals} throws
   */
  public CompletableFuture<List<HelpCenterPortal>> listPortalsAsync() {
    return ctx.executeAsync(listPortalsRequest());
  }

  private ApiRequest<List<HelpCenterPortal>> listPortalsRequest() {
    return ApiRequest.<List<HelpCenterPortal>>builder("GET", ServiceContext.ACCOUNT + "/portals", ctx.accountId)
        .decoder(ServiceContext.under(ServiceContext.listOf(HelpCenterPortal.class), "payload"))
        .build();
  }

  /**
   * Updates a portal, addressed by its slug.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/portals/{id}} (update-portal-to-account).
   *
   * <p>The server answers with or without a {@code payload} wrapper depending on the version; both are read.
   *
   * @param portalSlug the portal's slug (the server looks portals up by slug, not by numeric id)
   * @param params the fields to change
   * @return the updated portal
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public HelpCenterPortal updatePortal(String portalSlug, HelpCenterPortalParams params) {
    return ctx.execute(updatePortalRequest(portalSlug, params));
  }

  /**
   * Asynchronous {@link #updatePortal}: updates a portal, addressed by its slug.
   *
   * <p>Endpoint: {@code PATCH /api/v1/accounts/{account_id}/portals/{id}} (update-portal-to-account).
   *
   * @param portalSlug the portal's slug (the server looks portals up by slug, not by numeric id)
   * @param params the fields to change
   * @return a future completed with the updated portal, or with the exceptions
   *     {@link #updatePortal} throws
   */
  public CompletableFuture<HelpCenterPortal> updatePortalAsync(String portalSlug, HelpCenterPortalParams params) {
    return ctx.executeAsync(updatePortalRequest(portalSlug, params));
  }

  private ApiRequest<HelpCenterPortal> updatePortalRequest(String portalSlug, HelpCenterPortalParams params) {
    return ApiRequest.<HelpCenterPortal>builder("PATCH", ServiceContext.ACCOUNT + "/portals/{}", ctx.accountId, requireSlug(portalSlug))
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .decoder(ResponseDecoder.jsonAtOrRoot(HelpCenterPortal.class, "payload"))
        .build();
  }

  /**
   * Creates a category in a portal.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/portals/{id}/categories} (add-new-category-to-account).
   *
   * <p>The server answers with or without a {@code payload} wrapper depending on the version; both are read.
   *
   * @param portalSlug the portal's slug
   * @param params the category's fields
   * @return the new category
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public HelpCenterCategory createCategory(String portalSlug, HelpCenterCategoryParams params) {
    return ctx.execute(createCategoryRequest(portalSlug, params));
  }

  /**
   * Asynchronous {@link #createCategory}: creates a category in a portal.
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/portals/{id}/categories} (add-new-category-to-account).
   *
   * @param portalSlug the portal's slug
   * @param params the category's fields
   * @return a future completed with the new category, or with the exceptions
   *     {@link #createCategory} throws
   */
  public CompletableFuture<HelpCenterCategory> createCategoryAsync(String portalSlug, HelpCenterCategoryParams params) {
    return ctx.executeAsync(createCategoryRequest(portalSlug, params));
  }

  private ApiRequest<HelpCenterCategory> createCategoryRequest(String portalSlug, HelpCenterCategoryParams params) {
    return ApiRequest.<HelpCenterCategory>builder("POST", ServiceContext.ACCOUNT + "/portals/{}/categories", ctx.accountId, requireSlug(portalSlug))
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .decoder(ResponseDecoder.jsonAtOrRoot(HelpCenterCategory.class, "payload"))
        .build();
  }

  /**
   * Creates an article in a portal (the server saves new articles as drafts).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/portals/{id}/articles} (add-new-article-to-account).
   *
   * <p>The server answers with or without a {@code payload} wrapper depending on the version; both are read.
   *
   * @param portalSlug the portal's slug
   * @param params the article's fields
   * @return the new article
   * @throws ApiException when Chatwoot answers with an error status (401 also means the token's
   *     role may not do this)
   * @throws ApiConnectionException when the server cannot be reached after retries
   */
  public HelpCenterArticle createArticle(String portalSlug, HelpCenterArticleParams params) {
    return ctx.execute(createArticleRequest(portalSlug, params));
  }

  /**
   * Asynchronous {@link #createArticle}: creates an article in a portal (the server saves new articles as drafts).
   *
   * <p>Endpoint: {@code POST /api/v1/accounts/{account_id}/portals/{id}/articles} (add-new-article-to-account).
   *
   * @param portalSlug the portal's slug
   * @param params the article's fields
   * @return a future completed with the new article, or with the exceptions
   *     {@link #createArticle} throws
   */
  public CompletableFuture<HelpCenterArticle> createArticleAsync(String portalSlug, HelpCenterArticleParams params) {
    return ctx.executeAsync(createArticleRequest(portalSlug, params));
  }

  private ApiRequest<HelpCenterArticle> createArticleRequest(String portalSlug, HelpCenterArticleParams params) {
    return ApiRequest.<HelpCenterArticle>builder("POST", ServiceContext.ACCOUNT + "/portals/{}/articles", ctx.accountId, requireSlug(portalSlug))
        .jsonBody(Objects.requireNonNull(params, "params").toJson())
        .decoder(ResponseDecoder.jsonAtOrRoot(HelpCenterArticle.class, "payload"))
        .build();
  }

  private static String requireSlug(String portalSlug) {
    Objects.requireNonNull(portalSlug, "portalSlug");
    if (portalSlug.isBlank()) {
      throw new IllegalArgumentException("portalSlug must not be blank");
    }
    return portalSlug;
  }
}
