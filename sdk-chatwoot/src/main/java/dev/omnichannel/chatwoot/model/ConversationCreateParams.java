package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fields for {@code POST /api/v1/accounts/{account_id}/conversations}
 * ({@code conversation_create_payload}). Only the fields set are sent. Immutable.
 *
 * <p>The conversation is opened on a contact inbox: give the {@code source_id} of an existing
 * contact inbox (from contact create or {@code contact_inboxes}), or give {@code inbox_id} and
 * {@code contact_id} and the server finds or creates the contact inbox ({@code source_id} is then
 * optional, although the spec marks it required).
 */
public final class ConversationCreateParams extends JsonParams {

  private ConversationCreateParams(Builder b) {
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

  /** Builder for {@link ConversationCreateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code source_id}: the contact inbox's source id (the contact's session in the inbox).
     *
     * @param sourceId the value; null removes it
     * @return this builder
     */
    public Builder sourceId(String sourceId) {
      return put("source_id", sourceId);
    }

    /**
     * Sets {@code inbox_id}: the inbox (website, phone, API or email) to open the conversation in.
     *
     * @param inboxId the value; null removes it
     * @return this builder
     */
    public Builder inboxId(Long inboxId) {
      return put("inbox_id", inboxId);
    }

    /**
     * Sets {@code contact_id}: the contact the conversation is with.
     *
     * @param contactId the value; null removes it
     * @return this builder
     */
    public Builder contactId(Long contactId) {
      return put("contact_id", contactId);
    }

    /**
     * Sets {@code additional_attributes}, e.g. browser information.
     *
     * @param additionalAttributes the value; null removes it
     * @return this builder
     */
    public Builder additionalAttributes(Map<String, ?> additionalAttributes) {
      return put("additional_attributes", additionalAttributes);
    }

    /**
     * Sets {@code custom_attributes}: values of the account's conversation custom attributes.
     *
     * @param customAttributes the value; null removes it
     * @return this builder
     */
    public Builder customAttributes(Map<String, ?> customAttributes) {
      return put("custom_attributes", customAttributes);
    }

    /**
     * Sets {@code status}: {@code open}, {@code resolved} or {@code pending}.
     *
     * @param status the value; null removes it
     * @return this builder
     */
    public Builder status(ConversationStatus status) {
      return put("status", status == null ? null : status.value());
    }

    /**
     * Sets {@code assignee_id}: the agent to assign.
     *
     * @param assigneeId the user id; null removes it
     * @return this builder
     */
    public Builder assigneeId(Long assigneeId) {
      return put("assignee_id", assigneeId);
    }

    /**
     * Sets {@code team_id}: the team to assign.
     *
     * @param teamId the team id; null removes it
     * @return this builder
     */
    public Builder teamId(Long teamId) {
      return put("team_id", teamId);
    }

    /**
     * Sets {@code snoozed_until}, sent as an ISO-8601 date-time as the spec documents for this
     * endpoint.
     *
     * @param snoozedUntil the value; null removes it
     * @return this builder
     */
    public Builder snoozedUntil(Instant snoozedUntil) {
      return put("snoozed_until", snoozedUntil == null ? null : snoozedUntil.toString());
    }

    /**
     * Sets {@code message}: a first outgoing message, {@code {content}}.
     *
     * @param content the message text
     * @return this builder
     * @throws NullPointerException when content is null
     */
    public Builder message(String content) {
      return message(content, null);
    }

    /**
     * Sets {@code message}: a first outgoing message with WhatsApp template parameters,
     * {@code {content, template_params}}.
     *
     * @param content the message text
     * @param templateParams the {@code template_params} ({@code name}, {@code category},
     *     {@code language}, {@code processed_params}), or null for none
     * @return this builder
     * @throws NullPointerException when content is null
     */
    public Builder message(String content, Map<String, ?> templateParams) {
      Map<String, Object> message = new LinkedHashMap<>();
      message.put("content", Objects.requireNonNull(content, "content"));
      if (templateParams != null) {
        message.put("template_params", templateParams);
      }
      return put("message", message);
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when neither {@code source_id} nor both {@code inbox_id}
     *     and {@code contact_id} are set
     */
    public ConversationCreateParams build() {
      if (!has("source_id") && !(has("inbox_id") && has("contact_id"))) {
        throw new IllegalArgumentException("sourceId is required (or both inboxId and contactId)");
      }
      return new ConversationCreateParams(this);
    }
  }
}
