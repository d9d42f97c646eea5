package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * WhatsApp template parameters of a new message ({@code template_params}).
 *
 * @param name the approved template name, e.g. {@code purchase_receipt}
 * @param category the template category: {@code UTILITY}, {@code MARKETING},
 *     {@code SHIPPING_UPDATE}, {@code TICKET_UPDATE}, {@code ISSUE_RESOLUTION}
 * @param language the template language (BCP 47), e.g. {@code en_US}
 * @param processedParams the parameters by component: {@code body} (placeholder number to value),
 *     {@code header} ({@code media_url}, {@code media_type}), {@code buttons}
 *     ([{@code {type, parameter}}]); never null
 */
public record MessageTemplateParams(
    String name,
    String category,
    String language,
    @Json(name = "processed_params") Map<String, Object> processedParams) {

  /**
   * Checks the required fields and copies the parameter map.
   *
   * @param name the approved template name, e.g. {@code purchase_receipt}
   * @param category the template category: {@code UTILITY}, {@code MARKETING},
   *     {@code SHIPPING_UPDATE}, {@code TICKET_UPDATE}, {@code ISSUE_RESOLUTION}
   * @param language the template language (BCP 47), e.g. {@code en_US}
   * @param processedParams the parameters by component; null becomes an empty map
   * @throws NullPointerException when name, category or language is null
   */
  public MessageTemplateParams {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(category, "category");
    Objects.requireNonNull(language, "language");
    processedParams = processedParams == null
        ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(processedParams));
  }

  /**
   * Template parameters with only body placeholders.
   *
   * @param name the approved template name
   * @param category the template category
   * @param language the template language
   * @param body placeholder number ({@code "1"}, {@code "2"}, ...) to value
   * @return the parameters
   */
  public static MessageTemplateParams ofBody(
      String name, String category, String language, Map<String, String> body) {
    return new MessageTemplateParams(name, category, language, Map.of("body", new LinkedHashMap<>(body)));
  }
}
