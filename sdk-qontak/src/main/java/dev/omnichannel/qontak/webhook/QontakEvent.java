package dev.omnichannel.qontak.webhook;

import dev.omnichannel.core.json.JsonSupport;
import dev.omnichannel.qontak.model.BroadcastLog;
import dev.omnichannel.qontak.model.Message;
import dev.omnichannel.qontak.model.MessageStatus;
import dev.omnichannel.qontak.model.Room;
import java.util.List;

/**
 * A Qontak webhook delivery. Match on the record types; bodies the SDK cannot classify with
 * confidence are {@link Unknown}. Every event keeps the original JSON in {@link #raw()}.
 *
 * <p>Newer bodies name their event in {@code data_event} (and a category such as {@code
 * message_interaction} in {@code webhook_event}); older bodies have neither and are classified
 * by their shape (see {@link QontakWebhooks#parser()} for the rules). {@link #webhookEvent()} and
 * {@link #dataEvent()} return the fields exactly as sent, so both are null for a body classified
 * by shape.
 */
public sealed interface QontakEvent {

  /**
   * The body as received, decoded from UTF-8.
   *
   * @return the original JSON text, never null
   */
  String raw();

  /**
   * The {@code webhook_event} field as sent, e.g. {@code message_interaction}.
   *
   * @return the value, or null when the body has none (older bodies)
   */
  String webhookEvent();

  /**
   * The {@code data_event} field as sent, e.g. {@code receive_message_from_customer}.
   *
   * @return the value, or null when the body has none (older bodies)
   */
  String dataEvent();

  /** A message webhook: the whole message, re-sent on every status change. */
  sealed interface MessageEvent extends QontakEvent
      permits MessageFromCustomer, MessageFromAgent, MessageStatusChanged {
    /**
     * The message, with its status, timestamps and a room snapshot.
     *
     * @return the message, never null
     */
    Message message();
  }

  /** A room webhook: the room itself plus room-event extras. */
  sealed interface RoomEvent extends QontakEvent permits RoomResolved, RoomCreated, RoomUpdated {
    /**
     * The room.
     *
     * @return the room, never null
     */
    Room room();

    /**
     * The {@code last_message} object as raw JSON text (every digit kept; its {@code raw_message}
     * is the channel's raw inbound payload, e.g. Meta's WhatsApp Cloud webhook).
     *
     * @return the JSON text, or null when absent or null
     */
    String lastMessageJson();
  }

  /**
   * An {@code agent_responsibility} webhook. Qontak does not publish these bodies, so only fields
   * that can be inferred are read; everything else is in {@link #raw()}.
   */
  sealed interface AgentResponsibilityEvent extends QontakEvent
      permits AgentAssigned, AgentUnassigned, AgentHandedOver {
    /**
     * The room id: {@code room_id}, else {@code room.id}, else {@code id} of a room-shaped body.
     *
     * @return the id, or null when none could be found
     */
    String roomId();

    /**
     * The room: the {@code room} object, or the body itself when it is room-shaped.
     *
     * @return the room, or null when the body holds none (or it could not be read)
     */
    Room room();

    /**
     * The agent concerned: {@code agent_id}, else {@code user_id}.
     *
     * @return the id, or null when the body names none
     */
    String agentId();

    /**
     * The room's agents: {@code agent_ids}, else the room's.
     *
     * @return the ids, never null
     */
    List<String> agentIds();
  }

  /**
   * {@code receive_message_from_customer}: a customer sent a message (status {@code created}).
   *
   * @param message the message
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record MessageFromCustomer(Message message, String webhookEvent, String dataEvent, String raw)
      implements MessageEvent {}

  /**
   * {@code receive_message_from_agent}: an agent or bot sent a message (including broadcast
   * messages, {@code is_campaign}). Chatbots replying to customers should ignore these to avoid
   * answering themselves.
   *
   * @param message the message
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record MessageFromAgent(Message message, String webhookEvent, String dataEvent, String raw)
      implements MessageEvent {}

  /**
   * {@code status_message}: the status of an agent, bot or broadcast message changed; Qontak
   * re-sends the whole message with the new status, sometimes out of order, so drop stale ones
   * with a {@link MessageStatusTracker}.
   *
   * @param message the message with its new status
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record MessageStatusChanged(Message message, String webhookEvent, String dataEvent, String raw)
      implements MessageEvent {
    /**
     * The new status (shortcut for {@code message().status()}).
     *
     * @return the status, or null when the body has none
     */
    public MessageStatus status() {
      return message.status();
    }
  }

  /**
   * {@code broadcast_log_status}: one recipient's broadcast log entry changed (pending, sent,
   * delivered, read or failed).
   *
   * @param log the log entry
   * @param trId the {@code tr_id} some deliveries carry, or null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record BroadcastLogStatus(BroadcastLog log, String trId, String webhookEvent, String dataEvent,
      String raw) implements QontakEvent {}

  /**
   * {@code room_resolved}: a room was resolved.
   *
   * @param room the room
   * @param lastMessageJson {@code last_message} as raw JSON, or null
   * @param emailCc {@code email_cc} as plain Java values, or null
   * @param isManualSurvey {@code is_manual_survey}, or null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record RoomResolved(Room room, String lastMessageJson, Object emailCc, Boolean isManualSurvey,
      String webhookEvent, String dataEvent, String raw) implements RoomEvent {}

  /**
   * {@code room_created} (also Mekari's {@code qontak.chat.room.created}): a room was created,
   * usually by a customer's first message.
   *
   * @param room the room
   * @param lastMessageJson {@code last_message} as raw JSON, or null
   * @param emailCc {@code email_cc} as plain Java values, or null
   * @param isManualSurvey {@code is_manual_survey}, or null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record RoomCreated(Room room, String lastMessageJson, Object emailCc, Boolean isManualSurvey,
      String webhookEvent, String dataEvent, String raw) implements RoomEvent {}

  /**
   * {@code room_updated}, {@code add_agent} or Mekari's {@code qontak.chat.room.updated}: a
   * room's status changed (assigned, resolved...). {@link #dataEvent()} tells which change.
   *
   * @param room the room after the change
   * @param lastMessageJson {@code last_message} as raw JSON, or null
   * @param emailCc {@code email_cc} as plain Java values, or null
   * @param isManualSurvey {@code is_manual_survey}, or null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record RoomUpdated(Room room, String lastMessageJson, Object emailCc, Boolean isManualSurvey,
      String webhookEvent, String dataEvent, String raw) implements RoomEvent {}

  /**
   * {@code agent_assigned_to_room}: an agent was assigned to a room (body not public).
   *
   * @param roomId the room id, or null
   * @param room the room, or null
   * @param agentId the agent, or null
   * @param agentIds the room's agents, never null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record AgentAssigned(String roomId, Room room, String agentId, List<String> agentIds,
      String webhookEvent, String dataEvent, String raw) implements AgentResponsibilityEvent {
    /**
     * Normalises a missing list to empty.
     *
     * @param roomId the room id, or null
     * @param room the room, or null
     * @param agentId the agent, or null
     * @param agentIds the room's agents, null meaning none
     * @param webhookEvent {@code webhook_event} as sent, or null
     * @param dataEvent {@code data_event} as sent, or null
     * @param raw the original JSON
     */
    public AgentAssigned {
      agentIds = JsonSupport.listOrEmpty(agentIds);
    }
  }

  /**
   * {@code agent_unassigned_from_room}: an agent was removed from a room (body not public).
   *
   * @param roomId the room id, or null
   * @param room the room, or null
   * @param agentId the agent, or null
   * @param agentIds the room's agents, never null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record AgentUnassigned(String roomId, Room room, String agentId, List<String> agentIds,
      String webhookEvent, String dataEvent, String raw) implements AgentResponsibilityEvent {
    /**
     * Normalises a missing list to empty.
     *
     * @param roomId the room id, or null
     * @param room the room, or null
     * @param agentId the agent, or null
     * @param agentIds the room's agents, null meaning none
     * @param webhookEvent {@code webhook_event} as sent, or null
     * @param dataEvent {@code data_event} as sent, or null
     * @param raw the original JSON
     */
    public AgentUnassigned {
      agentIds = JsonSupport.listOrEmpty(agentIds);
    }
  }

  /**
   * {@code agent_handover_room}: a room was handed over to another agent (body not public).
   *
   * @param roomId the room id, or null
   * @param room the room, or null
   * @param agentId the agent, or null
   * @param agentIds the room's agents, never null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record AgentHandedOver(String roomId, Room room, String agentId, List<String> agentIds,
      String webhookEvent, String dataEvent, String raw) implements AgentResponsibilityEvent {
    /**
     * Normalises a missing list to empty.
     *
     * @param roomId the room id, or null
     * @param room the room, or null
     * @param agentId the agent, or null
     * @param agentIds the room's agents, null meaning none
     * @param webhookEvent {@code webhook_event} as sent, or null
     * @param dataEvent {@code data_event} as sent, or null
     * @param raw the original JSON
     */
    public AgentHandedOver {
      agentIds = JsonSupport.listOrEmpty(agentIds);
    }
  }

  /**
   * {@code custom_agent_allocation}: Qontak asks your service to pick an agent for a room (body
   * not public; read {@link #raw()} for anything else).
   *
   * @param roomId the room id ({@code room_id}, {@code room.id} or a room-shaped body's {@code
   *     id}), or null
   * @param room the room, or null
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record CustomAgentAllocation(String roomId, Room room, String webhookEvent, String dataEvent,
      String raw) implements QontakEvent {}

  /**
   * A body the SDK cannot classify with confidence: an unknown {@code data_event} or {@code
   * webhook_event}, or an older body whose shape matches no rule. Nothing is lost: decode {@link
   * #raw()} yourself.
   *
   * @param webhookEvent {@code webhook_event} as sent, or null
   * @param dataEvent {@code data_event} as sent, or null
   * @param raw the original JSON
   */
  record Unknown(String webhookEvent, String dataEvent, String raw) implements QontakEvent {}
}
