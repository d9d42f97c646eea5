package dev.omnichannel.chatwoot.webhook;

import dev.omnichannel.chatwoot.model.ContactInbox;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.Message;
import java.util.List;
import java.util.stream.Collectors;

/** Key ids of event payloads for {@code toString()}: never the raw JSON or credentials. */
final class Describe {
  private Describe() {}

  static String conversation(Conversation c) {
    if (c == null) {
      return "conversationId=null";
    }
    return "conversationId=" + c.id() + ", accountId=" + c.accountId() + ", inboxId=" + c.inboxId();
  }

  static String message(Message m) {
    if (m == null) {
      return "messageId=null";
    }
    Long conversationId = m.conversation() != null ? m.conversation().id() : m.conversationId();
    return "messageId=" + m.id() + ", messageType=" + m.messageType() + ", conversationId=" + conversationId;
  }

  static String contactInbox(ContactInbox ci) {
    if (ci == null) {
      return "contactInboxId=null";
    }
    Long contactId = ci.contact() != null ? ci.contact().id() : ci.contactId();
    Long inboxId = ci.inbox() != null ? ci.inbox().id() : ci.inboxId();
    return "contactInboxId=" + ci.id() + ", contactId=" + contactId + ", inboxId=" + inboxId;
  }

  static String names(List<ChangedAttribute> changed) {
    return changed.stream().map(ChangedAttribute::name).collect(Collectors.joining(",", "[", "]"));
  }
}
