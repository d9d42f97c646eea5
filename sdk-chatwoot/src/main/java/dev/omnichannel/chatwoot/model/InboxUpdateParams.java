package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Fields to change on an inbox ({@code PATCH /api/v1/accounts/{account_id}/inboxes/{id}}). The
 * channel settings go in {@link Builder#channel(InboxChannelParams)}, built with
 * {@link InboxChannelParams#settings()} (no {@code type}).
 *
 * <p>Serialised as a JSON object holding only the fields that were set, in the order they were
 * set; {@link JsonParams.Builder#extra(String, Object)} adds fields this class does not know yet
 * (e.g. {@code avatar_url}). Immutable.
 */
public final class InboxUpdateParams extends JsonParams {

  private InboxUpdateParams(Builder b) {
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

  /** Builder for {@link InboxUpdateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name}: the inbox name.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder name(String value) {
      return put("name", value);
    }

    /**
     * Sets {@code greeting_enabled}: whether a greeting message is sent when a conversation starts.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder greetingEnabled(Boolean value) {
      return put("greeting_enabled", value);
    }

    /**
     * Sets {@code greeting_message}: the greeting message.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder greetingMessage(String value) {
      return put("greeting_message", value);
    }

    /**
     * Sets {@code enable_email_collect}: whether the website widget asks for an e-mail address.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder enableEmailCollect(Boolean value) {
      return put("enable_email_collect", value);
    }

    /**
     * Sets {@code csat_survey_enabled}: whether a CSAT survey is sent after resolution.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder csatSurveyEnabled(Boolean value) {
      return put("csat_survey_enabled", value);
    }

    /**
     * Sets {@code csat_config}: the CSAT configuration ({@code display_type}, {@code message}, {@code button_text}, {@code language}, {@code survey_rules}).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder csatConfig(Map<String, ?> value) {
      return put("csat_config", value == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(value)));
    }

    /**
     * Sets {@code enable_auto_assignment}: whether conversations are auto-assigned to inbox members.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder enableAutoAssignment(Boolean value) {
      return put("enable_auto_assignment", value);
    }

    /**
     * Sets {@code working_hours_enabled}: whether working hours apply.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder workingHoursEnabled(Boolean value) {
      return put("working_hours_enabled", value);
    }

    /**
     * Sets {@code out_of_office_message}: the message sent outside working hours.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder outOfOfficeMessage(String value) {
      return put("out_of_office_message", value);
    }

    /**
     * Sets {@code timezone}: the inbox time zone, e.g. {@code America/New_York}.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder timezone(String value) {
      return put("timezone", value);
    }

    /**
     * Sets {@code allow_messages_after_resolved}: whether contacts may write after resolution (website).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder allowMessagesAfterResolved(Boolean value) {
      return put("allow_messages_after_resolved", value);
    }

    /**
     * Sets {@code lock_to_single_conversation}: whether a contact keeps one active conversation (API, LINE, Telegram, WhatsApp, SMS).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder lockToSingleConversation(Boolean value) {
      return put("lock_to_single_conversation", value);
    }

    /**
     * Sets {@code portal_id}: the help center portal attached to the inbox.
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder portalId(Long value) {
      return put("portal_id", value);
    }

    /**
     * Sets {@code sender_name_type}: {@code friendly} or {@code professional} (website, e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder senderNameType(String value) {
      return put("sender_name_type", value);
    }

    /**
     * Sets {@code business_name}: the business name of outbound e-mail replies (website, e-mail).
     *
     * @param value the value; null removes it
     * @return this builder
     */
    public Builder businessName(String value) {
      return put("business_name", value);
    }

    /**
     * Sets {@code working_hours}: the weekly schedule, one entry per day
     * ({@code day_of_week}, {@code closed_all_day}, {@code open_hour}, {@code open_minutes},
     * {@code close_hour}, {@code close_minutes}, {@code open_all_day}).
     *
     * @param value the schedule; null removes it
     * @return this builder
     */
    public Builder workingHours(List<? extends Map<String, ?>> value) {
      return put("working_hours", value == null ? null : List.copyOf(value));
    }

    /**
     * Sets {@code channel}: channel settings to change, from {@link InboxChannelParams#settings()}.
     *
     * @param channel the channel settings; null removes them
     * @return this builder
     */
    public Builder channel(InboxChannelParams channel) {
      return put("channel", channel == null ? null : channel.toJson());
    }

    /**
     * Builds the parameters.
     *
     * @return the parameters
     */
    public InboxUpdateParams build() {
      return new InboxUpdateParams(this);
    }
  }
}
