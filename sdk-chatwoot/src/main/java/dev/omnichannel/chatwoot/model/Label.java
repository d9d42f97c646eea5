package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;

/**
 * An account label ({@code /api/v1/accounts/{account_id}/labels}). Every component may be null.
 *
 * @param id the label id
 * @param title the label title (what conversations and contacts are tagged with)
 * @param description the description
 * @param color hex colour, e.g. {@code #1f93ff}
 * @param showOnSidebar whether the label is shown in the sidebar
 */
public record Label(
    Long id,
    String title,
    String description,
    String color,
    @Json(name = "show_on_sidebar") Boolean showOnSidebar) {}
