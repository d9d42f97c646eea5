package dev.omnichannel.chatwoot.webhook;

import dev.omnichannel.chatwoot.model.Contact;
import dev.omnichannel.chatwoot.model.ContactInbox;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.Inbox;
import dev.omnichannel.chatwoot.model.Message;
import dev.omnichannel.chatwoot.model.Sender;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * A Chatwoot webhook delivery, from an account webhook, an API-channel callback or an agent bot
 * (they share one body format). Match on the record types; names the SDK does not know are
 * {@link Unknown}. Every event keeps the original JSON in {@link #raw()}.
 */
public sealed interface ChatwootEvent {

  /**
   * The {@code event} field, e.g. {@code message_created}.
   *
   * @return the event name, never null
   */
  String event();

  /**
   * The body as received, decoded from UTF-8.
   *
   * @return the original JSON text, never null
   */
  String raw();

  /**
   * {@code conversation_created}: a conversation was created.
   *
   * @param conversation the conversation
   * @param raw the original JSON
   */
  record ConversationCreated(Conversation conversation, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "conversation_created";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ConversationCreated[event=" + event() + ", " + Describe.conversation(conversation) + "]";
    }
  }

  /**
   * {@code conversation_updated}: a tracked conversation attribute changed (team, assignee,
   * status, snooze, custom attributes, labels, priority, ...).
   *
   * @param conversation the conversation after the change
   * @param changedAttributes every changed column (including {@code updated_at}), never null
   * @param raw the original JSON
   */
  record ConversationUpdated(
      Conversation conversation, List<ChangedAttribute> changedAttributes, String raw)
      implements ChatwootEvent {
    /**
     * Normalises an absent list to an empty one.
     *
     * @param conversation the conversation after the change
     * @param changedAttributes every changed column, null meaning none
     * @param raw the original JSON
     */
    public ConversationUpdated {
      changedAttributes = JsonSupport.listOrEmpty(changedAttributes);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
      return "conversation_updated";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ConversationUpdated[event=" + event() + ", " + Describe.conversation(conversation) + ", changed=" + Describe.names(changedAttributes) + "]";
    }
  }

  /**
   * {@code conversation_status_changed}: the status changed. Chatwoot sends {@code
   * changed_attributes: null} here, so the previous status is normally unknown; read {@link
   * ConversationUpdated} for the diff.
   *
   * @param conversation the conversation after the change
   * @param changedAttributes the changed columns, usually empty, never null
   * @param raw the original JSON
   */
  record ConversationStatusChanged(
      Conversation conversation, List<ChangedAttribute> changedAttributes, String raw)
      implements ChatwootEvent {
    /**
     * Normalises an absent list to an empty one.
     *
     * @param conversation the conversation after the change
     * @param changedAttributes the changed columns, null meaning none
     * @param raw the original JSON
     */
    public ConversationStatusChanged {
      changedAttributes = JsonSupport.listOrEmpty(changedAttributes);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
      return "conversation_status_changed";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ConversationStatusChanged[event=" + event() + ", " + Describe.conversation(conversation) + ", changed=" + Describe.names(changedAttributes) + "]";
    }
  }

  /**
   * {@code conversation_opened} (agent bots only): the status became open.
   *
   * @param conversation the conversation
   * @param raw the original JSON
   */
  record ConversationOpened(Conversation conversation, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "conversation_opened";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ConversationOpened[event=" + event() + ", " + Describe.conversation(conversation) + "]";
    }
  }

  /**
   * {@code conversation_resolved} (agent bots only): the status became resolved.
   *
   * @param conversation the conversation
   * @param raw the original JSON
   */
  record ConversationResolved(Conversation conversation, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "conversation_resolved";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ConversationResolved[event=" + event() + ", " + Describe.conversation(conversation) + "]";
    }
  }

  /**
   * {@code message_created}: an incoming, outgoing or template message (or a private note) was
   * created.
   *
   * @param message the message (webhook root form, with account, inbox and conversation)
   * @param raw the original JSON
   */
  record MessageCreated(Message message, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "message_created";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "MessageCreated[event=" + event() + ", " + Describe.message(message) + "]";
    }
  }

  /**
   * {@code message_updated}: a message was edited, deleted or changed status. The root carries
   * no {@code status}; a new status shows only in {@code conversation.messages[0]}, when that is
   * the same message.
   *
   * @param message the message (webhook root form)
   * @param raw the original JSON
   */
  record MessageUpdated(Message message, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "message_updated";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "MessageUpdated[event=" + event() + ", " + Describe.message(message) + "]";
    }
  }

  /**
   * {@code webwidget_triggered}: a visitor opened the web widget.
   *
   * @param contactInbox the contact inbox, with {@code contact}, {@code inbox}, {@code account}
   *     and {@code current_conversation} (may be null)
   * @param eventInfo what the widget posted, may be null
   * @param raw the original JSON
   */
  record WebwidgetTriggered(ContactInbox contactInbox, WebwidgetEventInfo eventInfo, String raw)
      implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "webwidget_triggered";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "WebwidgetTriggered[event=" + event() + ", " + Describe.contactInbox(contactInbox) + "]";
    }
  }

  /**
   * {@code contact_created}: a contact was created.
   *
   * @param contact the contact (webhook form)
   * @param raw the original JSON
   */
  record ContactCreated(Contact contact, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "contact_created";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ContactCreated[event=" + event() + ", contactId=" + (contact == null ? null : contact.id()) + "]";
    }
  }

  /**
   * {@code contact_updated}: a contact changed. High volume: every incoming message updates the
   * sender's {@code last_activity_at}.
   *
   * @param contact the contact after the change (webhook form)
   * @param changedAttributes every changed column, never null
   * @param raw the original JSON
   */
  record ContactUpdated(Contact contact, List<ChangedAttribute> changedAttributes, String raw)
      implements ChatwootEvent {
    /**
     * Normalises an absent list to an empty one.
     *
     * @param contact the contact after the change
     * @param changedAttributes every changed column, null meaning none
     * @param raw the original JSON
     */
    public ContactUpdated {
      changedAttributes = JsonSupport.listOrEmpty(changedAttributes);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
      return "contact_updated";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ContactUpdated[event=" + event() + ", contactId=" + (contact == null ? null : contact.id()) + ", changed=" + Describe.names(changedAttributes) + "]";
    }
  }

  /**
   * {@code inbox_created}: an inbox was created. The payload has no inbox id or name.
   *
   * @param inbox the inbox settings, working hours, raw channel row and account
   * @param raw the original JSON; it may hold channel credentials, do not log it
   */
  record InboxCreated(Inbox inbox, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "inbox_created";
    }

    /**
     * Describes the event without the raw JSON, which may hold channel credentials.
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "InboxCreated[inbox=" + inbox + "]";
    }
  }

  /**
   * {@code inbox_updated}: an inbox changed or was disconnected. The payload has no inbox id or
   * name.
   *
   * @param inbox the inbox after the change
   * @param changedAttributes every changed column, never null
   * @param raw the original JSON; it may hold channel credentials, do not log it
   */
  record InboxUpdated(Inbox inbox, List<ChangedAttribute> changedAttributes, String raw)
      implements ChatwootEvent {
    /**
     * Normalises an absent list to an empty one.
     *
     * @param inbox the inbox after the change
     * @param changedAttributes every changed column, null meaning none
     * @param raw the original JSON
     */
    public InboxUpdated {
      changedAttributes = JsonSupport.listOrEmpty(changedAttributes);
    }

    /** {@inheritDoc} */
    @Override
    public String event() {
      return "inbox_updated";
    }

    /**
     * Describes the event without the raw JSON, which may hold channel credentials.
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "InboxUpdated[inbox=" + inbox + ", changedAttributes=" + changedAttributes + "]";
    }
  }

  /**
   * {@code conversation_typing_on}: someone started typing.
   *
   * @param user who is typing: a user, a contact (webhook form, no {@code type}) or an agent bot;
   *     see {@link Sender#kind()}
   * @param conversation the conversation
   * @param isPrivate whether the agent is typing a private note
   * @param raw the original JSON
   */
  record ConversationTypingOn(
      Sender user, Conversation conversation, Boolean isPrivate, String raw)
      implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "conversation_typing_on";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ConversationTypingOn[event=" + event() + ", " + Describe.conversation(conversation) + ", userId=" + (user == null ? null : user.id()) + ", isPrivate=" + isPrivate + "]";
    }
  }

  /**
   * {@code conversation_typing_off}: someone stopped typing.
   *
   * @param user who was typing; see {@link Sender#kind()}
   * @param conversation the conversation
   * @param isPrivate whether the agent was typing a private note
   * @param raw the original JSON
   */
  record ConversationTypingOff(
      Sender user, Conversation conversation, Boolean isPrivate, String raw)
      implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "conversation_typing_off";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "ConversationTypingOff[event=" + event() + ", " + Describe.conversation(conversation) + ", userId=" + (user == null ? null : user.id()) + ", isPrivate=" + isPrivate + "]";
    }
  }

  /**
   * {@code automation_event.<rule event>}: an automation rule's "send webhook" action (unsigned).
   *
   * @param event the full event name, e.g. {@code automation_event.conversation_created}
   * @param conversation the conversation
   * @param raw the original JSON
   */
  record AutomationEvent(String event, Conversation conversation, String raw)
      implements ChatwootEvent {
    /**
     * The rule event after the {@code automation_event.} prefix.
     *
     * @return e.g. {@code conversation_created}
     */
    public String ruleEvent() {
      int dot = event.indexOf('.');
      return dot < 0 ? event : event.substring(dot + 1);
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "AutomationEvent[event=" + event + ", " + Describe.conversation(conversation) + "]";
    }
  }

  /**
   * {@code macro.executed}: a macro's "send webhook" action (unsigned).
   *
   * @param conversation the conversation
   * @param raw the original JSON
   */
  record MacroExecuted(Conversation conversation, String raw) implements ChatwootEvent {
    /** {@inheritDoc} */
    @Override
    public String event() {
      return "macro.executed";
    }

    /**
     * Describes the event by name and key ids, without the raw JSON (it holds credentials such as
     * the contact inbox's {@code pubsub_token} and {@code source_id}).
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "MacroExecuted[event=" + event() + ", " + Describe.conversation(conversation) + "]";
    }
  }

  /**
   * An event this SDK version does not know (e.g. the installation's {@code account_created}).
   *
   * @param event the event name as sent
   * @param raw the original JSON
   */
  record Unknown(String event, String raw) implements ChatwootEvent {
    /**
     * Describes the event by name only, without the raw JSON.
     *
     * @return a description
     */
    @Override
    public String toString() {
      return "Unknown[event=" + event + "]";
    }
  }
}
