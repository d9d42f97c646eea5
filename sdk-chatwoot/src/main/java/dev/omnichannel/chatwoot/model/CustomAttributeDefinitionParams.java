package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.List;

/**
 * Fields for creating ({@code POST}) or updating ({@code PATCH}) a custom attribute definition under {@code /api/v1/accounts/{account_id}/custom_attribute_definitions}. Chatwoot accepts the display type and model either as their names or as the integer codes the spec documents.
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link Builder#extra(String, Object)} adds fields this class does not know yet. Immutable.
 */
public final class CustomAttributeDefinitionParams extends JsonParams {

  private CustomAttributeDefinitionParams(Builder b) {
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

  /** Builder for {@link CustomAttributeDefinitionParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code attribute_display_name}: the name shown in the dashboard.
     *
     * @param attributeDisplayName the value; null removes it
     * @return this builder
     */
    public Builder attributeDisplayName(String attributeDisplayName) {
      return put("attribute_display_name", attributeDisplayName);
    }

    /**
     * Sets {@code attribute_display_type}: the type by name: {@code text}, {@code number}, {@code currency}, {@code percent}, {@code link}, {@code date}, {@code list}, {@code checkbox}.
     *
     * @param attributeDisplayType the value; null removes it
     * @return this builder
     */
    public Builder attributeDisplayType(String attributeDisplayType) {
      return put("attribute_display_type", attributeDisplayType);
    }

    /**
     * Sets {@code attribute_description}: the description.
     *
     * @param attributeDescription the value; null removes it
     * @return this builder
     */
    public Builder attributeDescription(String attributeDescription) {
      return put("attribute_description", attributeDescription);
    }

    /**
     * Sets {@code attribute_key}: the key used in {@code custom_attributes}.
     *
     * @param attributeKey the value; null removes it
     * @return this builder
     */
    public Builder attributeKey(String attributeKey) {
      return put("attribute_key", attributeKey);
    }

    /**
     * Sets {@code attribute_values}: the allowed values of a {@code list} attribute.
     *
     * @param attributeValues the value; null removes it
     * @return this builder
     */
    public Builder attributeValues(List<String> attributeValues) {
      return put("attribute_values", attributeValues);
    }

    /**
     * Sets {@code attribute_model}: the model by name: {@code conversation_attribute} or {@code contact_attribute}.
     *
     * @param attributeModel the value; null removes it
     * @return this builder
     */
    public Builder attributeModel(String attributeModel) {
      return put("attribute_model", attributeModel);
    }

    /**
     * Sets {@code regex_pattern}: a validation pattern (text attributes).
     *
     * @param regexPattern the value; null removes it
     * @return this builder
     */
    public Builder regexPattern(String regexPattern) {
      return put("regex_pattern", regexPattern);
    }

    /**
     * Sets {@code regex_cue}: the message shown when the pattern does not match.
     *
     * @param regexCue the value; null removes it
     * @return this builder
     */
    public Builder regexCue(String regexCue) {
      return put("regex_cue", regexCue);
    }

    /**
     * Sets {@code attribute_display_type} by the spec's integer code (text 0, number 1, currency 2,
     * percent 3, link 4, date 5, list 6, checkbox 7).
     *
     * @param code the code
     * @return this builder
     */
    public Builder attributeDisplayType(int code) {
      return put("attribute_display_type", code);
    }

    /**
     * Sets {@code attribute_model} by the spec's integer code (conversation_attribute 0,
     * contact_attribute 1).
     *
     * @param code the code
     * @return this builder
     */
    public Builder attributeModel(int code) {
      return put("attribute_model", code);
    }

    /**
     * Builds the parameters.
     *
     * @return the CustomAttributeDefinitionParams
     */
    public CustomAttributeDefinitionParams build() {
      return new CustomAttributeDefinitionParams(this);
    }

  }
}
