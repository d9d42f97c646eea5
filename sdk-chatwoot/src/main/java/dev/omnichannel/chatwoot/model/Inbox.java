package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A Chatwoot inbox. As the root of {@code inbox_created} / {@code inbox_updated} it has the
 * settings, {@code working_hours}, the raw {@code channel} row and {@code account}, but <b>no inbox
 * {@code id} or {@code name}</b>; API responses have {@code id}, {@code name} and {@code
 * channel_type}. The raw channel row can hold credentials ({@code hmac_token}, {@code secret}), so
 * {@link #toString()} leaves it out, as it leaves out {@code hmac_token} and
 * {@code provider_config} of API responses. API responses flatten the channel's settings into
 * the inbox (web widget, API, e-mail, WhatsApp fields below; null for other channels).
 *
 * @param id the inbox id (API responses; absent in webhooks)
 * @param name the inbox name (API responses; absent in webhooks)
 * @param channelId the channel id (API responses)
 * @param channelType the channel class (API responses)
 * @param allowMessagesAfterResolved whether contacts may write after resolution
 * @param lockToSingleConversation whether one conversation per contact is kept
 * @param autoAssignmentConfig the auto-assignment configuration
 * @param enableAutoAssignment whether auto-assignment is on
 * @param enableEmailCollect whether the widget collects e-mail addresses
 * @param greetingEnabled whether the greeting is on
 * @param greetingMessage the greeting, may be null
 * @param csatSurveyEnabled whether CSAT surveys are on
 * @param businessName the business name, may be null
 * @param senderNameType {@code friendly} or {@code professional}
 * @param timezone the time zone, e.g. {@code Europe/Berlin}
 * @param outOfOfficeMessage the out-of-office message, may be null
 * @param workingHoursEnabled whether working hours apply
 * @param workingHours the working hours, never null
 * @param createdAt the creation time
 * @param updatedAt the update time
 * @param channel the raw channel row; its shape depends on the channel and it may hold credentials
 * @param account the account
 * @param avatarUrl the avatar URL (API responses)
 * @param websiteUrl the widget's website (web widget)
 * @param websiteToken the widget token (web widget)
 * @param widgetColor the widget colour (web widget)
 * @param welcomeTitle the widget's welcome title (web widget)
 * @param welcomeTagline the widget's welcome tagline (web widget)
 * @param webWidgetScript the script that loads the widget (web widget)
 * @param selectedFeatureFlags the widget features on (web widget), never null
 * @param replyTime the expected reply time (web widget)
 * @param preChatFormEnabled whether the pre-chat form is on (web widget)
 * @param preChatFormOptions the pre-chat form options (web widget)
 * @param continuityViaEmail whether conversations continue by e-mail (web widget)
 * @param hmacMandatory whether identity verification is enforced (web widget, API)
 * @param hmacToken the identity-verification secret (administrators only; hidden from {@code toString()})
 * @param csatResponseVisible whether agents see CSAT responses
 * @param callbackWebhookUrl the provider callback URL Chatwoot listens on
 * @param webhookUrl the URL Chatwoot posts this inbox's events to (API)
 * @param inboxIdentifier the identifier of the Client API (API); it acts as a credential, so {@code toString()} masks it
 * @param additionalAttributes free-form channel attributes (API)
 * @param provider the provider (WhatsApp, e-mail, SMS)
 * @param providerConfig the provider configuration, which holds credentials (WhatsApp, administrators only; hidden from {@code toString()})
 * @param phoneNumber the phone number (WhatsApp, SMS, Twilio)
 * @param email the support address (e-mail)
 * @param forwardToEmail the forwarding address (e-mail)
 * @param messagingServiceSid the Twilio messaging service (Twilio)
 * @param pageId the Facebook page id (Facebook)
 * @param helpCenter the attached help center ({@code name}, {@code slug})
 * @param messageTemplates the synced WhatsApp templates (WhatsApp), never null
 * @param secret the key this inbox's API-channel callbacks are signed with (API inboxes, Chatwoot
 *     v4.13.0+, administrators only; hidden from {@code toString()}); pass it to {@code
 *     ChatwootWebhooks.verifier}. It is not the {@code hmac_token}
 */
public record Inbox(
    Long id,
    String name,
    @Json(name = "channel_id") Long channelId,
    @Json(name = "channel_type") String channelType,
    @Json(name = "allow_messages_after_resolved") Boolean allowMessagesAfterResolved,
    @Json(name = "lock_to_single_conversation") Boolean lockToSingleConversation,
    @Json(name = "auto_assignment_config") Map<String, Object> autoAssignmentConfig,
    @Json(name = "enable_auto_assignment") Boolean enableAutoAssignment,
    @Json(name = "enable_email_collect") Boolean enableEmailCollect,
    @Json(name = "greeting_enabled") Boolean greetingEnabled,
    @Json(name = "greeting_message") String greetingMessage,
    @Json(name = "csat_survey_enabled") Boolean csatSurveyEnabled,
    @Json(name = "business_name") String businessName,
    @Json(name = "sender_name_type") String senderNameType,
    String timezone,
    @Json(name = "out_of_office_message") String outOfOfficeMessage,
    @Json(name = "working_hours_enabled") Boolean workingHoursEnabled,
    @Json(name = "working_hours") List<WorkingHours> workingHours,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    Map<String, Object> channel,
    Account account,
    @Json(name = "avatar_url") String avatarUrl,
    @Json(name = "website_url") String websiteUrl,
    @Json(name = "website_token") String websiteToken,
    @Json(name = "widget_color") String widgetColor,
    @Json(name = "welcome_title") String welcomeTitle,
    @Json(name = "welcome_tagline") String welcomeTagline,
    @Json(name = "web_widget_script") String webWidgetScript,
    @Json(name = "selected_feature_flags") List<String> selectedFeatureFlags,
    @Json(name = "reply_time") String replyTime,
    @Json(name = "pre_chat_form_enabled") Boolean preChatFormEnabled,
    @Json(name = "pre_chat_form_options") Map<String, Object> preChatFormOptions,
    @Json(name = "continuity_via_email") Boolean continuityViaEmail,
    @Json(name = "hmac_mandatory") Boolean hmacMandatory,
    @Json(name = "hmac_token") String hmacToken,
    @Json(name = "csat_response_visible") Boolean csatResponseVisible,
    @Json(name = "callback_webhook_url") String callbackWebhookUrl,
    @Json(name = "webhook_url") String webhookUrl,
    @Json(name = "inbox_identifier") String inboxIdentifier,
    @Json(name = "additional_attributes") Map<String, Object> additionalAttributes,
    String provider,
    @Json(name = "provider_config") Map<String, Object> providerConfig,
    @Json(name = "phone_number") String phoneNumber,
    String email,
    @Json(name = "forward_to_email") String forwardToEmail,
    @Json(name = "messaging_service_sid") String messagingServiceSid,
    @Json(name = "page_id") String pageId,
    @Json(name = "help_center") Map<String, Object> helpCenter,
    @Json(name = "message_templates") List<Map<String, Object>> messageTemplates,
    String secret) {

  /**
   * Normalises absent lists to empty ones.
   *
   * @param id the inbox id (API responses; absent in webhooks)
   * @param name the inbox name (API responses; absent in webhooks)
   * @param channelId the channel id (API responses)
   * @param channelType the channel class (API responses)
   * @param allowMessagesAfterResolved whether contacts may write after resolution
   * @param lockToSingleConversation whether one conversation per contact is kept
   * @param autoAssignmentConfig the auto-assignment configuration
   * @param enableAutoAssignment whether auto-assignment is on
   * @param enableEmailCollect whether the widget collects e-mail addresses
   * @param greetingEnabled whether the greeting is on
   * @param greetingMessage the greeting, may be null
   * @param csatSurveyEnabled whether CSAT surveys are on
   * @param businessName the business name, may be null
   * @param senderNameType {@code friendly} or {@code professional}
   * @param timezone the time zone, e.g. {@code Europe/Berlin}
   * @param outOfOfficeMessage the out-of-office message, may be null
   * @param workingHoursEnabled whether working hours apply
   * @param workingHours the working hours, never null
   * @param createdAt the creation time
   * @param updatedAt the update time
   * @param channel the raw channel row; its shape depends on the channel and it may hold credentials
   * @param account the account
   * @param avatarUrl the avatar URL (API responses)
   * @param websiteUrl the widget's website (web widget)
   * @param websiteToken the widget token (web widget)
   * @param widgetColor the widget colour (web widget)
   * @param welcomeTitle the widget's welcome title (web widget)
   * @param welcomeTagline the widget's welcome tagline (web widget)
   * @param webWidgetScript the script that loads the widget (web widget)
   * @param selectedFeatureFlags the widget features on (web widget), never null
   * @param replyTime the expected reply time (web widget)
   * @param preChatFormEnabled whether the pre-chat form is on (web widget)
   * @param preChatFormOptions the pre-chat form options (web widget)
   * @param continuityViaEmail whether conversations continue by e-mail (web widget)
   * @param hmacMandatory whether identity verification is enforced (web widget, API)
   * @param hmacToken the identity-verification secret (administrators only; hidden from {@code toString()})
   * @param csatResponseVisible whether agents see CSAT responses
   * @param callbackWebhookUrl the provider callback URL Chatwoot listens on
   * @param webhookUrl the URL Chatwoot posts this inbox's events to (API)
   * @param inboxIdentifier the identifier of the Client API (API); it acts as a credential, so {@code toString()} masks it
   * @param additionalAttributes free-form channel attributes (API)
   * @param provider the provider (WhatsApp, e-mail, SMS)
   * @param providerConfig the provider configuration, which holds credentials (WhatsApp, administrators only; hidden from {@code toString()})
   * @param phoneNumber the phone number (WhatsApp, SMS, Twilio)
   * @param email the support address (e-mail)
   * @param forwardToEmail the forwarding address (e-mail)
   * @param messagingServiceSid the Twilio messaging service (Twilio)
   * @param pageId the Facebook page id (Facebook)
   * @param helpCenter the attached help center ({@code name}, {@code slug})
   * @param messageTemplates the synced WhatsApp templates (WhatsApp), never null
   * @param secret the key this inbox's API-channel callbacks are signed with (API inboxes, Chatwoot
   *     v4.13.0+, administrators only; hidden from {@code toString()}); pass it to {@code
   *     ChatwootWebhooks.verifier}. It is not the {@code hmac_token}
   */
  public Inbox {
    workingHours = JsonSupport.listOrEmpty(workingHours);
    selectedFeatureFlags = JsonSupport.listOrEmpty(selectedFeatureFlags);
    messageTemplates = JsonSupport.listOrEmpty(messageTemplates);
  }

  /**
   * Describes the inbox without the raw channel row, {@code hmac_token} and {@code provider_config}, which may hold
   * credentials; the Client API {@code inbox_identifier} and the signing {@code secret} are masked.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "Inbox[id=" + id + ", name=" + name + ", channelType=" + channelType
        + ", timezone=" + timezone + ", inboxIdentifier=" + hidden(inboxIdentifier) + ", webhookUrl=" + webhookUrl
        + ", account=" + account + ", secret=" + hidden(secret) + "]";
  }

  private static String hidden(String credential) {
    return credential == null ? "null" : "██";
  }
}
