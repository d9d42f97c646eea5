package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.ContentType;
import dev.omnichannel.chatwoot.model.Message;
import dev.omnichannel.chatwoot.model.MessageAttachmentFile;
import dev.omnichannel.chatwoot.model.MessageCreateParams;
import dev.omnichannel.chatwoot.model.MessageList;
import dev.omnichannel.chatwoot.model.MessageListParams;
import dev.omnichannel.chatwoot.model.MessageTemplateParams;
import dev.omnichannel.chatwoot.model.MessageType;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.core.paging.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MessageServiceTest extends ChatwootTestSupport {

  /** A REST message: integer message_type, epoch created_at, ISO updated_at (research 1.1 #11). */
  static String message(long id, String content) {
    return q("""
        {'id':%d,'content':'%s','inbox_id':3,'conversation_id':7,'message_type':1,'content_type':'text',
         'status':'sent','content_attributes':{},'created_at':1750239667,'private':false,'source_id':null,
         'sender':{'id':5,'name':'Bo Lee','available_name':'Bo','avatar_url':'','type':'user','availability_status':'online','thumbnail':''},
         'sender_type':'User','sender_id':5,'updated_at':'2026-06-18T09:41:07.512Z','account_id':42}
        """.formatted(id, content));
  }

  static String list(String meta, long... ids) {
    List<String> items = new ArrayList<>();
    for (long id : ids) {
      items.add(message(id, "m" + id));
    }
    return "{\"meta\":" + meta + ",\"payload\":[" + String.join(",", items) + "]}";
  }

  static final String META = q("""
      {'labels':['vip'],'additional_attributes':{'browser':'Firefox'},
       'contact':{'id':11,'name':'Ana','email':'ana@example.com','phone_number':'+15550001','identifier':null,
                  'thumbnail':'','additional_attributes':{},'custom_attributes':{}},
       'assignee':{'id':5,'name':'Bo Lee','available_name':'Bo','email':'bo@example.com','role':'agent','availability_status':'online','thumbnail':''},
       'agent_last_seen_at':'2026-06-18T09:40:00.000Z','assignee_last_seen_at':null}
      """);

  @Test
  void listLatest() throws Exception {
    respond(200, list(META, 101, 102));
    MessageList page = client().messages().list(7);
    expect("GET", "/api/v1/accounts/42/conversations/7/messages", null);
    assertThat(page.payload()).extracting(Message::id).containsExactly(101L, 102L);
    Message m = page.payload().get(0);
    assertThat(m.messageType()).isEqualTo(MessageType.OUTGOING);
    assertThat(m.createdAt()).isEqualTo(Instant.ofEpochSecond(1750239667));
    assertThat(m.updatedAt()).isEqualTo(Instant.parse("2026-06-18T09:41:07.512Z"));
    assertThat(m.sender().name()).isEqualTo("Bo Lee");
    assertThat(page.meta().labels()).containsExactly("vip");
    assertThat(page.meta().contact().email()).isEqualTo("ana@example.com");
    assertThat(page.meta().assignee().role()).isEqualTo("agent");
    assertThat(page.meta().agentLastSeenAt()).isEqualTo(Instant.parse("2026-06-18T09:40:00Z"));
    assertThat(page.meta().assigneeLastSeenAt()).isNull();
    assertThat(page.meta().additionalAttributes()).containsEntry("browser", "Firefox");
  }

  @Test
  void listBeforeAndAfter() throws Exception {
    respond(200, list("{}", 80));
    client().messages().list(7, MessageListParams.before(101));
    expect("GET", "/api/v1/accounts/42/conversations/7/messages?before=101", null);

    respond(200, list("{}", 103));
    client().messages().list(7, MessageListParams.after(102));
    expect("GET", "/api/v1/accounts/42/conversations/7/messages?after=102", null);

    respond(200, list("{}"));
    MessageList both = client().messages().list(7, MessageListParams.builder().before(200L).after(100L).build());
    expect("GET", "/api/v1/accounts/42/conversations/7/messages?before=200&after=100", null);
    assertThat(both.payload()).isEmpty();
    assertThat(both.meta().labels()).isEmpty();
  }

  @Test
  void listAsync() throws Exception {
    respond(200, list(META, 9));
    MessageList page = client().messages().listAsync(7, null).get();
    expect("GET", "/api/v1/accounts/42/conversations/7/messages", null);
    assertThat(page.payload()).hasSize(1);
  }

  @Test
  void autoPagingWalksBackwardsByBeforeId() throws Exception {
    respond(200, list(META, 101, 102, 103));
    respond(200, list(META, 98, 99, 100));
    respond(200, list(META));
    Page<Message> first = client().messages().listAutoPaging(7);
    assertThat(server.getRequestCount()).isEqualTo(1);
    List<Long> ids = first.stream().map(Message::id).toList();
    assertThat(ids).containsExactly(101L, 102L, 103L, 98L, 99L, 100L);
    assertThat(server.getRequestCount()).isEqualTo(3);
    expect("GET", "/api/v1/accounts/42/conversations/7/messages", null);
    expect("GET", "/api/v1/accounts/42/conversations/7/messages?before=101", null);
    expect("GET", "/api/v1/accounts/42/conversations/7/messages?before=98", null);
  }

  @Test
  void autoPagingResumesBelowAnId() throws Exception {
    respond(200, list(META, 40));
    respond(200, list(META));
    assertThat(client().messages().listAutoPaging(7, 41L).stream().map(Message::id)).containsExactly(40L);
    assertThat(server.getRequestCount()).isEqualTo(2);
    expect("GET", "/api/v1/accounts/42/conversations/7/messages?before=41", null);
    expect("GET", "/api/v1/accounts/42/conversations/7/messages?before=40", null);
  }

  @Test
  void createText() throws Exception {
    respond(200, message(104, "Hello"));
    Message m = client().messages().create(7, MessageCreateParams.text("Hello"));
    expect("POST", "/api/v1/accounts/42/conversations/7/messages", q("{'content':'Hello'}"));
    assertThat(m.id()).isEqualTo(104L);
    assertThat(m.content()).isEqualTo("Hello");
  }

  @Test
  void createWithEveryJsonField() throws Exception {
    respond(200, message(105, "Pick one"));
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("1", "Visa");
    body.put("2", "Nike");
    Map<String, Object> item = new LinkedHashMap<>();
    item.put("title", "Yes");
    item.put("value", "yes");
    client().messages().create(7, MessageCreateParams.builder()
        .content("Pick one")
        .messageType(MessageType.OUTGOING)
        .isPrivate(false)
        .contentType(ContentType.INPUT_SELECT)
        .contentAttributes(Map.of("items", List.of(item)))
        .campaignId(3L)
        .templateParams(new MessageTemplateParams("purchase_receipt", "UTILITY", "en_US", Map.of("body", body)))
        .build());
    expect("POST", "/api/v1/accounts/42/conversations/7/messages", q("""
        {'content':'Pick one','message_type':'outgoing','private':false,'content_type':'input_select',\
        'content_attributes':{'items':[{'title':'Yes','value':'yes'}]},'campaign_id':3,\
        'template_params':{'name':'purchase_receipt','category':'UTILITY','language':'en_US',\
        'processed_params':{'body':{'1':'Visa','2':'Nike'}}}}"""));
  }

  @Test
  void createPrivateIncomingNote() throws Exception {
    respond(200, message(106, "note").replace("\"private\":false", "\"private\":true"));
    Message m = client().messages().create(7, MessageCreateParams.builder()
        .content("note").messageType(MessageType.INCOMING).isPrivate(true).build());
    expect("POST", "/api/v1/accounts/42/conversations/7/messages",
        q("{'content':'note','message_type':'incoming','private':true}"));
    assertThat(m.isPrivate()).isTrue();
  }

  @Test
  void createWithAttachmentsIsMultipart(@TempDir Path dir) throws Exception {
    Path pdf = Files.write(dir.resolve("invoice.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    respond(200, message(107, "Here is the screenshot").replace("\"content_attributes\":{}",
        "\"content_attributes\":{},\"attachments\":[{\"id\":1,\"message_id\":107,\"file_type\":\"image\",\"account_id\":42,"
            + "\"extension\":null,\"data_url\":\"https://x/shot.png\",\"thumb_url\":\"https://x/t.png\",\"file_size\":3}]"));
    Message m = client().messages().create(7, MessageCreateParams.builder()
        .content("Here is the screenshot")
        .messageType(MessageType.OUTGOING)
        .isPrivate(false)
        .contentType(ContentType.TEXT)
        .contentAttributes(Map.of("in_reply_to", 100))
        .attachment(MessageAttachmentFile.of("shot.png", "image/png", new byte[] {1, 2, 3}))
        .attachment(MessageAttachmentFile.of(pdf))
        .build());

    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo("/api/v1/accounts/42/conversations/7/messages");
    assertThat(r.getHeaders().get("api_access_token")).isEqualTo(TOKEN);
    MediaType type = MediaType.parse(r.getHeaders().get("Content-Type"));
    assertThat(type.type() + "/" + type.subtype()).isEqualTo("multipart/form-data");
    List<String> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(r.getBody()), type.parameter("boundary"))) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String disposition = part.headers().get("Content-Disposition");
        String partType = part.headers().get("Content-Type");
        String content = part.body().readByteString().hex();
        parts.add(disposition + (partType == null ? "" : " | " + partType) + " | " + content);
      }
    }
    assertThat(parts).containsExactly(
        "form-data; name=\"content\" | " + hex("Here is the screenshot"),
        "form-data; name=\"message_type\" | " + hex("outgoing"),
        "form-data; name=\"private\" | " + hex("false"),
        "form-data; name=\"content_type\" | " + hex("text"),
        "form-data; name=\"content_attributes\" | " + hex("{\"in_reply_to\":100}"),
        "form-data; name=\"attachments[]\"; filename=\"shot.png\" | image/png | 010203",
        "form-data; name=\"attachments[]\"; filename=\"invoice.pdf\" | "
            + MessageAttachmentFile.of(pdf).contentType() + " | " + hex("%PDF-1.4"));
    assertThat(m.attachments()).hasSize(1);
    assertThat(m.attachments().get(0).dataUrl()).isEqualTo("https://x/shot.png");
  }

  private static String hex(String s) {
    return okio.ByteString.encodeUtf8(s).hex();
  }

  @Test
  void createAsync() throws Exception {
    respond(200, message(108, "async"));
    Message m = client().messages().createAsync(7, MessageCreateParams.text("async")).get();
    expect("POST", "/api/v1/accounts/42/conversations/7/messages", q("{'content':'async'}"));
    assertThat(m.id()).isEqualTo(108L);
  }

  @Test
  void createFailureIs422WithErrorBody() {
    respond(422, q("{'error':'Conversation is locked'}"));
    assertThatThrownBy(() -> client().messages().create(7, MessageCreateParams.text("x")))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.providerErrorMessage()).isEqualTo("Conversation is locked"));
  }

  @Test
  void builderValidation() {
    assertThatThrownBy(() -> MessageCreateParams.builder().isPrivate(true).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
    MessageCreateParams onlyFile = MessageCreateParams.builder()
        .attachment(MessageAttachmentFile.of("a.txt", null, new byte[] {65})).build();
    assertThat(onlyFile.attachments().get(0).contentType()).isEqualTo("application/octet-stream");
    assertThat(onlyFile.toString()).doesNotContain("65").contains("1 attachment");
    assertThat(onlyFile.attachments().get(0).toString()).isEqualTo("MessageAttachmentFile[a.txt, application/octet-stream, 1 bytes]");
    assertThatThrownBy(() -> new MessageTemplateParams(null, "UTILITY", "en", null))
        .isInstanceOf(NullPointerException.class);
    assertThat(MessageTemplateParams.ofBody("t", "UTILITY", "en", Map.of("1", "a")).processedParams())
        .isEqualTo(Map.of("body", Map.of("1", "a")));
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().messages().delete(7, 104);
    expect("DELETE", "/api/v1/accounts/42/conversations/7/messages/104", null);
  }

  @Test
  void deleteAsync() throws Exception {
    respondEmpty();
    assertThat(client().messages().deleteAsync(7, 104).get()).isNull();
    expect("DELETE", "/api/v1/accounts/42/conversations/7/messages/104", null);
  }
}
