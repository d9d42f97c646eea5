package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Types;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The organisation settings object (research §8.1) that the webhook-interaction endpoints return
 * ({@code PUT/GET /message_interactions}, {@code /room_interactions}) and so do
 * {@code PUT /contacts/contact_lists/override_contact_by_upload} and
 * {@code PUT /rooms/agent_assign_another_agent}. The webhook event settings and the best-known
 * flags are typed; {@link #raw()} holds the whole object as sent (Qontak returns dozens of feature
 * flags that change often), so nothing is lost. {@code toString()} shows the typed part only.
 *
 * @param receiveMessageFromCustomer webhook {@code receive_message_from_customer} (event {@code message_interaction})
 * @param receiveMessageFromAgent webhook {@code receive_message_from_agent} (event {@code message_interaction})
 * @param statusMessage webhook {@code status_message}: delivery status of agent, bot and broadcast messages
 * @param broadcastLogStatus webhook {@code broadcast_log_status}: per-recipient broadcast log updates
 * @param roomResolved webhook {@code room_resolved} (event {@code room_interaction})
 * @param roomCreated webhook {@code room_created} (event {@code room_interaction})
 * @param agentAssignedToRoom webhook {@code agent_assigned_to_room} (event {@code agent_responsibility})
 * @param agentUnassignedFromRoom webhook {@code agent_unassigned_from_room} (event {@code agent_responsibility})
 * @param agentHandoverRoom webhook {@code agent_handover_room} (event {@code agent_responsibility})
 * @param customAgentAllocation webhook {@code custom_agent_allocation}; must be enabled for
 *     {@code assign_round_robin}
 * @param statusTemplate webhook {@code status_template}: template approval status (event {@code waba_interaction})
 * @param availableUserStatus webhook {@code available_user_status}: agent availability
 * @param autoAssignAgent {@code auto_assign_agent}: new rooms are assigned automatically
 * @param agentCanTakeover {@code agent_can_takeover}: agents may take unassigned rooms
 * @param agentCanAssignAgent {@code agent_can_assign_agent}: agents may assign other agents
 * @param agentCanSendBroadcast {@code agent_can_send_broadcast}
 * @param isOverrideContactByUpload {@code is_override_contact_by_upload}: uploads overwrite contact names
 * @param autoResponderInOfficeHours {@code auto_responder_in_office_hours}
 * @param autoResponderOutOfficeHours {@code auto_responder_out_office_hours}
 * @param roundRobinAllAgent {@code round_robin_all_agent}
 * @param roundRobinOnlineAgent {@code round_robin_online_agent}
 * @param isQueueRoundRobin {@code is_queue_round_robin}
 * @param limitOngoingChat {@code limit_ongoing_chat}
 * @param isContactMasking {@code is_contact_masking}
 * @param broadcastInterval {@code broadcast_interval}
 * @param broadcastRate {@code broadcast_rate}
 * @param contactListUpload {@code contact_list_upload}: most rows of a contact-list upload
 * @param contactListUploadCsv {@code contact_list_upload_csv}: most rows of a CSV upload
 * @param contactListUploadExcel {@code contact_list_upload_excel}: most rows of an Excel upload
 * @param appType {@code app_type}, e.g. {@code full}
 * @param raw the whole settings object as sent, typed keys included (numbers are doubles)
 */
public record OrganizationSettings(
    @Json(name = "receive_message_from_customer") InteractionSubscription receiveMessageFromCustomer,
    @Json(name = "receive_message_from_agent") InteractionSubscription receiveMessageFromAgent,
    @Json(name = "status_message") InteractionSubscription statusMessage,
    @Json(name = "broadcast_log_status") InteractionSubscription broadcastLogStatus,
    @Json(name = "room_resolved") InteractionSubscription roomResolved,
    @Json(name = "room_created") InteractionSubscription roomCreated,
    @Json(name = "agent_assigned_to_room") InteractionSubscription agentAssignedToRoom,
    @Json(name = "agent_unassigned_from_room") InteractionSubscription agentUnassignedFromRoom,
    @Json(name = "agent_handover_room") InteractionSubscription agentHandoverRoom,
    @Json(name = "custom_agent_allocation") InteractionSubscription customAgentAllocation,
    @Json(name = "status_template") InteractionSubscription statusTemplate,
    @Json(name = "available_user_status") InteractionSubscription availableUserStatus,
    @Json(name = "auto_assign_agent") Boolean autoAssignAgent,
    @Json(name = "agent_can_takeover") Boolean agentCanTakeover,
    @Json(name = "agent_can_assign_agent") Boolean agentCanAssignAgent,
    @Json(name = "agent_can_send_broadcast") Boolean agentCanSendBroadcast,
    @Json(name = "is_override_contact_by_upload") Boolean isOverrideContactByUpload,
    @Json(name = "auto_responder_in_office_hours") WebhookSettingsAutoResponder autoResponderInOfficeHours,
    @Json(name = "auto_responder_out_office_hours") WebhookSettingsAutoResponder autoResponderOutOfficeHours,
    @Json(name = "round_robin_all_agent") Boolean roundRobinAllAgent,
    @Json(name = "round_robin_online_agent") Boolean roundRobinOnlineAgent,
    @Json(name = "is_queue_round_robin") Boolean isQueueRoundRobin,
    @Json(name = "limit_ongoing_chat") WebhookSettingsOngoingChatLimit limitOngoingChat,
    @Json(name = "is_contact_masking") Boolean isContactMasking,
    @Json(name = "broadcast_interval") Integer broadcastInterval,
    @Json(name = "broadcast_rate") WebhookSettingsBroadcastRate broadcastRate,
    @Json(name = "contact_list_upload") Integer contactListUpload,
    @Json(name = "contact_list_upload_csv") Integer contactListUploadCsv,
    @Json(name = "contact_list_upload_excel") Integer contactListUploadExcel,
    @Json(name = "app_type") String appType,
    Map<String, Object> raw) {

  /**
   * Normalises a missing {@code raw} to an empty, unmodifiable map.
   *
   * @param receiveMessageFromCustomer webhook {@code receive_message_from_customer}
   * @param receiveMessageFromAgent webhook {@code receive_message_from_agent}
   * @param statusMessage webhook {@code status_message}
   * @param broadcastLogStatus webhook {@code broadcast_log_status}
   * @param roomResolved webhook {@code room_resolved}
   * @param roomCreated webhook {@code room_created}
   * @param agentAssignedToRoom webhook {@code agent_assigned_to_room}
   * @param agentUnassignedFromRoom webhook {@code agent_unassigned_from_room}
   * @param agentHandoverRoom webhook {@code agent_handover_room}
   * @param customAgentAllocation webhook {@code custom_agent_allocation}
   * @param statusTemplate webhook {@code status_template}
   * @param availableUserStatus webhook {@code available_user_status}
   * @param autoAssignAgent {@code auto_assign_agent}
   * @param agentCanTakeover {@code agent_can_takeover}
   * @param agentCanAssignAgent {@code agent_can_assign_agent}
   * @param agentCanSendBroadcast {@code agent_can_send_broadcast}
   * @param isOverrideContactByUpload {@code is_override_contact_by_upload}
   * @param autoResponderInOfficeHours {@code auto_responder_in_office_hours}
   * @param autoResponderOutOfficeHours {@code auto_responder_out_office_hours}
   * @param roundRobinAllAgent {@code round_robin_all_agent}
   * @param roundRobinOnlineAgent {@code round_robin_online_agent}
   * @param isQueueRoundRobin {@code is_queue_round_robin}
   * @param limitOngoingChat {@code limit_ongoing_chat}
   * @param isContactMasking {@code is_contact_masking}
   * @param broadcastInterval {@code broadcast_interval}
   * @param broadcastRate {@code broadcast_rate}
   * @param contactListUpload {@code contact_list_upload}
   * @param contactListUploadCsv {@code contact_list_upload_csv}
   * @param contactListUploadExcel {@code contact_list_upload_excel}
   * @param appType {@code app_type}
   * @param raw the whole object as sent
   */
  public OrganizationSettings {
    raw = raw == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(raw));
  }

  /**
   * Any setting by its key, typed or not (e.g. {@code "wa_cloud"}, {@code "message_search"}).
   *
   * @param key the settings key
   * @return the raw value (maps, lists, strings, doubles, booleans), or null when absent
   */
  public Object get(String key) {
    return raw.get(key);
  }

  /**
   * A webhook event setting by its key, including keys this SDK has no component for.
   *
   * @param key the settings key, e.g. {@code "room_resolved"}
   * @param moshi a Moshi to convert with (use {@link QontakJson#moshi()})
   * @return the setting, or null when absent or not an event setting
   */
  public InteractionSubscription subscription(String key, com.squareup.moshi.Moshi moshi) {
    Object v = raw.get(key);
    if (!(v instanceof Map<?, ?> m) || !m.containsKey("webhooks")) {
      return null;
    }
    return moshi.adapter(InteractionSubscription.class).fromJsonValue(v);
  }

  /** The typed part only; {@code raw} is summarised by its size. */
  @Override
  public String toString() {
    return "OrganizationSettings[receiveMessageFromCustomer=" + receiveMessageFromCustomer
        + ", receiveMessageFromAgent=" + receiveMessageFromAgent + ", statusMessage=" + statusMessage
        + ", broadcastLogStatus=" + broadcastLogStatus + ", roomResolved=" + roomResolved
        + ", roomCreated=" + roomCreated + ", statusTemplate=" + statusTemplate
        + ", autoAssignAgent=" + autoAssignAgent + ", agentCanTakeover=" + agentCanTakeover
        + ", agentCanAssignAgent=" + agentCanAssignAgent + ", raw=" + raw.size() + " keys]";
  }

  /** Registered in {@link QontakJson}: fills {@link #raw()} with the whole object. */
  static final JsonAdapter.Factory JSON_ADAPTER_FACTORY = new AdapterFactory();

  private static final class AdapterFactory implements JsonAdapter.Factory {
    @Override
    public JsonAdapter<?> create(java.lang.reflect.Type type, java.util.Set<? extends java.lang.annotation.Annotation> annotations,
        com.squareup.moshi.Moshi moshi) {
      if (type != OrganizationSettings.class || !annotations.isEmpty()) {
        return null;
      }
      JsonAdapter<OrganizationSettings> typed = moshi.nextAdapter(this, type, annotations);
      JsonAdapter<Map<String, Object>> map = moshi.adapter(Types.newParameterizedType(Map.class, String.class, Object.class));
      return new JsonAdapter<OrganizationSettings>() {
        @Override
        public OrganizationSettings fromJson(JsonReader reader) throws IOException {
          if (reader.peek() == JsonReader.Token.NULL) {
            return reader.nextNull();
          }
          Map<String, Object> all = map.fromJson(reader);
          Map<String, Object> typedOnly = new LinkedHashMap<>(all);
          typedOnly.remove("raw");
          OrganizationSettings s = typed.fromJsonValue(typedOnly);
          return new OrganizationSettings(s.receiveMessageFromCustomer, s.receiveMessageFromAgent, s.statusMessage,
              s.broadcastLogStatus, s.roomResolved, s.roomCreated, s.agentAssignedToRoom, s.agentUnassignedFromRoom,
              s.agentHandoverRoom, s.customAgentAllocation, s.statusTemplate, s.availableUserStatus,
              s.autoAssignAgent, s.agentCanTakeover, s.agentCanAssignAgent, s.agentCanSendBroadcast,
              s.isOverrideContactByUpload, s.autoResponderInOfficeHours, s.autoResponderOutOfficeHours,
              s.roundRobinAllAgent, s.roundRobinOnlineAgent, s.isQueueRoundRobin, s.limitOngoingChat,
              s.isContactMasking, s.broadcastInterval, s.broadcastRate, s.contactListUpload,
              s.contactListUploadCsv, s.contactListUploadExcel, s.appType, all);
        }

        @Override
        public void toJson(JsonWriter writer, OrganizationSettings value) throws IOException {
          if (value == null) {
            writer.nullValue();
          } else {
            map.toJson(writer, value.raw);
          }
        }
      };
    }
  }
}
