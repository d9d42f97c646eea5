package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.Contact;
import dev.omnichannel.chatwoot.model.ContactCreateParams;
import dev.omnichannel.chatwoot.model.ContactCreateResult;
import dev.omnichannel.chatwoot.model.ContactFilterCondition;
import dev.omnichannel.chatwoot.model.ContactFilterOperator;
import dev.omnichannel.chatwoot.model.ContactFilterParams;
import dev.omnichannel.chatwoot.model.ContactInboxCreateParams;
import dev.omnichannel.chatwoot.model.ContactList;
import dev.omnichannel.chatwoot.model.ContactSort;
import dev.omnichannel.chatwoot.model.ContactUpdateParams;
import dev.omnichannel.chatwoot.model.ContactableInbox;
import dev.omnichannel.chatwoot.model.Conversation;
import dev.omnichannel.chatwoot.model.ConversationStatus;
import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.core.paging.Page;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class ContactServiceTest extends ChatwootTestSupport {

  /** The slim inbox of {@code contact_inboxes} ({@code api/v1/models/_contact_inbox}). */
  static final String CONTACT_INBOX_JSON = q("{'source_id':'2f5e1c9a-6f0e-4b8e-9d6a-1c1b2a3d4e5f',"
      + "'inbox':{'id':3,'avatar_url':'','channel_id':2,'name':'API Inbox','channel_type':'Channel::Api','provider':null}}");

  /** A contact as the Application API renders it ({@code api/v1/models/_contact}). */
  static String contactJson(long id, String name) {
    return q("{'additional_attributes':{'city':'Berlin','country':'Germany','country_code':'DE','created_at_ip':'127.0.0.1'},"
        + "'availability_status':'offline','email':'" + name.toLowerCase() + "@acme.inc','id':" + id + ",'name':'" + name + "',"
        + "'phone_number':'+4915112345678','blocked':false,'identifier':'ext-" + id + "','thumbnail':'',"
        + "'custom_attributes':{'plan':'pro'},'last_activity_at':1718703667,'created_at':1718700000,"
        + "'contact_inboxes':[") + CONTACT_INBOX_JSON + "]}";
  }

  static final String CONTACT_JSON = contactJson(101, "Alice");

  static String page(int from, int count, String meta) {
    String items = IntStream.range(from, from + count).mapToObj(i -> contactJson(i, "C" + i))
        .collect(Collectors.joining(","));
    return "{\"meta\":" + q(meta) + ",\"payload\":[" + items + "]}";
  }

  private ContactService contacts() {
    return client().contacts();
  }

  private static void assertAlice(Contact c) {
    assertThat(c.id()).isEqualTo(101L);
    assertThat(c.name()).isEqualTo("Alice");
    assertThat(c.email()).isEqualTo("alice@acme.inc");
    assertThat(c.phoneNumber()).isEqualTo("+4915112345678");
    assertThat(c.identifier()).isEqualTo("ext-101");
    assertThat(c.blocked()).isFalse();
    assertThat(c.availabilityStatus()).isEqualTo("offline");
    assertThat(c.additionalAttributes()).containsEntry("city", "Berlin");
    assertThat(c.customAttributes()).containsEntry("plan", "pro");
    assertThat(c.lastActivityAt()).isEqualTo(Instant.ofEpochSecond(1718703667));
    assertThat(c.createdAt()).isEqualTo(Instant.ofEpochSecond(1718700000));
    assertThat(c.contactInboxes()).hasSize(1);
    ContactableInbox ci = c.contactInboxes().get(0);
    assertThat(ci.sourceId()).isEqualTo("2f5e1c9a-6f0e-4b8e-9d6a-1c1b2a3d4e5f");
    assertThat(ci.inbox().id()).isEqualTo(3L);
    assertThat(ci.inbox().name()).isEqualTo("API Inbox");
    assertThat(ci.inbox().channelType()).isEqualTo("Channel::Api");
  }

  // --- list ---

  @Test
  void listSendsSortAndPageAndReadsMeta() throws Exception {
    respond(200, "{\"meta\":{\"count\":31,\"current_page\":2},\"payload\":[" + CONTACT_JSON + "]}");
    ContactList list = contacts().list(ContactSort.LAST_ACTIVITY_AT_DESC, 2);
    expect("GET", "/api/v1/accounts/42/contacts?sort=-last_activity_at&page=2", null);
    assertThat(list.meta().count()).isEqualTo(31);
    assertThat(list.meta().currentPage()).isEqualTo(2);
    assertThat(list.meta().hasMore()).isNull();
    assertThat(list.contacts()).hasSize(1);
    assertAlice(list.contacts().get(0));
  }

  @Test
  void listWithoutParamsSendsNoQuery() throws Exception {
    respond(200, q("{'meta':{'count':0,'current_page':1},'payload':[]}"));
    ContactList list = contacts().list(null, null);
    expect("GET", "/api/v1/accounts/42/contacts", null);
    assertThat(list.contacts()).isEmpty();
  }

  @Test
  void listReadsCurrentPageSentAsString() throws Exception {
    // The controller echoes params[:page], so current_page is the query string's "3".
    respond(200, q("{'meta':{'count':40,'current_page':'3'},'payload':[]}"));
    ContactList list = contacts().list(null, 3);
    expect("GET", "/api/v1/accounts/42/contacts?page=3", null);
    assertThat(list.meta().currentPage()).isEqualTo(3);
    assertThat(list.meta().count()).isEqualTo(40);
  }

  @Test
  void listUnknownSortIsSentRaw() throws Exception {
    respond(200, q("{'meta':{'count':0,'current_page':1},'payload':[]}"));
    contacts().list(ContactSort.of("-created_at"), 1);
    expectOutsideSpec("GET", "/api/v1/accounts/42/contacts?sort=-created_at&page=1", null,
        "ContactSort.of(...) escape hatch: a sort key the spec's enum lacks is sent unchanged (the server's "
            + "ContactsController does sort_on :created_at)");
    assertThat(ContactSort.of("name")).isSameAs(ContactSort.NAME);
  }

  @Test
  void listAutoPagingWalksUntilAShortPage() throws Exception {
    respond(200, page(1, 15, "{'count':33,'current_page':'1'}"));
    respond(200, page(16, 15, "{'count':33,'current_page':'2'}"));
    respond(200, page(31, 3, "{'count':33,'current_page':'3'}"));
    Page<Contact> first = contacts().listAutoPaging(ContactSort.NAME);
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(first.items()).hasSize(15);
    List<Long> ids = first.stream().map(Contact::id).toList();
    assertThat(ids).hasSize(33).startsWith(1L, 2L).endsWith(32L, 33L);
    assertThat(server.getRequestCount()).isEqualTo(3);
    expect("GET", "/api/v1/accounts/42/contacts?sort=name&page=1", null);
    expect("GET", "/api/v1/accounts/42/contacts?sort=name&page=2", null);
    expect("GET", "/api/v1/accounts/42/contacts?sort=name&page=3", null);
  }

  @Test
  void listAutoPagingStopsOnAnEmptyPageAfterAFullOne() throws Exception {
    respond(200, page(1, 15, "{'count':15,'current_page':1}"));
    respond(200, q("{'meta':{'count':15,'current_page':2},'payload':[]}"));
    assertThat(contacts().listAutoPaging(null).stream().count()).isEqualTo(15);
    assertThat(server.getRequestCount()).isEqualTo(2);
    expect("GET", "/api/v1/accounts/42/contacts?page=1", null);
    expect("GET", "/api/v1/accounts/42/contacts?page=2", null);
  }

  // --- create ---

  @Test
  void createSendsExactBodyAndUnwrapsPayload() throws Exception {
    respond(200, "{\"payload\":{\"contact\":" + CONTACT_JSON + ",\"contact_inbox\":" + q("{'inbox':{'id':3,"
        + "'channel_id':2,'name':'API Inbox','channel_type':'Channel::Api','account_id':42,'greeting_enabled':false,"
        + "'created_at':'2024-06-18T09:41:07.512Z','updated_at':'2024-06-18T09:41:07.512Z'},"
        + "'source_id':'2f5e1c9a-6f0e-4b8e-9d6a-1c1b2a3d4e5f'}}}"));
    ContactCreateResult r = contacts().create(ContactCreateParams.builder()
        .inboxId(3).name("Alice").email("alice@acme.inc").blocked(false).phoneNumber("+4915112345678")
        .avatarUrl("https://example.com/avatar.png").identifier("ext-101")
        .additionalAttributes(Map.of("city", "Berlin")).customAttributes(Map.of("plan", "pro"))
        .build());
    expect("POST", "/api/v1/accounts/42/contacts", q("{'inbox_id':3,'name':'Alice','email':'alice@acme.inc',"
        + "'blocked':false,'phone_number':'+4915112345678','avatar_url':'https://example.com/avatar.png',"
        + "'identifier':'ext-101','additional_attributes':{'city':'Berlin'},'custom_attributes':{'plan':'pro'}}"));
    assertAlice(r.contact());
    assertThat(r.contactInbox().sourceId()).isEqualTo("2f5e1c9a-6f0e-4b8e-9d6a-1c1b2a3d4e5f");
    assertThat(r.contactInbox().inbox().id()).isEqualTo(3L);
    assertThat(r.contactInbox().inbox().greetingEnabled()).isFalse();
    assertThat(r.contactInbox().inbox().createdAt()).isEqualTo(Instant.parse("2024-06-18T09:41:07.512Z"));
  }

  @Test
  void createRequiresInboxId() {
    assertThatThrownBy(() -> ContactCreateParams.builder().name("Alice").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inboxId");
    assertThat(ContactCreateParams.builder().inboxId(1).extra("avatar", null).extra("x", 1).build().toJson())
        .containsOnlyKeys("inbox_id", "x");
  }

  @Test
  void createTakenEmailIs422() {
    respond(422, q("{'message':'Email has already been taken','attributes':['email']}"));
    assertThatThrownBy(() -> contacts().create(ContactCreateParams.builder().inboxId(3).email("a@b.c").build()))
        .isInstanceOf(UnprocessableEntityException.class)
        .hasMessageContaining("Email has already been taken");
  }

  @Test
  void createAsync() throws Exception {
    respond(200, "{\"payload\":{\"contact\":" + CONTACT_JSON
        + ",\"contact_inbox\":{\"inbox\":{\"id\":3},\"source_id\":\"s-1\"}}}");
    CompletableFuture<ContactCreateResult> f =
        contacts().createAsync(ContactCreateParams.builder().inboxId(3).name("Alice").build());
    assertThat(f.get(5, TimeUnit.SECONDS).contactInbox().sourceId()).isEqualTo("s-1");
    expect("POST", "/api/v1/accounts/42/contacts", q("{'inbox_id':3,'name':'Alice'}"));
  }

  // --- retrieve / update / delete ---

  @Test
  void retrieveUnwrapsPayload() throws Exception {
    respond(200, "{\"payload\":" + CONTACT_JSON + "}");
    Contact c = contacts().retrieve(101);
    expect("GET", "/api/v1/accounts/42/contacts/101", null);
    assertAlice(c);
  }

  @Test
  void retrieveMissingIsNotFound() throws Exception {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> contacts().retrieve(9)).isInstanceOf(NotFoundException.class);
    expect("GET", "/api/v1/accounts/42/contacts/9", null);
  }

  @Test
  void retrieveAsyncFailureIsTyped() {
    respond(401, q("{'error':'You are not authorized to do this action'}"));
    CompletableFuture<Contact> f = contacts().retrieveAsync(9);
    assertThatThrownBy(() -> f.get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AuthenticationException.class);
  }

  @Test
  void updateUsesPutAndReadsThe200PayloadTheServerSends() throws Exception {
    // The spec says 204 with a bare contact; update.json.jbuilder renders 200 {payload: contact}.
    respond(200, "{\"payload\":" + CONTACT_JSON.replace("\"blocked\":false", "\"blocked\":true") + "}");
    Contact c = contacts().update(101, ContactUpdateParams.builder().blocked(true).name("Alice").build());
    expect("PUT", "/api/v1/accounts/42/contacts/101", q("{'blocked':true,'name':'Alice'}"));
    assertThat(c.blocked()).isTrue();
    assertThat(c.id()).isEqualTo(101L);
  }

  @Test
  void updateWithAllFields() throws Exception {
    respond(200, "{\"payload\":" + CONTACT_JSON + "}");
    contacts().update(101, ContactUpdateParams.builder().name("Alice").email("alice@acme.inc").blocked(false)
        .phoneNumber("+4915112345678").avatarUrl("https://example.com/a.png").identifier("ext-101")
        .additionalAttributes(Map.of("company_name", "Acme")).customAttributes(Map.of("plan", "pro")).build());
    expect("PUT", "/api/v1/accounts/42/contacts/101", q("{'name':'Alice','email':'alice@acme.inc','blocked':false,"
        + "'phone_number':'+4915112345678','avatar_url':'https://example.com/a.png','identifier':'ext-101',"
        + "'additional_attributes':{'company_name':'Acme'},'custom_attributes':{'plan':'pro'}}"));
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    contacts().delete(101);
    expect("DELETE", "/api/v1/accounts/42/contacts/101", null);
  }

  @Test
  void deleteAsync() throws Exception {
    respondEmpty();
    assertThat(contacts().deleteAsync(101).get(5, TimeUnit.SECONDS)).isNull();
    expect("DELETE", "/api/v1/accounts/42/contacts/101", null);
  }

  // --- conversations ---

  @Test
  void conversationsUnwrapsPayload() throws Exception {
    respond(200, q("{'payload':[{'id':7,'account_id':42,'inbox_id':3,'status':'open','channel':'Channel::Api',"
        + "'can_reply':true,'labels':['vip'],'additional_attributes':{},'custom_attributes':{},"
        + "'meta':{'sender':{'id':101,'name':'Alice','email':'alice@acme.inc','thumbnail':'','type':'contact',"
        + "'additional_attributes':{},'custom_attributes':{},'blocked':false},'channel':'Channel::Api',"
        + "'assignee':null,'hmac_verified':false},'messages':[],'unread_count':1,'agent_last_seen_at':0,"
        + "'contact_last_seen_at':0,'timestamp':1718703667,'created_at':1718700000,'updated_at':1718703667.123}]}"));
    List<Conversation> list = contacts().conversations(101);
    expect("GET", "/api/v1/accounts/42/contacts/101/conversations", null);
    assertThat(list).hasSize(1);
    Conversation c = list.get(0);
    assertThat(c.id()).isEqualTo(7L);
    assertThat(c.status()).isEqualTo(ConversationStatus.OPEN);
    assertThat(c.labels()).containsExactly("vip");
    assertThat(c.meta().sender().id()).isEqualTo(101L);
    assertThat(c.createdAt()).isEqualTo(Instant.ofEpochSecond(1718700000));
  }

  // --- search ---

  @Test
  void searchSendsQueryAndReadsHasMore() throws Exception {
    respond(200, "{\"meta\":{\"count\":1,\"current_page\":\"1\",\"has_more\":false},\"payload\":[" + CONTACT_JSON + "]}");
    ContactList list = contacts().search("alice smith", ContactSort.EMAIL, 1);
    expect("GET", "/api/v1/accounts/42/contacts/search?q=alice%20smith&sort=email&page=1", null);
    assertThat(list.meta().hasMore()).isFalse();
    assertThat(list.meta().currentPage()).isEqualTo(1);
    assertAlice(list.contacts().get(0));
  }

  @Test
  void searchAsync() throws Exception {
    respond(200, q("{'meta':{'count':0,'current_page':1,'has_more':false},'payload':[]}"));
    assertThat(contacts().searchAsync("bob", null, null).get(5, TimeUnit.SECONDS).contacts()).isEmpty();
    expect("GET", "/api/v1/accounts/42/contacts/search?q=bob", null);
  }

  @Test
  void searchAutoPagingStopsWhenHasMoreIsFalseEvenOnAFullPage() throws Exception {
    respond(200, page(1, 15, "{'count':30,'current_page':'1','has_more':true}"));
    respond(200, page(16, 15, "{'count':30,'current_page':'2','has_more':false}"));
    List<Contact> all = contacts().searchAutoPaging("acme", null).autoPager().stream().toList();
    assertThat(all).hasSize(30);
    assertThat(server.getRequestCount()).isEqualTo(2);
    expect("GET", "/api/v1/accounts/42/contacts/search?q=acme&page=1", null);
    expect("GET", "/api/v1/accounts/42/contacts/search?q=acme&page=2", null);
  }

  @Test
  void searchAutoPagingFollowsHasMoreOnAShortPage() throws Exception {
    respond(200, page(1, 3, "{'count':5,'current_page':1,'has_more':true}"));
    respond(200, page(4, 2, "{'count':5,'current_page':2,'has_more':false}"));
    assertThat(contacts().searchAutoPaging("acme", ContactSort.NAME).stream().count()).isEqualTo(5);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // --- filter ---

  static final String FILTER_BODY = q("{'payload':[{'attribute_key':'name','filter_operator':'equal_to','values':['en'],"
      + "'query_operator':'AND'},{'attribute_key':'country_code','filter_operator':'equal_to','values':['us']}]}");

  static ContactFilterParams specExampleFilter() {
    return ContactFilterParams.builder()
        .condition(ContactFilterCondition.builder().attributeKey("name")
            .filterOperator(ContactFilterOperator.EQUAL_TO).values("en").queryOperator(ContactFilterCondition.AND).build())
        .condition(ContactFilterCondition.of("country_code", ContactFilterOperator.EQUAL_TO, "us"))
        .build();
  }

  @Test
  void filterSendsConditionsAndPage() throws Exception {
    respond(200, "{\"meta\":{\"count\":1,\"current_page\":\"2\"},\"payload\":[" + CONTACT_JSON + "]}");
    ContactList list = contacts().filter(specExampleFilter(), 2);
    expect("POST", "/api/v1/accounts/42/contacts/filter?page=2", FILTER_BODY);
    assertThat(list.meta().currentPage()).isEqualTo(2);
    assertAlice(list.contacts().get(0));
  }

  @Test
  void filterEscapeHatches() throws Exception {
    respond(200, q("{'meta':{'count':0,'current_page':1},'payload':[]}"));
    contacts().filter(ContactFilterParams.builder()
        .condition(ContactFilterCondition.builder().attributeKey("signed_up_at")
            .filterOperator(ContactFilterOperator.of("is_after")).values(List.of("2024-01-01"))
            .queryOperator(ContactFilterCondition.OR).extra("custom_attribute_type", "").build())
        .rawCondition(Map.of("attribute_key", "blocked"))
        .extra("trace", true)
        .build(), null);
    expectOutsideSpec("POST", "/api/v1/accounts/42/contacts/filter", q("{'trace':true,'payload':[{'attribute_key':'signed_up_at',"
        + "'filter_operator':'is_after','values':['2024-01-01'],'query_operator':'OR','custom_attribute_type':''},"
        + "{'attribute_key':'blocked'}]}"),
        "filter escape hatches: ContactFilterOperator.of(\"is_after\"), condition extra(\"custom_attribute_type\"), "
            + "rawCondition(...) and params extra(\"trace\") send what the spec does not list");
  }

  @Test
  void filterValidation() {
    assertThatThrownBy(() -> ContactFilterParams.builder().build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("condition");
    assertThatThrownBy(() -> ContactFilterCondition.builder().filterOperator(ContactFilterOperator.CONTAINS).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("attributeKey");
    assertThatThrownBy(() -> ContactFilterCondition.builder().attributeKey("email").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("filterOperator");
    assertThat(ContactFilterCondition.of("email", ContactFilterOperator.IS_PRESENT).toJson())
        .containsEntry("values", List.of());
  }

  @Test
  void filterAutoPagingResendsTheBodyPerPage() throws Exception {
    respond(200, page(1, 15, "{'count':19,'current_page':'1'}"));
    respond(200, page(16, 4, "{'count':19,'current_page':'2'}"));
    Page<Contact> first = contacts().filterAutoPaging(specExampleFilter());
    assertThat(first.hasNextPage()).isTrue();
    Page<Contact> second = first.nextPage();
    assertThat(second.items()).hasSize(4);
    assertThat(second.hasNextPage()).isFalse();
    assertThat(server.getRequestCount()).isEqualTo(2);
    expect("POST", "/api/v1/accounts/42/contacts/filter?page=1", FILTER_BODY);
    expect("POST", "/api/v1/accounts/42/contacts/filter?page=2", FILTER_BODY);
  }

  // --- contact inboxes ---

  @Test
  void createContactInbox() throws Exception {
    respond(200, CONTACT_INBOX_JSON);
    ContactableInbox ci = contacts().createContactInbox(101, ContactInboxCreateParams.builder()
        .inboxId(3).sourceId("2f5e1c9a-6f0e-4b8e-9d6a-1c1b2a3d4e5f").hmacVerified(true).build());
    expect("POST", "/api/v1/accounts/42/contacts/101/contact_inboxes",
        q("{'inbox_id':3,'source_id':'2f5e1c9a-6f0e-4b8e-9d6a-1c1b2a3d4e5f','hmac_verified':true}"));
    assertThat(ci.sourceId()).isEqualTo("2f5e1c9a-6f0e-4b8e-9d6a-1c1b2a3d4e5f");
    assertThat(ci.inbox().channelId()).isEqualTo(2L);
  }

  @Test
  void createContactInboxRequiresInboxId() {
    assertThatThrownBy(() -> ContactInboxCreateParams.builder().sourceId("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("inboxId");
  }

  @Test
  void contactableInboxes() throws Exception {
    respond(200, q("{'payload':[{'inbox':{'id':3,'name':'API Inbox','channel_id':2,'channel_type':'Channel::Api',"
        + "'avatar_url':'','greeting_enabled':false,'working_hours_enabled':false,'timezone':'UTC'},"
        + "'source_id':'2f5e1c9a'},{'inbox':{'id':4,'name':'Mail','channel_type':'Channel::Email'},"
        + "'source_id':'alice@acme.inc'}]}"));
    List<ContactableInbox> list = contacts().contactableInboxes(101);
    expect("GET", "/api/v1/accounts/42/contacts/101/contactable_inboxes", null);
    assertThat(list).extracting(ContactableInbox::sourceId).containsExactly("2f5e1c9a", "alice@acme.inc");
    assertThat(list.get(0).inbox().timezone()).isEqualTo("UTC");
    assertThat(list.get(1).inbox().channelType()).isEqualTo("Channel::Email");
  }

  // --- merge ---

  @Test
  void mergeSendsBothIdsAndReadsTheBareBaseContact() throws Exception {
    respond(200, CONTACT_JSON);
    Contact base = contacts().merge(101, 202);
    expect("POST", "/api/v1/accounts/42/actions/contact_merge", q("{'base_contact_id':101,'mergee_contact_id':202}"));
    assertAlice(base);
  }

  @Test
  void mergeAsync() throws Exception {
    respond(200, CONTACT_JSON);
    assertThat(contacts().mergeAsync(101, 202).get(5, TimeUnit.SECONDS).id()).isEqualTo(101L);
    expect("POST", "/api/v1/accounts/42/actions/contact_merge", q("{'base_contact_id':101,'mergee_contact_id':202}"));
  }

  // --- labels ---

  @Test
  void listLabels() throws Exception {
    respond(200, q("{'payload':['support','billing']}"));
    assertThat(contacts().listLabels(101)).containsExactly("support", "billing");
    expect("GET", "/api/v1/accounts/42/contacts/101/labels", null);
  }

  @Test
  void addLabelsReplacesTheList() throws Exception {
    respond(200, q("{'payload':['support','billing']}"));
    assertThat(contacts().addLabels(101, List.of("support", "billing"))).containsExactly("support", "billing");
    expect("POST", "/api/v1/accounts/42/contacts/101/labels", q("{'labels':['support','billing']}"));
  }

  @Test
  void addLabelsEmptyClears() throws Exception {
    respond(200, q("{'payload':[]}"));
    assertThat(contacts().addLabelsAsync(101, List.of()).get(5, TimeUnit.SECONDS)).isEmpty();
    expect("POST", "/api/v1/accounts/42/contacts/101/labels", q("{'labels':[]}"));
  }

  // --- options ---

  @Test
  void withRequestOptionsAddsHeaders() throws Exception {
    respond(200, q("{'payload':[]}"));
    contacts().withRequestOptions(RequestOptions.builder().header("X-Trace", "t-1").build()).listLabels(5);
    RecordedRequest r = expect("GET", "/api/v1/accounts/42/contacts/5/labels", null);
    assertThat(r.getHeaders().get("X-Trace")).isEqualTo("t-1");
  }

  @Test
  void contactWithoutContactInboxesHasAnEmptyList() throws Exception {
    respond(200, q("{'payload':{'id':5,'name':'Bob','thumbnail':'','blocked':false}}"));
    Contact c = contacts().retrieve(5);
    assertThat(c.contactInboxes()).isEmpty();
    assertThat(c.email()).isNull();
  }
}
