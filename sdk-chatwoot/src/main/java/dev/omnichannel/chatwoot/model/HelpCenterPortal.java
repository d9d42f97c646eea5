package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * A help-center portal (spec schema {@code portal_item}). Portals are addressed by their
 * {@link #slug()} in paths, not by id. Every component may be null.
 *
 * @param id the portal id
 * @param color header colour, e.g. {@code #1F93FF}
 * @param customDomain the custom domain, e.g. {@code chatwoot.help}
 * @param headerText the header text
 * @param homepageLink link back to the main site
 * @param name the portal name
 * @param pageTitle the page title
 * @param slug the URL slug; the key used in {@code /portals/{id}} paths
 * @param archived whether the portal is archived
 * @param accountId the owning account
 * @param config free-form configuration: {@code allowed_locales} (objects with {@code code},
 *     {@code articles_count}, {@code categories_count}), {@code default_locale}, ...
 * @param inbox the web-widget inbox linked to the portal, if any
 * @param logo the logo file ({@code file_url}, {@code file_type}, {@code filename}, ...), if any
 * @param meta article and category counts
 */
public record HelpCenterPortal(
    Long id,
    String color,
    @Json(name = "custom_domain") String customDomain,
    @Json(name = "header_text") String headerText,
    @Json(name = "homepage_link") String homepageLink,
    String name,
    @Json(name = "page_title") String pageTitle,
    String slug,
    Boolean archived,
    @Json(name = "account_id") Long accountId,
    Map<String, Object> config,
    Inbox inbox,
    Map<String, Object> logo,
    HelpCenterPortalMeta meta) {}
