package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import java.util.List;

/**
 * Sample values of a new template's component ({@code example}), which Meta needs to review
 * templates with variables or media. Unset lists are not sent.
 *
 * @param bodyText samples of the body's {@code {{1}}}, {@code {{2}}}, ... variables, as one list
 *     per sample set ({@code [["Budi","INV-1"]]})
 * @param headerText the sample of a text header's variable
 * @param headerHandle the sample media of a media header (a public URL or a Meta upload handle)
 */
public record TemplateExample(
    @Json(name = "body_text") List<List<String>> bodyText,
    @Json(name = "header_text") List<String> headerText,
    @Json(name = "header_handle") List<String> headerHandle) {

  /**
   * Copies the lists (null stays null, so it is not sent).
   *
   * @param bodyText samples of the body variables
   * @param headerText the sample of a text header's variable
   * @param headerHandle the sample media of a media header
   */
  public TemplateExample {
    bodyText = bodyText == null ? null : bodyText.stream().map(List::copyOf).toList();
    headerText = headerText == null ? null : List.copyOf(headerText);
    headerHandle = headerHandle == null ? null : List.copyOf(headerHandle);
  }
}
