package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The contact's reply to an interactive bot message ({@code public_message_update_payload}):
 * {@code submitted_values} for an {@code input_select}, {@code form} or {@code input_csat}
 * message. Exactly one of the setters is needed; the last one called wins.
 */
public final class PublicMessageUpdateParams extends JsonParams {

  private PublicMessageUpdateParams(Builder b) {
    super(b);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link PublicMessageUpdateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code submitted_values} to one object, as documented: e.g. {@code name}, {@code title}
     * and {@code value} of the chosen option or field.
     *
     * @param submittedValues the object
     * @return this builder
     */
    public Builder submittedValues(Map<String, ?> submittedValues) {
      return put("submitted_values", submittedValues);
    }

    /**
     * Sets {@code submitted_values} to a list of objects, the form Chatwoot's own widget sends for
     * {@code form} messages (one {@code {name, title, value}} per field). Not in the spec, which
     * documents a single object; the server permits both.
     *
     * @param submittedValues the objects
     * @return this builder
     */
    public Builder submittedValueList(List<? extends Map<String, ?>> submittedValues) {
      return put("submitted_values", submittedValues);
    }

    /**
     * Sets {@code submitted_values} to the chosen option of an {@code input_select} message:
     * {@code {"title": title, "value": value}}.
     *
     * @param title the option title
     * @param value the option value
     * @return this builder
     */
    public Builder selectedOption(String title, String value) {
      Map<String, Object> option = new LinkedHashMap<>();
      option.put("title", title);
      option.put("value", value);
      return put("submitted_values", option);
    }

    /**
     * Sets {@code submitted_values} to a CSAT answer:
     * {@code {"csat_survey_response": {"rating": rating, "feedback_message": feedback}}}.
     *
     * @param rating the rating, 1 to 5
     * @param feedbackMessage the feedback text, or null for none
     * @return this builder
     * @throws IllegalArgumentException when the rating is outside 1 to 5
     */
    public Builder csatSurveyResponse(int rating, String feedbackMessage) {
      if (rating < 1 || rating > 5) {
        throw new IllegalArgumentException("rating must be between 1 and 5");
      }
      Map<String, Object> response = new LinkedHashMap<>();
      response.put("rating", rating);
      if (feedbackMessage != null) {
        response.put("feedback_message", feedbackMessage);
      }
      return put("submitted_values", Map.of("csat_survey_response", response));
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when no submitted values were set
     */
    public PublicMessageUpdateParams build() {
      if (!has("submitted_values")) {
        throw new IllegalArgumentException("submittedValues is required");
      }
      return new PublicMessageUpdateParams(this);
    }
  }
}
