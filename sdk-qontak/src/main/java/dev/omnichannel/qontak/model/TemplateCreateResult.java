package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * What a template create answers inside the outer envelope's {@code data}: Qontak wraps twice,
 * {@code {"status":"success","data":{"status":"success","data":[Template]}}} (HTTP 201), one
 * template per submitted language, each {@code PENDING} until Meta reviews it.
 *
 * @param status the inner status, {@code success}
 * @param templates the created templates (the inner {@code data}), never null
 */
public record TemplateCreateResult(String status, @Json(name = "data") List<Template> templates) {

  /**
   * Normalises missing templates to an empty list.
   *
   * @param status the inner status
   * @param templates the created templates
   */
  public TemplateCreateResult {
    templates = JsonSupport.listOrEmpty(templates);
  }

  /**
   * The first (for a one-language create, the only) created template.
   *
   * @return the template, or null when the answer listed none
   */
  public Template template() {
    return templates.isEmpty() ? null : templates.get(0);
  }
}
