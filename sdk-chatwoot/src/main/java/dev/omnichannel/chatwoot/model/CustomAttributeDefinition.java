package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;

/**
 * A custom attribute definition
 * ({@code /api/v1/accounts/{account_id}/custom_attribute_definitions}). Components may be null
 * except {@code attributeValues}, which is empty when absent.
 *
 * @param id the definition id
 * @param attributeDisplayName the name shown in the dashboard
 * @param attributeDisplayType {@code text}, {@code number}, {@code currency}, {@code percent},
 *     {@code link}, {@code date}, {@code list} or {@code checkbox}
 * @param attributeDescription the description
 * @param attributeKey the key used in {@code custom_attributes}
 * @param regexPattern the validation pattern (text attributes)
 * @param regexCue the message shown when the pattern does not match
 * @param attributeValues the allowed values (list attributes), never null
 * @param attributeModel {@code conversation_attribute} or {@code contact_attribute}
 * @param defaultValue the default value as JSON (string, number, boolean...), or null
 * @param createdAt when it was created
 * @param updatedAt when it was last updated
 */
public record CustomAttributeDefinition(
    Long id,
    @Json(name = "attribute_display_name") String attributeDisplayName,
    @Json(name = "attribute_display_type") String attributeDisplayType,
    @Json(name = "attribute_description") String attributeDescription,
    @Json(name = "attribute_key") String attributeKey,
    @Json(name = "regex_pattern") String regexPattern,
    @Json(name = "regex_cue") String regexCue,
    @Json(name = "attribute_values") List<String> attributeValues,
    @Json(name = "attribute_model") String attributeModel,
    @Json(name = "default_value") Object defaultValue,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the definition id
   * @param attributeDisplayName the name shown in the dashboard
   * @param attributeDisplayType {@code text}, {@code number}, {@code currency}, {@code percent},
   *     {@code link}, {@code date}, {@code list} or {@code checkbox}
   * @param attributeDescription the description
   * @param attributeKey the key used in {@code custom_attributes}
   * @param regexPattern the validation pattern (text attributes)
   * @param regexCue the message shown when the pattern does not match
   * @param attributeValues the allowed values (list attributes), never null
   * @param attributeModel {@code conversation_attribute} or {@code contact_attribute}
   * @param defaultValue the default value as JSON (string, number, boolean...), or null
   * @param createdAt when it was created
   * @param updatedAt when it was last updated
   */
  public CustomAttributeDefinition {
    attributeValues = JsonSupport.listOrEmpty(attributeValues);
  }
}
