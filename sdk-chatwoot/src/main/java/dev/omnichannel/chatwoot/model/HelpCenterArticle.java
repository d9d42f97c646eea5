package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A help-center article (spec schema {@code article}). Every component may be null except
 * {@link #associatedArticles()}.
 *
 * @param id the article id
 * @param categoryId the category it is in
 * @param title the title
 * @param slug the URL slug
 * @param content the body (Markdown)
 * @param description the short description
 * @param status {@code draft}, {@code published} or {@code archived} (the server answers with the
 *     name; requests may send 0, 1 or 2)
 * @param position sort position in the category
 * @param accountId the owning account
 * @param portalId the portal (spec form)
 * @param authorId the author agent id (spec form)
 * @param views the view count
 * @param locale the locale
 * @param meta free-form search metadata ({@code tags}, {@code title}, {@code description})
 * @param updatedAt when it was last changed
 * @param portal the portal, as the server embeds it
 * @param author the author, as the server embeds it
 * @param associatedArticles associated articles, as the server describes them
 */
public record HelpCenterArticle(
    Long id,
    @Json(name = "category_id") Long categoryId,
    String title,
    String slug,
    String content,
    String description,
    String status,
    Integer position,
    @Json(name = "account_id") Long accountId,
    @Json(name = "portal_id") Long portalId,
    @Json(name = "author_id") Long authorId,
    Long views,
    String locale,
    Map<String, Object> meta,
    @Json(name = "updated_at") Instant updatedAt,
    HelpCenterPortal portal,
    Agent author,
    @Json(name = "associated_articles") List<Map<String, Object>> associatedArticles) {

  /**
   * Normalises a missing associated-article list to an empty one.
   *
   * @param id the article id
   * @param categoryId the category
   * @param title the title
   * @param slug the slug
   * @param content the body
   * @param description the description
   * @param status the status name
   * @param position sort position
   * @param accountId the owning account
   * @param portalId the portal id
   * @param authorId the author id
   * @param views the view count
   * @param locale the locale
   * @param meta search metadata
   * @param updatedAt when it was last changed
   * @param portal the embedded portal
   * @param author the embedded author
   * @param associatedArticles associated articles, may be null
   */
  public HelpCenterArticle {
    associatedArticles = JsonSupport.listOrEmpty(associatedArticles);
  }
}
