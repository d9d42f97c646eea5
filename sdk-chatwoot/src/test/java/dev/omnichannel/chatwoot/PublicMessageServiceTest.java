package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.AttachmentFileType;
import dev.omnichannel.chatwoot.model.ContentType;
import dev.omnichannel.chatwoot.model.MessageType;
import dev.omnichannel.chatwoot.model.PublicMessage;
import dev.omnichannel.chatwoot.model.PublicMessageAttachment;
import dev.omnichannel.chatwoot.model.PublicMessageParams;
import dev.omnichannel.chatwoot.model.PublicMessageUpdateParams;
import dev.omnichannel.chatwoot.model.SenderType;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.ServerException;
import dev.omnichannel.core.paging.KeyedPage;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class PublicMessageServiceTest extends PublicTestSupport {

  static final String MESSAGES = CONTACT_PATH + "/conversations/3/messages";

  static String page(long fromId, long toId) {
    StringJoiner j = new StringJoiner(",", "[", "]");
    LongStream.rangeClosed(fromId, toId).forEach(id -> j.add(message(id, "m" + id)));
    return j.toString();
  }

  @Test
  void createSendsContentAndEchoId() throws Exception {
    respond(200, message(120, "Where is my order?"));
    PublicMessage m = client().messages().create(CONTACT, 3,
        PublicMessageParams.builder().content("Where is my order?").echoId("echo-1").build());
    expect("POST", MESSAGES, q("{'content':'Where is my order?','echo_id':'echo-1'}"));
    assertThat(m.id()).isEqualTo(120L);
    assertThat(m.content()).isEqualTo("Where is my order?");
    assertThat(m.messageType()).isEqualTo(MessageType.INCOMING);
    assertThat(m.contentType()).isEqualTo(ContentType.TEXT);
    assertThat(m.createdAt()).isEqualTo(Instant.ofEpochSecond(1718611200));
    assertThat(m.conversationId()).isEqualTo(3L);
    assertThat(m.attachments()).isEmpty();
    assertThat(m.sender().type()).isEqualTo(SenderType.CONTACT);
    assertThat(m.sender().identifier()).isEqualTo("user-1");
  }

  @Test
  void createAsync() throws Exception {
    respond(200, message(121, "hi"));
    PublicMessage m = client().messages().createAsync(CONTACT, 3, PublicMessageParams.builder().content("hi").build())
        .get(5, TimeUnit.SECONDS);
    expect("POST", MESSAGES, q("{'content':'hi'}"));
    assertThat(m.id()).isEqualTo(121L);
  }

  @Test
  void contentIsRequired() {
    assertThatThrownBy(() -> PublicMessageParams.builder().echoId("e").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
    assertThatThrownBy(() -> PublicMessageParams.builder().content("  ").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("content");
  }

  @Test
  void listNewestWithoutBefore() throws Exception {
    String outgoing = q("{'id':102,'content':'Hi Alice, how can we help?','message_type':1,'content_type':'text',"
        + "'content_attributes':{},'created_at':1718611300,'conversation_id':3,"
        + "'attachments':[{'id':5,'message_id':102,'file_type':'image','account_id':1,'extension':null,"
        + "'data_url':'https://chat.example.com/rails/active_storage/blobs/x/photo.png',"
        + "'thumb_url':'https://chat.example.com/rails/active_storage/representations/x/photo.png',"
        + "'file_size':48213,'width':640,'height':480}],"
        + "'sender':{'id':2,'name':'Bob','available_name':'Bob','avatar_url':'','type':'user',"
        + "'availability_status':'online','thumbnail':''}}");
    respond(200, "[" + message(101, "Hello") + "," + outgoing + "]");
    List<PublicMessage> list = client().messages().list(CONTACT, 3, null);
    expect("GET", MESSAGES, null);
    assertThat(list).extracting(PublicMessage::id).containsExactly(101L, 102L);
    PublicMessage m = list.get(1);
    assertThat(m.messageType()).isEqualTo(MessageType.OUTGOING);
    assertThat(m.sender().type()).isEqualTo(SenderType.USER);
    assertThat(m.sender().availabilityStatus()).isEqualTo("online");
    PublicMessageAttachment a = m.attachments().get(0);
    assertThat(a.fileType()).isEqualTo(AttachmentFileType.IMAGE);
    assertThat(a.fileSize()).isEqualTo(48213L);
    assertThat(a.width()).isEqualTo(640);
    assertThat(a.extension()).isNull();
  }

  @Test
  void listBefore() throws Exception {
    respond(200, "[]");
    assertThat(client().messages().list(CONTACT, 3, 101L)).isEmpty();
    expect("GET", MESSAGES + "?before=101", null);
  }

  @Test
  void listAsync() throws Exception {
    respond(200, "[" + message(90, "old") + "]");
    assertThat(client().messages().listAsync(CONTACT, 3, 100L).get(5, TimeUnit.SECONDS)).hasSize(1);
    expect("GET", MESSAGES + "?before=100", null);
  }

  @Test
  void autoPagingWalksBackwardsWithBefore() throws Exception {
    respond(200, page(41, 60));
    respond(200, page(21, 40));
    respond(200, page(5, 20));
    respond(200, "[]");
    KeyedPage<Long, PublicMessage> first = client().messages().listAutoPaging(CONTACT, 3);
    assertThat(first.items()).hasSize(PublicMessageService.PAGE_SIZE);
    List<Long> ids = first.stream().map(PublicMessage::id).collect(Collectors.toList());
    assertThat(ids).hasSize(56).startsWith(41L).endsWith(20L);
    expect("GET", MESSAGES, null);
    expect("GET", MESSAGES + "?before=41", null);
    expect("GET", MESSAGES + "?before=21", null);
    expect("GET", MESSAGES + "?before=5", null);
  }

  @Test
  void autoPagingCanResumeBelowAnId() throws Exception {
    respond(200, page(1, 3));
    respond(200, "[]");
    KeyedPage<Long, PublicMessage> first = client().messages().listAutoPaging(CONTACT, 3, 4L, 10);
    assertThat(first.autoPager().stream().count()).isEqualTo(3);
    expect("GET", MESSAGES + "?before=4", null);
    expect("GET", MESSAGES + "?before=1", null);
  }

  @Test
  void autoPagingStopsOnAPageThatIsNotOlder() throws Exception {
    respond(200, page(41, 60));
    respond(200, page(41, 60));
    KeyedPage<Long, PublicMessage> first = client().messages().listAutoPaging(CONTACT, 3);
    assertThatThrownBy(first::nextPage).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void updateWithSelectedOption() throws Exception {
    String answered = q("{'id':130,'content':'Pick a topic','message_type':3,'content_type':'input_select',"
        + "'content_attributes':{'items':[{'title':'Billing','value':'billing'}],"
        + "'submitted_values':[{'title':'Billing','value':'billing'}]},"
        + "'created_at':1718611400,'conversation_id':3,'sender':{'id':1,'name':'Bot','avatar_url':'',"
        + "'type':'agent_bot'}}");
    respond(200, answered);
    PublicMessage m = client().messages().update(CONTACT, 3, 130,
        PublicMessageUpdateParams.builder().selectedOption("Billing", "billing").build());
    expect("PATCH", MESSAGES + "/130", q("{'submitted_values':{'title':'Billing','value':'billing'}}"));
    assertThat(m.messageType()).isEqualTo(MessageType.TEMPLATE);
    assertThat(m.contentType()).isEqualTo(ContentType.INPUT_SELECT);
    assertThat(m.contentAttributes()).containsKey("submitted_values");
    assertThat(m.sender().type()).isEqualTo(SenderType.AGENT_BOT);
  }

  @Test
  void updateWithFormFieldsAsync() throws Exception {
    respond(200, message(131, "form"));
    Map<String, Object> field = new LinkedHashMap<>();
    field.put("name", "email");
    field.put("title", "Email");
    field.put("value", "a@b.c");
    PublicMessage m = client().messages().updateAsync(CONTACT, 3, 131, PublicMessageUpdateParams.builder()
        .submittedValueList(List.of(field)).build()).get(5, TimeUnit.SECONDS);
    expect("PATCH", MESSAGES + "/131",
        q("{'submitted_values':[{'name':'email','title':'Email','value':'a@b.c'}]}"));
    assertThat(m.id()).isEqualTo(131L);
  }

  @Test
  void updateWithCsatAnswer() throws Exception {
    respond(200, message(132, "csat"));
    client().messages().update(CONTACT, 3, 132,
        PublicMessageUpdateParams.builder().csatSurveyResponse(5, "Great service!").build());
    expect("PATCH", MESSAGES + "/132",
        q("{'submitted_values':{'csat_survey_response':{'rating':5,'feedback_message':'Great service!'}}}"));
  }

  @Test
  void updateWithPlainObject() throws Exception {
    respond(200, message(133, "x"));
    client().messages().update(CONTACT, 3, 133, PublicMessageUpdateParams.builder()
        .submittedValues(Map.of("name", "My Name")).build());
    expect("PATCH", MESSAGES + "/133", q("{'submitted_values':{'name':'My Name'}}"));
  }

  @Test
  void updateParamsValidation() {
    assertThatThrownBy(() -> PublicMessageUpdateParams.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("submittedValues");
    assertThatThrownBy(() -> PublicMessageUpdateParams.builder().csatSurveyResponse(0, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating");
    assertThatThrownBy(() -> PublicMessageUpdateParams.builder().csatSurveyResponse(6, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rating");
  }

  @Test
  void failedUpdateIs500WithMessage() {
    respond(500, q("{'error':{},'message':'Validation failed: Submitted values is invalid'}"));
    assertThatThrownBy(() -> client().messages().update(CONTACT, 3, 134,
            PublicMessageUpdateParams.builder().selectedOption("a", "b").build()))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((ServerException) e).providerErrorMessage())
            .isEqualTo("Validation failed: Submitted values is invalid"));
    assertThat(server.getRequestCount()).isEqualTo(1);
  }
}
