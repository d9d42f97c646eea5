package dev.omnichannel.chatwoot.model;

import dev.omnichannel.core.JsonParams;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The inbox fields shared by {@link InboxCreateParams.Builder} and {@link
 * InboxUpdateParams.Builder}: everything but the channel (and, on update, the working hours).
 *
 * @param <B> the concrete builder, returned by every setter
 */
abstract class InboxParamsBuilder<B extends InboxParamsBuilder<B>>
    extends JsonParams.Builder<B> {

  /** Creates an empty builder. */
  InboxParamsBuilder() {}

  /**
   * Sets {@code name}: the inbox name.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B name(String value) {
    return put("name", value);
  }

  /**
   * Sets {@code greeting_enabled}: whether a greeting message is sent when a conversation starts.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B greetingEnabled(Boolean value) {
    return put("greeting_enabled", value);
  }

  /**
   * Sets {@code greeting_message}: the greeting message.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B greetingMessage(String value) {
    return put("greeting_message", value);
  }

  /**
   * Sets {@code enable_email_collect}: whether the website widget asks for an e-mail address.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B enableEmailCollect(Boolean value) {
    return put("enable_email_collect", value);
  }

  /**
   * Sets {@code csat_survey_enabled}: whether a CSAT survey is sent after resolution.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B csatSurveyEnabled(Boolean value) {
    return put("csat_survey_enabled", value);
  }

  /**
   * Sets {@code csat_config}: the CSAT configuration ({@code display_type}, {@code message}, {@code button_text}, {@code language}, {@code survey_rules}).
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B csatConfig(Map<String, ?> value) {
    return put("csat_config", value == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(value)));
  }

  /**
   * Sets {@code enable_auto_assignment}: whether conversations are auto-assigned to inbox members.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B enableAutoAssignment(Boolean value) {
    return put("enable_auto_assignment", value);
  }

  /**
   * Sets {@code working_hours_enabled}: whether working hours apply.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B workingHoursEnabled(Boolean value) {
    return put("working_hours_enabled", value);
  }

  /**
   * Sets {@code out_of_office_message}: the message sent outside working hours.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B outOfOfficeMessage(String value) {
    return put("out_of_office_message", value);
  }

  /**
   * Sets {@code timezone}: the inbox time zone, e.g. {@code America/New_York}.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B timezone(String value) {
    return put("timezone", value);
  }

  /**
   * Sets {@code allow_messages_after_resolved}: whether contacts may write after resolution (website).
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B allowMessagesAfterResolved(Boolean value) {
    return put("allow_messages_after_resolved", value);
  }

  /**
   * Sets {@code lock_to_single_conversation}: whether a contact keeps one active conversation (API, LINE, Telegram, WhatsApp, SMS).
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B lockToSingleConversation(Boolean value) {
    return put("lock_to_single_conversation", value);
  }

  /**
   * Sets {@code portal_id}: the help center portal attached to the inbox.
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B portalId(Long value) {
    return put("portal_id", value);
  }

  /**
   * Sets {@code sender_name_type}: {@code friendly} or {@code professional} (website, e-mail).
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B senderNameType(String value) {
    return put("sender_name_type", value);
  }

  /**
   * Sets {@code business_name}: the business name of outbound e-mail replies (website, e-mail).
   *
   * @param value the value; null removes it
   * @return this builder
   */
  public B businessName(String value) {
    return put("business_name", value);
  }
}
