package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * Counts the server adds to a help-center portal ({@code meta}).
 *
 * @param allArticlesCount all articles (of the locale asked for)
 * @param archivedArticlesCount archived articles
 * @param publishedCount published articles
 * @param draftArticlesCount draft articles
 * @param mineArticlesCount articles written by the token's user
 * @param categoriesCount categories
 * @param defaultLocale the portal's default locale
 */
public record HelpCenterPortalMeta(
    @Json(name = "all_articles_count") Long allArticlesCount,
    @Json(name = "archived_articles_count") Long archivedArticlesCount,
    @Json(name = "published_count") Long publishedCount,
    @Json(name = "draft_articles_count") Long draftArticlesCount,
    @Json(name = "mine_articles_count") Long mineArticlesCount,
    @Json(name = "categories_count") Long categoriesCount,
    @Json(name = "default_locale") String defaultLocale) {}
