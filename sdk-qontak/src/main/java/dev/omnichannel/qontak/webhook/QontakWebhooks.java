package dev.omnichannel.qontak.webhook;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import com.squareup.moshi.Moshi;
import com.squareup.moshi.Types;
import dev.omnichannel.core.WebhookParseException;
import dev.omnichannel.core.webhook.DispatchingWebhookParser;
import dev.omnichannel.core.webhook.JsonDocument;
import dev.omnichannel.core.webhook.SecretInUrlCheck;
import dev.omnichannel.core.webhook.WebhookParser;
import dev.omnichannel.qontak.model.BroadcastLog;
import dev.omnichannel.qontak.model.Message;
import dev.omnichannel.qontak.model.MessageStatus;
import dev.omnichannel.qontak.model.ParticipantType;
import dev.omnichannel.qontak.model.QontakJson;
import dev.omnichannel.qontak.model.Room;
import dev.omnichannel.qontak.model.SenderType;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.BufferedSource;

/**
 * Entry point for Qontak webhooks: {@link #parser()} turns a body into a {@link QontakEvent};
 * {@link #secretInUrl(String, String...)} checks the token you put in the webhook URL, because
 * Qontak signs nothing.
 *
 * <pre>{@code
 * SecretInUrlCheck check = QontakWebhooks.secretInUrl("token", secret);
 * check.verify(requestUri);                      // WebhookVerificationException -> 401
 * QontakEvent event = QontakWebhooks.parser().parse(body);
 * // answer 2xx now, then handle the event (off the request thread for slow work)
 * if (event instanceof QontakEvent.MessageFromCustomer m) { ... }
 * }</pre>
 */
public final class QontakWebhooks {

  /** {@code webhook_event} of message and broadcast-log deliveries. */
  public static final String MESSAGE_INTERACTION = "message_interaction";

  /** {@code webhook_event} of room deliveries. */
  public static final String ROOM_INTERACTION = "room_interaction";

  /** {@code webhook_event} of agent assignment deliveries. */
  public static final String AGENT_RESPONSIBILITY = "agent_responsibility";

  /** Internal discriminator for a category-only body classified by shape (never sent). */
  private static final String SHAPE_MESSAGE = "\u0000shape:" + MESSAGE_INTERACTION;
  private static final String SHAPE_ROOM = "\u0000shape:" + ROOM_INTERACTION;

  private static final Set<String> KNOWN_NAMES = Set.of(
      "receive_message_from_customer", "receive_message_from_agent", "status_message",
      "broadcast_log_status", "room_resolved", "room_created", "room_updated", "add_agent",
      "qontak.chat.room.created", "qontak.chat.room.updated", "agent_assigned_to_room",
      "agent_unassigned_from_room", "agent_handover_room", "custom_agent_allocation");

  private static final WebhookParser<QontakEvent> PARSER = build(QontakJson.moshi());

  private QontakWebhooks() {}

  /**
   * The parser for every Qontak webhook (message, broadcast-log, room, agent responsibility and
   * custom agent allocation). Thread-safe; unknown fields are skipped and unknown enum values
   * kept.
   *
   * <p><b>Discrimination.</b> A known {@code data_event} decides; otherwise a known {@code
   * webhook_event} (e.g. {@code qontak.chat.room.updated}); any other non-empty value of either
   * gives {@link QontakEvent.Unknown}, except that a bare category ({@code message_interaction}
   * or {@code room_interaction} without {@code data_event}) is classified by shape within that
   * category. Older bodies carry neither field and are classified by shape:
   * <ul>
   *   <li>{@code messages_broadcast_id} and no {@code room_id}: {@link
   *       QontakEvent.BroadcastLogStatus};</li>
   *   <li>{@code id}, {@code room_id}, {@code participant_type} and {@code sender_type}: a message.
   *       {@code customer} sent by {@code Models::Contact}: {@link
   *       QontakEvent.MessageFromCustomer} (whatever its status). {@code agent} or {@code bot}
   *       sent by {@code Models::User} or {@code Models::SystemAccount}: status {@code created}
   *       gives {@link QontakEvent.MessageFromAgent} (a {@code status_message} for {@code created}
   *       looks the same and means the same: a new message), any other known status ({@code
   *       pending}, {@code sent}, {@code delivered}, {@code read}, {@code failed}) gives {@link
   *       QontakEvent.MessageStatusChanged}. A missing or unknown status, an unknown participant
   *       or sender type, or a mismatch (a customer not sent by a contact, an agent sent by a
   *       contact) gives {@link QontakEvent.Unknown};</li>
   *   <li>{@code id}, {@code channel_integration_id}, {@code status} and {@code unread_count} but
   *       no {@code room_id}: a room. Only {@code status: resolved} is classified ({@link
   *       QontakEvent.RoomResolved}, the one room webhook the old API configures); other rooms
   *       cannot be told apart (created or updated) and give {@link QontakEvent.Unknown};</li>
   *   <li>anything else: {@link QontakEvent.Unknown}.</li>
   * </ul>
   *
   * <p><b>Failures.</b> A body that is not one JSON object (empty, truncated, an array, not
   * UTF-8...) or a classified body whose fields have the wrong JSON type (e.g. {@code
   * unread_count} as text or a number too large for it) fails with {@link
   * WebhookParseException}; the agent responsibility and custom allocation events, whose bodies
   * are not public, never fail on their inferred fields (an unreadable {@code room} becomes null).
   *
   * @return the shared parser
   */
  public static WebhookParser<QontakEvent> parser() {
    return PARSER;
  }

  /**
   * The check for the unguessable token you put in the webhook URL. Qontak signs nothing: its
   * webhook settings accept only a URL, with no secret, signature or verification header. So
   * register a URL such as {@code https://example.com/qontak/hook?token=<32+ random bytes,
   * base64url>} and, on every delivery:
   * <ol>
   *   <li>call {@code verify(requestUri)} before parsing and answer 401 when it throws;</li>
   *   <li>answer 2xx fast (Qontak's retry behaviour on errors and timeouts is undocumented) and do
   *       slow work asynchronously;</li>
   *   <li>treat the body as a hint: re-fetch critical state (e.g. the room or the broadcast log)
   *       through the API before acting on it, and drop stale message statuses with a {@link
   *       MessageStatusTracker}.</li>
   * </ol>
   * The token can leak through access logs and proxies; rotate it by passing the old and new
   * values while you update the URL in Qontak. Optionally allowlist Qontak's source addresses.
   *
   * @param parameterName the query parameter carrying the token, e.g. {@code token}
   * @param secrets the accepted tokens (several during a rotation)
   * @return the check, immutable and thread-safe
   * @throws IllegalArgumentException when the name is empty, no token is given, or one is null or
   *     blank (values are never echoed)
   */
  public static SecretInUrlCheck secretInUrl(String parameterName, String... secrets) {
    return SecretInUrlCheck.of(parameterName, secrets);
  }

  // ---------------------------------------------------------------------------------------------

  /** Builds the parser over a Moshi instance. Package-private for tests. */
  static WebhookParser<QontakEvent> build(Moshi moshi) {
    Decoders d = new Decoders(moshi);
    return DispatchingWebhookParser.<QontakEvent>builder()
        .discriminator(QontakWebhooks::eventName)
        .on("receive_message_from_customer", d::fromCustomer)
        .on("receive_message_from_agent", d::fromAgent)
        .on("status_message", d::statusChanged)
        .on("broadcast_log_status", d::broadcastLog)
        .on("room_resolved", doc -> d.room(doc, RoomKind.RESOLVED))
        .on("room_created", doc -> d.room(doc, RoomKind.CREATED))
        .on("qontak.chat.room.created", doc -> d.room(doc, RoomKind.CREATED))
        .on("room_updated", doc -> d.room(doc, RoomKind.UPDATED))
        .on("add_agent", doc -> d.room(doc, RoomKind.UPDATED))
        .on("qontak.chat.room.updated", doc -> d.room(doc, RoomKind.UPDATED))
        .on("agent_assigned_to_room", doc -> d.agent(doc, AgentKind.ASSIGNED))
        .on("agent_unassigned_from_room", doc -> d.agent(doc, AgentKind.UNASSIGNED))
        .on("agent_handover_room", doc -> d.agent(doc, AgentKind.HANDED_OVER))
        .on("custom_agent_allocation", d::allocation)
        .on(SHAPE_MESSAGE, doc -> d.byShape(doc, true, false))
        .on(SHAPE_ROOM, doc -> d.byShape(doc, false, true))
        .unknown((name, doc) -> unknown(doc))
        .whenMissing(doc -> d.byShape(doc, true, true))
        .build();
  }

  private static String eventName(JsonDocument doc) {
    String data = text(doc, "data_event");
    String webhook = text(doc, "webhook_event");
    if (data != null && KNOWN_NAMES.contains(data)) {
      return data;
    }
    if (webhook != null && KNOWN_NAMES.contains(webhook)) {
      return webhook;
    }
    if (data != null) {
      return data;
    }
    if (MESSAGE_INTERACTION.equals(webhook)) {
      return SHAPE_MESSAGE;
    }
    if (ROOM_INTERACTION.equals(webhook)) {
      return SHAPE_ROOM;
    }
    return webhook;
  }

  /** The scalar at key as text, or null when absent, null, blank or not a scalar. */
  private static String text(JsonDocument doc, String... path) {
    String s = doc.string(path);
    // blank means absent; a NUL can only be an attempt to hit the internal shape keys
    return s == null || s.isBlank() || s.indexOf('\u0000') >= 0 ? null : s;
  }

  private static QontakEvent.Unknown unknown(JsonDocument doc) {
    return new QontakEvent.Unknown(text(doc, "webhook_event"), text(doc, "data_event"), doc.raw());
  }

  private enum RoomKind { RESOLVED, CREATED, UPDATED }

  private enum AgentKind { ASSIGNED, UNASSIGNED, HANDED_OVER }

  /** Reads the raw JSON text of any value; JSON null gives null. */
  private static final class RawJsonAdapter extends JsonAdapter<String> {
    @Override
    public String fromJson(JsonReader reader) throws IOException {
      if (reader.peek() == JsonReader.Token.NULL) {
        return reader.nextNull();
      }
      try (BufferedSource source = reader.nextSource()) {
        return source.readUtf8();
      }
    }

    @Override
    public void toJson(JsonWriter writer, String value) throws IOException {
      if (value == null) {
        writer.nullValue();
        return;
      }
      try (var sink = writer.valueSink()) {
        sink.writeUtf8(value);
      }
    }
  }

  /** The event decoders over one Moshi. */
  private static final class Decoders {
    private final JsonAdapter<Message> message;
    private final JsonAdapter<BroadcastLog> log;
    private final JsonAdapter<Room> room;
    private final JsonAdapter<Object> any;
    private final JsonAdapter<Boolean> bool;
    private final JsonAdapter<List<String>> strings;
    private final JsonAdapter<String> rawJson = new RawJsonAdapter();

    Decoders(Moshi moshi) {
      message = moshi.adapter(Message.class);
      log = moshi.adapter(BroadcastLog.class);
      room = moshi.adapter(Room.class);
      any = moshi.adapter(Object.class);
      bool = moshi.adapter(Boolean.class);
      strings = moshi.adapter(Types.newParameterizedType(List.class, String.class));
    }

    QontakEvent fromCustomer(JsonDocument doc) {
      return new QontakEvent.MessageFromCustomer(doc.read(message), text(doc, "webhook_event"),
          text(doc, "data_event"), doc.raw());
    }

    QontakEvent fromAgent(JsonDocument doc) {
      return new QontakEvent.MessageFromAgent(doc.read(message), text(doc, "webhook_event"),
          text(doc, "data_event"), doc.raw());
    }

    QontakEvent statusChanged(JsonDocument doc) {
      return new QontakEvent.MessageStatusChanged(doc.read(message), text(doc, "webhook_event"),
          text(doc, "data_event"), doc.raw());
    }

    QontakEvent broadcastLog(JsonDocument doc) {
      return new QontakEvent.BroadcastLogStatus(doc.read(log), text(doc, "tr_id"),
          text(doc, "webhook_event"), text(doc, "data_event"), doc.raw());
    }

    QontakEvent room(JsonDocument doc, RoomKind kind) {
      boolean nested = !doc.has("channel_integration_id")
          && doc.root().get("room") instanceof Map;
      Room r = nested ? doc.read(room, "room") : doc.read(room);
      String prefix = nested ? "room" : null;
      String lastMessage = optional(doc, rawJson, prefix, "last_message");
      Object emailCc = optional(doc, any, prefix, "email_cc");
      Boolean manualSurvey = optional(doc, bool, prefix, "is_manual_survey");
      String webhook = text(doc, "webhook_event");
      String data = text(doc, "data_event");
      switch (kind) {
        case RESOLVED:
          return new QontakEvent.RoomResolved(r, lastMessage, emailCc, manualSurvey, webhook, data,
              doc.raw());
        case CREATED:
          return new QontakEvent.RoomCreated(r, lastMessage, emailCc, manualSurvey, webhook, data,
              doc.raw());
        default:
          return new QontakEvent.RoomUpdated(r, lastMessage, emailCc, manualSurvey, webhook, data,
              doc.raw());
      }
    }

    QontakEvent agent(JsonDocument doc, AgentKind kind) {
      Room r = inferredRoom(doc);
      String roomId = inferredRoomId(doc, r);
      String agentId = text(doc, "agent_id");
      if (agentId == null) {
        agentId = text(doc, "user_id");
      }
      List<String> agentIds = lenient(doc, strings, "agent_ids");
      if (agentIds == null && r != null) {
        agentIds = r.agentIds();
      }
      String webhook = text(doc, "webhook_event");
      String data = text(doc, "data_event");
      switch (kind) {
        case ASSIGNED:
          return new QontakEvent.AgentAssigned(roomId, r, agentId, agentIds, webhook, data,
              doc.raw());
        case UNASSIGNED:
          return new QontakEvent.AgentUnassigned(roomId, r, agentId, agentIds, webhook, data,
              doc.raw());
        default:
          return new QontakEvent.AgentHandedOver(roomId, r, agentId, agentIds, webhook, data,
              doc.raw());
      }
    }

    QontakEvent allocation(JsonDocument doc) {
      Room r = inferredRoom(doc);
      return new QontakEvent.CustomAgentAllocation(inferredRoomId(doc, r), r,
          text(doc, "webhook_event"), text(doc, "data_event"), doc.raw());
    }

    /** Older bodies: see {@link QontakWebhooks#parser()}. */
    QontakEvent byShape(JsonDocument doc, boolean messages, boolean rooms) {
      boolean hasRoomId = text(doc, "room_id") != null;
      if (doc.has("messages_broadcast_id")) {
        return messages && !hasRoomId && text(doc, "messages_broadcast_id") != null
            ? broadcastLog(doc) : unknown(doc);
      }
      if (messages && hasRoomId && text(doc, "id") != null) {
        String participant = text(doc, "participant_type");
        String sender = text(doc, "sender_type");
        if (participant != null && sender != null) {
          return message(doc, ParticipantType.of(participant), SenderType.of(sender),
              text(doc, "status"));
        }
      }
      if (rooms && !doc.has("room_id") && text(doc, "id") != null
          && text(doc, "channel_integration_id") != null && text(doc, "unread_count") != null) {
        String status = text(doc, "status");
        if ("resolved".equals(status)) {
          return room(doc, RoomKind.RESOLVED);
        }
      }
      return unknown(doc);
    }

    private QontakEvent message(JsonDocument doc, ParticipantType participant, SenderType sender,
        String statusText) {
      if (ParticipantType.CUSTOMER.equals(participant)) {
        return SenderType.CONTACT.equals(sender) ? fromCustomer(doc) : unknown(doc);
      }
      boolean staff = ParticipantType.AGENT.equals(participant)
          || ParticipantType.BOT.equals(participant);
      boolean staffSender = SenderType.USER.equals(sender)
          || SenderType.SYSTEM_ACCOUNT.equals(sender);
      if (!staff || !staffSender || statusText == null) {
        return unknown(doc);
      }
      MessageStatus status = MessageStatus.of(statusText);
      if (!status.isKnown()) {
        return unknown(doc);
      }
      return MessageStatus.CREATED.equals(status) ? fromAgent(doc) : statusChanged(doc);
    }

    private Room inferredRoom(JsonDocument doc) {
      if (doc.root().get("room") instanceof Map) {
        return lenient(doc, room, "room");
      }
      if (!doc.has("room_id") && text(doc, "channel_integration_id") != null) {
        return lenient(doc, room);
      }
      return null;
    }

    private static String inferredRoomId(JsonDocument doc, Room r) {
      String id = text(doc, "room_id");
      if (id == null) {
        id = text(doc, "room", "id");
      }
      if (id == null && r != null) {
        id = r.id();
      }
      return id;
    }

    /** The value at [prefix,] key, or null when absent. Fails on a wrong type. */
    private static <T> T optional(JsonDocument doc, JsonAdapter<T> adapter, String prefix,
        String key) {
      String[] path = prefix == null ? new String[] {key} : new String[] {prefix, key};
      return doc.has(path) ? doc.read(adapter, path) : null;
    }

    /** The value at path, or null when absent or unreadable (for inferred fields only). */
    private static <T> T lenient(JsonDocument doc, JsonAdapter<T> adapter, String... path) {
      if (!doc.has(path)) {
        return null;
      }
      try {
        return doc.read(adapter, path);
      } catch (WebhookParseException e) {
        return null;
      }
    }
  }
}
