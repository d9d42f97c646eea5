package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * A saved custom filter (a user's "saved view"; {@code /api/v1/accounts/{account_id}/custom_filters}).
 * The server writes the kind as {@code filter_type}; the spec calls it {@code type}, so both are
 * read and {@link #kind()} returns whichever is present.
 *
 * @param id the filter id
 * @param name the filter name
 * @param type the kind as the spec names it (usually null on real servers)
 * @param filterType the kind as the server names it
 * @param query the saved query, free-form (usually {@code {"payload":[...conditions]}})
 * @param createdAt when it was created
 * @param updatedAt when it was last changed
 * @param count how many records match, on servers that report it
 */
public record CustomFilter(
    Long id,
    String name,
    CustomFilterType type,
    @Json(name = "filter_type") CustomFilterType filterType,
    Map<String, Object> query,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    Long count) {

  /**
   * The filter's kind: {@code filter_type}, else {@code type}.
   *
   * @return the kind, or null when the response has neither
   */
  public CustomFilterType kind() {
    return filterType != null ? filterType : type;
  }
}
