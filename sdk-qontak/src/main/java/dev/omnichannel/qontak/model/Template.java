package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * A WhatsApp message template as Qontak lists it ({@code GET /templates/whatsapp}), returns it
 * ({@code GET /templates/{id}/whatsapp}) and echoes it after a create. Use {@link #id} as
 * {@code message_template_id} when sending, and send in exactly {@link #language}: a broadcast to
 * another language is accepted but fails later with WhatsApp error 2001.
 *
 * @param id the template id (UUID)
 * @param organizationId the owning organisation
 * @param name the template name (lowercase letters, digits, underscores); templates created with
 *     {@code POST /templates/whatsapp/hsm_chat} end in {@code _hsm_chat_expired}
 * @param language the language code, e.g. {@code id}, {@code en_US}
 * @param header the header, or null when the template has none
 * @param body the body text with {@code {{1}}}-style placeholders
 * @param footer the footer text, or null
 * @param buttons the buttons, never null
 * @param status the approval status
 * @param category the category (current or legacy)
 * @param qualityRating Meta's quality rating as sent (null in every published sample), raw JSON
 * @param qualityRatingText the quality rating as text, e.g. {@code Neutral}, or null
 * @param type a template type some answers carry, or null
 */
public record Template(
    String id,
    @Json(name = "organization_id") String organizationId,
    String name,
    String language,
    TemplateHeader header,
    String body,
    String footer,
    List<TemplateButton> buttons,
    TemplateStatus status,
    TemplateCategory category,
    @Json(name = "quality_rating") Object qualityRating,
    @Json(name = "quality_rating_text") String qualityRatingText,
    String type) {

  /**
   * Normalises missing buttons to an empty list.
   *
   * @param id the template id (UUID)
   * @param organizationId the owning organisation
   * @param name the template name
   * @param language the language code
   * @param header the header, or null
   * @param body the body text
   * @param footer the footer text, or null
   * @param buttons the buttons
   * @param status the approval status
   * @param category the category
   * @param qualityRating Meta's quality rating, raw JSON
   * @param qualityRatingText the quality rating as text, or null
   * @param type a template type, or null
   */
  public Template {
    buttons = JsonSupport.listOrEmpty(buttons);
  }

  /**
   * Whether the template is approved and can be sent.
   *
   * @return true for {@link TemplateStatus#APPROVED}
   */
  public boolean isApproved() {
    return TemplateStatus.APPROVED.equals(status);
  }
}
