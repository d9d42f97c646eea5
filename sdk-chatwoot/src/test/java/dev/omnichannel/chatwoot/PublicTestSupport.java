package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import mockwebserver3.RecordedRequest;

/**
 * A MockWebServer and a Client API client for inbox {@link #INBOX} pointing at it. Unlike
 * {@link ChatwootTestSupport#expect}, {@link #expect} asserts that NO {@code api_access_token}
 * (nor any other auth header) is sent.
 */
abstract class PublicTestSupport extends MockServerTestSupport<ChatwootPublicClient> {

  static final String INBOX = "inbox-id-7Hk2secret";
  static final String CONTACT = "c0ffee00-source-id";
  static final String BASE = "/public/api/v1/inboxes/" + INBOX;
  static final String CONTACT_PATH = BASE + "/contacts/" + CONTACT;

  @Override
  ChatwootPublicClient newClient() {
    return ChatwootPublicClient.builder()
        .baseUrl(server.url("/").toString())
        .inboxIdentifier(INBOX)
        .sleeper(sleeper)
        .build();
  }

  /** The Client API authenticates by the inbox identifier in the path: no auth header at all. */
  @Override
  void assertAuth(RecordedRequest r) {
    assertThat(r.getHeaders().get("api_access_token")).isNull();
    assertThat(r.getHeaders().get("Authorization")).isNull();
    assertThat(r.getHeaders().names()).noneMatch(n -> n.toLowerCase().contains("token"));
  }

  /** A realistic {@code public_message} (an incoming text from the contact). */
  static String message(long id, String content) {
    return q("{'id':" + id + ",'content':'" + content + "','message_type':0,'content_type':'text',"
        + "'content_attributes':{},'created_at':1718611200,'conversation_id':3,"
        + "'sender':{'additional_attributes':{},'custom_attributes':{},'email':'alice@acme.inc',"
        + "'id':14,'identifier':'user-1','name':'Alice','phone_number':'+15550001111',"
        + "'thumbnail':'','blocked':false,'type':'contact'}}");
  }

  /** A realistic {@code public_contact_record}, as rendered inside a conversation. */
  static final String CONTACT_RECORD = q("{'id':14,'name':'Alice','email':'alice@acme.inc',"
      + "'phone_number':'+15550001111','identifier':'user-1','blocked':false,"
      + "'additional_attributes':{},'custom_attributes':{'plan':'pro'},'contact_type':'lead',"
      + "'country_code':null,'last_activity_at':'2026-06-17T08:00:00.000Z',"
      + "'created_at':'2026-06-17T07:59:00.000Z','updated_at':'2026-06-17T08:00:01.000Z',"
      + "'last_name':'','middle_name':'','location':'','account_id':1,'company_id':null,"
      + "'label_list':['vip']}");

  /** A realistic {@code public_conversation}. */
  static String conversation(String status) {
    return q("{'id':3,'uuid':'5c8f3e2a-0b1d-4c55-9a57-2f1f0b9d7e11','inbox_id':9,"
        + "'contact_last_seen_at':0,'status':'" + status + "','agent_last_seen_at':1718611260,"
        + "'messages':[") + message(101, "Hello") + q("],'contact':") + CONTACT_RECORD + "}";
  }
}
