package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.ConversationStatus;
import dev.omnichannel.chatwoot.model.MessageType;
import dev.omnichannel.chatwoot.model.PublicConversation;
import dev.omnichannel.chatwoot.model.PublicConversationParams;
import dev.omnichannel.chatwoot.model.SenderType;
import dev.omnichannel.core.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PublicConversationServiceTest extends PublicTestSupport {

  static final String CONVERSATIONS = CONTACT_PATH + "/conversations";

  @Test
  void createSendsCustomAttributesAndParsesTheConversation() throws Exception {
    respond(200, conversation("open"));
    PublicConversation c = client().conversations().create(CONTACT,
        PublicConversationParams.builder().customAttributes(Map.of("order_id", "A-17")).build());
    expect("POST", CONVERSATIONS, q("{'custom_attributes':{'order_id':'A-17'}}"));
    assertThat(c.id()).isEqualTo(3L);
    assertThat(c.uuid()).isEqualTo("5c8f3e2a-0b1d-4c55-9a57-2f1f0b9d7e11");
    assertThat(c.inboxId()).isEqualTo(9L);
    assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(c.contactLastSeenAt()).as("0 on the wire means never").isNull();
    assertThat(c.agentLastSeenAt()).isEqualTo(Instant.ofEpochSecond(1718611260));
    assertThat(c.messages()).hasSize(1);
    assertThat(c.messages().get(0).messageType()).isEqualTo(MessageType.INCOMING);
    assertThat(c.messages().get(0).sender().type()).isEqualTo(SenderType.CONTACT);
    assertThat(c.contact().name()).isEqualTo("Alice");
    assertThat(c.contact().labelList()).containsExactly("vip");
  }

  @Test
  void createWithEmptyParamsSendsAnEmptyObject() throws Exception {
    respond(200, q("{'id':4,'uuid':'u','inbox_id':9,'contact_last_seen_at':0,'status':'pending',"
        + "'agent_last_seen_at':0,'messages':[],'contact':{'id':14}}"));
    PublicConversation c = client().conversations().create(CONTACT, PublicConversationParams.builder().build());
    expect("POST", CONVERSATIONS, "{}");
    assertThat(c.status()).isEqualTo(ConversationStatus.PENDING);
    assertThat(c.messages()).isEmpty();
  }

  @Test
  void listIsABareArray() throws Exception {
    respond(200, "[" + conversation("open") + "," + conversation("resolved").replace("\"id\":3,\"uuid\"", "\"id\":2,\"uuid\"") + "]");
    List<PublicConversation> list = client().conversations().list(CONTACT);
    expect("GET", CONVERSATIONS, null);
    assertThat(list).extracting(PublicConversation::id).containsExactly(3L, 2L);
    assertThat(list.get(1).status()).isEqualTo(ConversationStatus.RESOLVED);
  }

  @Test
  void listAsync() throws Exception {
    respond(200, "[]");
    assertThat(client().conversations().listAsync(CONTACT).get(5, TimeUnit.SECONDS)).isEmpty();
    expect("GET", CONVERSATIONS, null);
  }

  @Test
  void retrieve() throws Exception {
    respond(200, conversation("open"));
    PublicConversation c = client().conversations().retrieve(CONTACT, 3);
    expect("GET", CONVERSATIONS + "/3", null);
    assertThat(c.messages().get(0).content()).isEqualTo("Hello");
  }

  @Test
  void retrieveOtherContactsConversationIs404() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().conversations().retrieve(CONTACT, 99)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void resolvePostsToToggleStatusWithoutBody() throws Exception {
    respond(200, conversation("resolved"));
    PublicConversation c = client().conversations().resolve(CONTACT, 3);
    expect("POST", CONVERSATIONS + "/3/toggle_status", null);
    assertThat(c.status()).isEqualTo(ConversationStatus.RESOLVED);
  }

  @Test
  void resolveAsync() throws Exception {
    respond(200, conversation("resolved"));
    assertThat(client().conversations().resolveAsync(CONTACT, 3).get(5, TimeUnit.SECONDS).status())
        .isEqualTo(ConversationStatus.RESOLVED);
    expect("POST", CONVERSATIONS + "/3/toggle_status", null);
  }

  @Test
  void toggleTypingOnSendsQueryAndBody() throws Exception {
    respondEmpty();
    client().conversations().toggleTyping(CONTACT, 3, true);
    expect("POST", CONVERSATIONS + "/3/toggle_typing?typing_status=on", q("{'typing_status':'on'}"));
  }

  @Test
  void toggleTypingOffAsync() throws Exception {
    respondEmpty();
    assertThat(client().conversations().toggleTypingAsync(CONTACT, 3, false).get(5, TimeUnit.SECONDS)).isNull();
    expect("POST", CONVERSATIONS + "/3/toggle_typing?typing_status=off", q("{'typing_status':'off'}"));
  }

  @Test
  void updateLastSeen() throws Exception {
    respondEmpty();
    client().conversations().updateLastSeen(CONTACT, 3);
    expect("POST", CONVERSATIONS + "/3/update_last_seen", null);
  }

  @Test
  void updateLastSeenAsync() throws Exception {
    respondEmpty();
    assertThat(client().conversations().updateLastSeenAsync(CONTACT, 3).get(5, TimeUnit.SECONDS)).isNull();
    expect("POST", CONVERSATIONS + "/3/update_last_seen", null);
  }

  @Test
  void contactIdentifierIsEncodedAsOneSegment() throws Exception {
    respond(200, "[]");
    client().conversations().list("a/b");
    expect("GET", BASE + "/contacts/a%2Fb/conversations", null);
  }
}
