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
 * {@link #toString()} leaves it out.
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
    Account account) {

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
   */
  public Inbox {
    workingHours = JsonSupport.listOrEmpty(workingHours);
  }

  /**
   * Describes the inbox without the raw channel row, which may hold credentials.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "Inbox[id=" + id + ", name=" + name + ", channelType=" + channelType
        + ", timezone=" + timezone + ", account=" + account + "]";
  }
}
