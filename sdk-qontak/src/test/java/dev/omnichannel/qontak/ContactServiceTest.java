package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.core.Sleeper;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.core.testing.MutableClock;
import dev.omnichannel.qontak.model.Channel;
import dev.omnichannel.qontak.model.Contact;
import dev.omnichannel.qontak.model.ContactBlock;
import dev.omnichannel.qontak.model.ContactBlockParams;
import dev.omnichannel.qontak.model.ContactList;
import dev.omnichannel.qontak.model.ContactListAddContactsParams;
import dev.omnichannel.qontak.model.ContactListCreateParams;
import dev.omnichannel.qontak.model.ContactListProgress;
import dev.omnichannel.qontak.model.ContactListSourceType;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ContactServiceTest extends QontakTestSupport {

  static final String LIST_ID = "534bd3d4-5395-46a9-bfbb-353f3a7721be";

  /** MAG spec example of GET /contacts/contact_lists/{id}, with {@code progress} replaceable. */
  static String contactList(String progress) {
    return q("{'id':'" + LIST_ID + "','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
        + "'source_type':'spreadsheet','source_id':null,'name':'list_xlsx_contact_xlsx_1729113232530',"
        + "'contacts_count':2,'contacts_count_success':2,'contacts_count_failed':0,"
        + "'created_at':'2024-10-16T21:13:57.746Z','updated_at':'2024-10-16T21:13:57.746Z',"
        + "'contact_variables':['company','customer_name'],"
        + ("success".equals(progress) || "failed".equals(progress)
            ? "'finished_at':'2024-10-16T21:13:58.027Z'," : "'finished_at':null,")
        + "'error_messages':{},'progress':'" + progress + "'}");
  }

  /** MAG spec example contacts of GET /contacts/contact_lists/contacts/{id}. */
  static final String CONTACT_A = q("{'id':'44a29458-6edf-412b-95f6-2abb003cd536','phone_number':'6287884114722',"
      + "'full_name':'Valent XL Mekari','email':'','username':'','code':'','created_at':'2022-11-29T11:07:25.498Z',"
      + "'updated_at':'2024-10-16T21:13:57.967Z','authority':'own','channel':'unknown','status':'success',"
      + "'error_messages':{},'extra':{'company':'Mekari','customer_name':'Valent XL'},"
      + "'account_uniq_id':'6287884114722','channel_integration_id':'5f6ddb6d-0588-4b5c-8418-1d7f3cd9f6c9',"
      + "'avatar':{},'is_valid':true,'is_blocked':false,'contact_handler_id':null}");
  static final String CONTACT_B = q("{'id':'322f5500-993a-423b-a29c-764c91b9bfd3','phone_number':'62895385290500',"
      + "'full_name':'Valent Mekari','email':'','username':'','code':'6369F405','created_at':'2022-06-30T14:27:15.907Z',"
      + "'updated_at':'2024-10-16T21:16:35.576Z','authority':'own','channel':'unknown','status':'success',"
      + "'error_messages':{},'extra':{'company':'Mekari','customer_name':'Valent'},"
      + "'account_uniq_id':'62895385290500','channel_integration_id':'5f6ddb6d-0588-4b5c-8418-1d7f3cd9f6c9',"
      + "'avatar':{},'is_valid':true,'is_blocked':false,'contact_handler_id':null}");

  static final byte[] CSV = "full_name,phone_number,customer_name\nBudi,6281234567890,Budi S\n"
      .getBytes(StandardCharsets.UTF_8);

  static ContactListCreateParams csvParams() {
    return ContactListCreateParams.builder().name("pelanggan_oktober").file("pelanggan.csv", CSV).build();
  }

  // --- row 29 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listContactLists(Mode mode) throws Exception {
    respond(200, page(contactList("success"), null, 1, 10, 1));
    QontakList<ContactList> lists = client(mode).contacts()
        .listContactLists(ListParams.common().query("pelanggan").limit(10).build());
    expect(mode, "GET", "/contacts/contact_lists?query=pelanggan&limit=10", null);
    assertThat(lists.items()).singleElement().satisfies(l -> {
      assertThat(l.id()).isEqualTo(LIST_ID);
      assertThat(l.sourceType()).isEqualTo(ContactListSourceType.SPREADSHEET);
      assertThat(l.progress()).isEqualTo(ContactListProgress.SUCCESS);
    });
    assertThat(lists.pagination().total()).isEqualTo(1);

    respond(200, page(contactList("success"), null, 1, 10, 1));
    assertThat(client(mode).contacts().listContactListsAsync(null).get(5, TimeUnit.SECONDS).items()).hasSize(1);
    expect(mode, "GET", "/contacts/contact_lists", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listContactListsAutoPages(Mode mode) throws Exception {
    respond(200, page(contactList("success"), "bmV4dA==", 1, 1, 2));
    respond(200, page(contactList("processing").replace(LIST_ID, "second"), "bGFzdA==", 2, 1, 2));
    respond(200, page("", null, 3, 1, 0)); // total (2) is not trusted: the walk ends on the empty page
    List<String> ids = client(mode).contacts().listContactListsAutoPaging(ListParams.common().limit(1).build())
        .stream().map(ContactList::id).toList();
    assertThat(ids).containsExactly(LIST_ID, "second");
    expect(mode, "GET", "/contacts/contact_lists?limit=1", null);
    expect(mode, "GET", "/contacts/contact_lists?limit=1&cursor=bmV4dA%3D%3D", null);
    expect(mode, "GET", "/contacts/contact_lists?limit=1&cursor=bGFzdA%3D%3D", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // --- row 30 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAsyncUploadsTheSpreadsheet(Mode mode) throws Exception {
    respond(201, ok(q("{'id':'" + LIST_ID + "','name':'pelanggan_oktober','progress':'processing'}")));
    ContactList created = client(mode).contacts().createContactList(csvParams());
    assertThat(created.id()).isEqualTo(LIST_ID);
    assertThat(created.isFinished()).isFalse();
    assertThat(multipartParts(mode, server.takeRequest())).containsExactly(
        "form-data; name=\"name\" | pelanggan_oktober",
        "form-data; name=\"source_type\" | spreadsheet",
        "form-data; name=\"file\"; filename=\"pelanggan.csv\" | text/csv | " + new String(CSV, StandardCharsets.UTF_8));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAsyncWithCrmSourceAndExcel(Mode mode, @TempDir Path dir) throws Exception {
    Path xlsx = Files.write(dir.resolve("crm.xlsx"), new byte[] {'P', 'K', 3, 4});
    respond(201, ok(q("{'id':'crm-list'}")));
    ContactListCreateParams p = ContactListCreateParams.builder().name("crm").sourceType(ContactListSourceType.CRM_DYNAMIC)
        .sourceId("crm-source-1").file(xlsx).extra("division_id", "div-1").build();
    assertThat(p.toString()).isEqualTo("ContactListCreateParams[name, source_type, source_id, division_id]+file crm.xlsx");
    assertThat(client(mode).contacts().createContactListAsync(p).get(5, TimeUnit.SECONDS).id()).isEqualTo("crm-list");
    assertThat(multipartParts(mode, server.takeRequest())).containsExactly(
        "form-data; name=\"name\" | crm",
        "form-data; name=\"source_type\" | crm_dynamic",
        "form-data; name=\"source_id\" | crm-source-1",
        "form-data; name=\"division_id\" | div-1",
        "form-data; name=\"file\"; filename=\"crm.xlsx\" | " + ContactListCreateParams.XLSX + " | PK\u0003\u0004");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createWithoutAnIdInTheAnswerIsAnInvalidResponse(Mode mode) {
    respond(201, ok("{}"));
    assertThatThrownBy(() -> client(mode).contacts().createContactList(csvParams()))
        .isInstanceOf(InvalidResponseException.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createIsNotRetriedAfterAServerError(Mode mode) {
    respond(503, q("{'status':'error','error':{'code':503,'messages':['busy']}}"));
    respond(201, ok(q("{'id':'dup'}")));
    assertThatThrownBy(() -> client(mode).contacts().createContactList(csvParams()))
        .isInstanceOf(dev.omnichannel.core.ServerException.class);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @Test
  void createParamsValidation() {
    assertThatThrownBy(() -> ContactListCreateParams.builder().file("a.csv", CSV).build())
        .hasMessageContaining("name is required");
    assertThatThrownBy(() -> ContactListCreateParams.builder().name(" ").file("a.csv", CSV).build())
        .hasMessageContaining("name is required");
    assertThatThrownBy(() -> ContactListCreateParams.builder().name("n").build())
        .hasMessageContaining("file is required");
    assertThatThrownBy(() -> ContactListCreateParams.builder().name("n").sourceType(ContactListSourceType.CRM_DYNAMIC).build())
        .hasMessageContaining("sourceId is required");
    assertThat(ContactListCreateParams.contentTypeOf("A.XLS")).isEqualTo(ContactListCreateParams.XLS);
    assertThat(ContactListCreateParams.contentTypeOf("a.xlsx")).isEqualTo(ContactListCreateParams.XLSX);
    assertThat(ContactListCreateParams.contentTypeOf("a.csv")).isEqualTo("text/csv");
    assertThat(ContactListCreateParams.contentTypeOf("a.txt")).isEqualTo("application/octet-stream");
    ContactListCreateParams p = csvParams();
    assertThat(p.get("source_type")).isEqualTo("spreadsheet");
    assertThat(p.toString()).doesNotContain("Budi");
  }

  // --- row 31 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieveContactList(Mode mode) throws Exception {
    respond(200, ok(contactList("success")));
    ContactList l = client(mode).contacts().retrieveContactList(LIST_ID);
    expect(mode, "GET", "/contacts/contact_lists/" + LIST_ID, null);
    assertThat(l.name()).isEqualTo("list_xlsx_contact_xlsx_1729113232530");
    assertThat(l.organizationId()).isEqualTo("a6642f0c-d865-471f-97c7-00adaa313d29");
    assertThat(l.sourceId()).isNull();
    assertThat(l.contactsCount()).isEqualTo(2);
    assertThat(l.contactsCountSuccess()).isEqualTo(2);
    assertThat(l.contactsCountFailed()).isZero();
    assertThat(l.contactVariables()).containsExactly("company", "customer_name");
    assertThat(l.createdAt()).isEqualTo(Instant.parse("2024-10-16T21:13:57.746Z"));
    assertThat(l.finishedAt()).isEqualTo(Instant.parse("2024-10-16T21:13:58.027Z"));
    assertThat(l.errorMessages()).isEmpty();
    assertThat(l.progress()).isEqualTo(ContactListProgress.SUCCESS);
    assertThat(l.isFinished()).isTrue();

    respond(200, ok(contactList("processing")));
    ContactList async = client(mode).contacts().retrieveContactListAsync(LIST_ID).get(5, TimeUnit.SECONDS);
    expect(mode, "GET", "/contacts/contact_lists/" + LIST_ID, null);
    assertThat(async.progress()).isEqualTo(ContactListProgress.PROCESSING);
    assertThat(async.isFinished()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unknownProgressValuesAreKeptAndAreNotFinishedWithoutFinishedAt(Mode mode) {
    respond(200, ok(contactList("pending")));
    ContactList l = client(mode).contacts().retrieveContactList(LIST_ID);
    assertThat(l.progress().value()).isEqualTo("pending");
    assertThat(l.progress().isKnown()).isFalse();
    assertThat(l.finishedAt()).isNull();
    assertThat(l.isFinished()).isFalse();
    // a finished_at ends it whatever the progress says
    respond(200, ok(contactList("partially_failed").replace("\"finished_at\":null",
        "\"finished_at\":\"2024-10-16T21:13:58.027Z\"")));
    assertThat(client(mode).contacts().retrieveContactList(LIST_ID).isFinished()).isTrue();
    assertThat(new ContactList("x", null, null, null, null, null, null, null, null, null, null, null, null, null)
        .isFinished()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anUnknownListIsA422(Mode mode) {
    respond(422, "{\"status\":\"error\",\"error\":{\"code\":422,\"messages\":["
        + "\"Couldn't find contact list with 'id'=534bd3d4-5395-46a9-bfbb-353f3a7721bee\"]}}");
    assertThatThrownBy(() -> client(mode).contacts().retrieveContactList(LIST_ID + "e"))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> assertThat(e.providerErrorMessage())
            .isEqualTo("Couldn't find contact list with 'id'=534bd3d4-5395-46a9-bfbb-353f3a7721bee"));
  }

  // --- row 30 + 31: create and wait ---

  /** A sleeper that records into the shared FakeSleeper and moves the clock as if it had slept. */
  static Sleeper advancing(dev.omnichannel.core.testing.FakeSleeper fake, MutableClock clock) {
    return new Sleeper() {
      @Override
      public void sleep(Duration d) {
        fake.sleep(d);
        clock.advance(d);
      }

      @Override
      public Executor after(Duration d) {
        Executor e = fake.after(d);
        clock.advance(d);
        return e;
      }
    };
  }

  QontakClient pollingClient(Mode mode, MutableClock clock) {
    QontakClient.Builder b = QontakClient.builder().baseUrl(server.url("/").toString())
        .clock(clock).sleeper(advancing(sleeper, clock));
    return (mode == Mode.OAUTH ? b.accessToken(TOKEN) : b.mekariHmac(CLIENT_ID, CLIENT_SECRET)).build();
  }

  List<String> targets(Mode mode) throws InterruptedException {
    List<String> out = new ArrayList<>();
    int n = server.getRequestCount();
    for (int i = 0; i < n; i++) {
      RecordedRequest r = server.takeRequest();
      // the HMAC Date moves with the mutable clock; the signature itself is checked in the other tests
      assertThat(r.getHeaders().get("Authorization")).startsWith(mode == Mode.OAUTH ? "Bearer " : "hmac username=");
      out.add(r.getMethod() + " " + r.getTarget());
    }
    return out;
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAndWaitPollsUntilProgressLeavesProcessing(Mode mode) throws Exception {
    MutableClock clock = new MutableClock(NOW);
    respond(201, ok(q("{'id':'" + LIST_ID + "'}")));
    respond(200, ok(contactList("processing")));
    respond(200, ok(contactList("processing")));
    respond(200, ok(contactList("success")));
    try (QontakClient c = pollingClient(mode, clock)) {
      ContactList done = c.contacts().createContactListAndWait(csvParams(), Duration.ofMinutes(1));
      assertThat(done.progress()).isEqualTo(ContactListProgress.SUCCESS);
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2));
    assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(6));
    String get = "GET " + prefix(mode) + "/contacts/contact_lists/" + LIST_ID;
    assertThat(targets(mode)).containsExactly("POST " + prefix(mode) + "/contacts/contact_lists/async", get, get, get);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAndWaitReturnsAFailedImport(Mode mode) throws Exception {
    MutableClock clock = new MutableClock(NOW);
    respond(201, ok(q("{'id':'" + LIST_ID + "'}")));
    respond(200, ok(contactList("failed").replace("'error_messages':{}".replace('\'', '"'),
        q("'error_messages':{'file':['phone_number column is missing']}"))));
    try (QontakClient c = pollingClient(mode, clock)) {
      ContactList done = c.contacts().createContactListAndWait(csvParams(), Duration.ofSeconds(30), Duration.ofSeconds(5));
      assertThat(done.progress()).isEqualTo(ContactListProgress.FAILED);
      assertThat(done.errorMessages()).containsKey("file");
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(5));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAndWaitKeepsPollingThroughUnknownProgressValues(Mode mode) throws Exception {
    MutableClock clock = new MutableClock(NOW);
    respond(201, ok(q("{'id':'" + LIST_ID + "','progress':'uploading'}")));
    respond(200, ok(contactList("pending")));
    respond(200, ok(contactList("queued")));
    respond(200, ok(contactList("processing")));
    respond(200, ok(contactList("success")));
    try (QontakClient c = pollingClient(mode, clock)) {
      ContactList done = c.contacts().createContactListAndWait(csvParams(), Duration.ofMinutes(1));
      assertThat(done.progress()).isEqualTo(ContactListProgress.SUCCESS);
    }
    assertThat(sleeper.sleeps()).hasSize(4);
    assertThat(server.getRequestCount()).isEqualTo(1 + 4);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAndWaitTimesOutOnAnUnknownProgressInsteadOfReturningEarly(Mode mode) throws Exception {
    MutableClock clock = new MutableClock(NOW);
    respond(201, ok(q("{'id':'" + LIST_ID + "'}")));
    for (int i = 0; i < 10; i++) {
      respond(200, ok(contactList("queued")));
    }
    try (QontakClient c = pollingClient(mode, clock)) {
      assertThatThrownBy(() -> c.contacts().createContactListAndWait(csvParams(), Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(ContactListTimeoutException.class, e -> {
            assertThat(e.polls()).isEqualTo(3);
            assertThat(e.lastSeen().progress().value()).isEqualTo("queued");
          });
    }
    assertThat(server.getRequestCount()).isEqualTo(1 + 3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAndWaitStopsAtTheTimeout(Mode mode) throws Exception {
    MutableClock clock = new MutableClock(NOW);
    respond(201, ok(q("{'id':'" + LIST_ID + "'}")));
    for (int i = 0; i < 10; i++) {
      respond(200, ok(contactList("processing")));
    }
    try (QontakClient c = pollingClient(mode, clock)) {
      assertThatThrownBy(() -> c.contacts().createContactListAndWait(csvParams(), Duration.ofSeconds(5)))
          .isInstanceOfSatisfying(ContactListTimeoutException.class, e -> {
            assertThat(e.contactListId()).isEqualTo(LIST_ID);
            assertThat(e.polls()).isEqualTo(3);
            assertThat(e.timeout()).isEqualTo(Duration.ofSeconds(5));
            assertThat(e.lastSeen().progress()).isEqualTo(ContactListProgress.PROCESSING);
            assertThat(e.getMessage()).contains(LIST_ID).contains("still processing");
          });
    }
    // 2 s + 2 s, then only the 1 s left, so the last poll happens at the deadline
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(1));
    assertThat(clock.instant()).isEqualTo(NOW.plusSeconds(5));
    assertThat(server.getRequestCount()).isEqualTo(1 + 3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAndWaitAsyncWaitsWithTheSleeperToo(Mode mode) throws Exception {
    MutableClock clock = new MutableClock(NOW);
    respond(201, ok(q("{'id':'" + LIST_ID + "'}")));
    respond(200, ok(contactList("processing")));
    respond(200, ok(contactList("success")));
    try (QontakClient c = pollingClient(mode, clock)) {
      ContactList done = c.contacts()
          .createContactListAndWaitAsync(csvParams(), Duration.ofSeconds(10), Duration.ofSeconds(3))
          .get(5, TimeUnit.SECONDS);
      assertThat(done.isFinished()).isTrue();
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createContactListAndWaitAsyncTimesOut(Mode mode) throws Exception {
    MutableClock clock = new MutableClock(NOW);
    respond(201, ok(q("{'id':'" + LIST_ID + "'}")));
    for (int i = 0; i < 10; i++) {
      respond(200, ok(contactList("processing")));
    }
    try (QontakClient c = pollingClient(mode, clock)) {
      var future = c.contacts().createContactListAndWaitAsync(csvParams(), Duration.ofSeconds(9), Duration.ofSeconds(3));
      assertThatThrownBy(() -> future.get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
          .cause().isInstanceOfSatisfying(ContactListTimeoutException.class, e -> assertThat(e.polls()).isEqualTo(3));
    }
    assertThat(sleeper.sleeps()).containsExactly(Duration.ofSeconds(3), Duration.ofSeconds(3), Duration.ofSeconds(3));
    assertThat(server.getRequestCount()).isEqualTo(4);
  }

  @Test
  void createContactListAndWaitRejectsNonPositiveDurations() {
    var contacts = client(Mode.OAUTH).contacts();
    assertThatThrownBy(() -> contacts.createContactListAndWait(csvParams(), Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> contacts.createContactListAndWait(csvParams(), Duration.ofSeconds(1), Duration.ofSeconds(-1)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pollInterval");
    assertThat(server.getRequestCount()).isZero();
  }

  // --- row 32 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listContacts(Mode mode) throws Exception {
    respond(200, q("{'status':'success','data':[" + CONTACT_A + "," + CONTACT_B + "],'meta':{'pagination':{"
        + "'cursor':{'next':'MTY1NjU5OTIzNS45MDc=','prev':'MTY2OTcyMDA0NS40OTg=','pit':null},"
        + "'offset':1,'limit':100,'total':2,'target_offset':0}}}"));
    QontakList<Contact> page = client(mode).contacts().listContacts(LIST_ID, ListParams.common().limit(100).build());
    expect(mode, "GET", "/contacts/contact_lists/contacts/" + LIST_ID + "?limit=100", null);
    assertThat(page.items()).hasSize(2);
    Contact a = page.items().get(0);
    assertThat(a.id()).isEqualTo("44a29458-6edf-412b-95f6-2abb003cd536");
    assertThat(a.phoneNumber()).isEqualTo("6287884114722");
    assertThat(a.fullName()).isEqualTo("Valent XL Mekari");
    assertThat(a.email()).isEmpty();
    assertThat(a.authority()).isEqualTo("own");
    assertThat(a.channel().value()).isEqualTo("unknown");
    assertThat(a.status()).isEqualTo("success");
    assertThat(a.extra()).containsEntry("company", "Mekari").containsEntry("customer_name", "Valent XL");
    assertThat(a.accountUniqId()).isEqualTo("6287884114722");
    assertThat(a.channelIntegrationId()).isEqualTo("5f6ddb6d-0588-4b5c-8418-1d7f3cd9f6c9");
    assertThat(a.avatar()).isEqualTo(Map.of());
    assertThat(a.isValid()).isTrue();
    assertThat(a.isBlocked()).isFalse();
    assertThat(a.contactHandlerId()).isNull();
    assertThat(a.updatedAt()).isEqualTo(Instant.parse("2024-10-16T21:13:57.967Z"));
    assertThat(page.items().get(1).code()).isEqualTo("6369F405");
    assertThat(page.pagination().total()).isEqualTo(2);

    respond(200, page(CONTACT_A, null, 1, 100, 1));
    assertThat(client(mode).contacts().listContactsAsync(LIST_ID, null).get(5, TimeUnit.SECONDS).items()).hasSize(1);
    expect(mode, "GET", "/contacts/contact_lists/contacts/" + LIST_ID, null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listContactsAutoPagesUntilAnEmptyPage(Mode mode) throws Exception {
    respond(200, page(CONTACT_A, "Y3Vyc29yMg==", 1, 1, 2));
    respond(200, page(CONTACT_B, "Y3Vyc29yMw==", 2, 1, 2));
    respond(200, page("", null, 3, 1, 2));
    List<String> phones = client(mode).contacts().listContactsAutoPaging(LIST_ID, ListParams.common().limit(1).build())
        .stream().map(Contact::phoneNumber).toList();
    assertThat(phones).containsExactly("6287884114722", "62895385290500");
    expect(mode, "GET", "/contacts/contact_lists/contacts/" + LIST_ID + "?limit=1", null);
    expect(mode, "GET", "/contacts/contact_lists/contacts/" + LIST_ID + "?limit=1&cursor=Y3Vyc29yMg%3D%3D", null);
    expect(mode, "GET", "/contacts/contact_lists/contacts/" + LIST_ID + "?limit=1&cursor=Y3Vyc29yMw%3D%3D", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // --- row 33 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void overrideContactByUpload(Mode mode) throws Exception {
    String settings = q("{'auto_assign_agent':true,'app_type':'full','agent_can_takeover':true,"
        + "'is_override_contact_by_upload':true,'room_created':{'enabled':true,'webhooks':[{"
        + "'id':'56ac7e92-95a7-43af-92ce-2396b9861e7a','event':'room_interaction',"
        + "'url':'https://officeless-webhook.mekari.com/2/sinarmas-webhook-message-client','channel_integration_ids':[]}]},"
        + "'contact_list_upload':200000,'contact_list_upload_csv':20000,'contact_list_upload_excel':5000,"
        + "'broadcast_rate':{'broadcast_direct_limit':3,'broadcast_direct_interval':60,"
        + "'broadcast_list_limit':5,'broadcast_list_interval':50}}");
    respond(200, ok(settings));
    Map<String, Object> org = client(mode).contacts().overrideContactByUpload(true);
    expect(mode, "PUT", "/contacts/contact_lists/override_contact_by_upload", "{\"enabled\":true}");
    assertThat(org).containsEntry("is_override_contact_by_upload", true).containsEntry("app_type", "full");
    assertThat(((Number) org.get("contact_list_upload_csv")).intValue()).isEqualTo(20000);
    assertThat(org.get("broadcast_rate")).isInstanceOf(Map.class);

    respond(200, ok(settings.replace("\"is_override_contact_by_upload\":true", "\"is_override_contact_by_upload\":false")));
    assertThat(client(mode).contacts().overrideContactByUploadAsync(false).get(5, TimeUnit.SECONDS))
        .containsEntry("is_override_contact_by_upload", false);
    expect(mode, "PUT", "/contacts/contact_lists/override_contact_by_upload", "{\"enabled\":false}");
  }

  // --- row 34 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addContacts(Mode mode) throws Exception {
    Map<String, Object> vars = new LinkedHashMap<>();
    vars.put("customer_name", "Budi S");
    vars.put("company", "Toko Budi");
    ContactListAddContactsParams p = ContactListAddContactsParams.builder().contactListId(LIST_ID)
        .contact("Budi Santoso", "6281234567890", vars)
        .contact("Sari", "6289876543210")
        .build();
    respond(200, ok(q("{'contact_list_id':'" + LIST_ID + "','contacts_count':4}")));
    Object answer = client(mode).contacts().addContacts(p);
    expect(mode, "POST", "/contacts/contact_lists/add_contacts", q("{'contact_list_id':'" + LIST_ID + "','contacts':["
        + "{'full_name':'Budi Santoso','phone_number':'6281234567890','customer_name':'Budi S','company':'Toko Budi'},"
        + "{'full_name':'Sari','phone_number':'6289876543210'}]}"));
    assertThat(answer).isInstanceOfSatisfying(Map.class, m -> assertThat(m).containsEntry("contact_list_id", LIST_ID));

    respond(201, "");
    assertThat(client(mode).contacts().addContactsAsync(p).get(5, TimeUnit.SECONDS)).isNull();
    expect(mode, "POST", "/contacts/contact_lists/add_contacts", q("{'contact_list_id':'" + LIST_ID + "','contacts':["
        + "{'full_name':'Budi Santoso','phone_number':'6281234567890','customer_name':'Budi S','company':'Toko Budi'},"
        + "{'full_name':'Sari','phone_number':'6289876543210'}]}"));

    respond(200, "{\"status\":\"success\"}");
    assertThat(client(mode).contacts().addContacts(p)).isEqualTo(Map.of("status", "success"));
    server.takeRequest();
  }

  @Test
  void addContactsParamsValidation() {
    assertThatThrownBy(() -> ContactListAddContactsParams.builder().contact("a", "62811").build())
        .hasMessageContaining("contactListId is required");
    assertThatThrownBy(() -> ContactListAddContactsParams.builder().contactListId(LIST_ID).build())
        .hasMessageContaining("at least one contact");
    assertThatThrownBy(() -> ContactListAddContactsParams.builder().contactListId(LIST_ID).contact("a", " "))
        .hasMessageContaining("phoneNumber is required");
  }

  // --- row 35 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void block(Mode mode) throws Exception {
    String block = q("{'id':'b5d5607e-72d7-4254-9d25-1b045947bd97','contact_id':'48483515-5f9a-436f-ba65-8aadf41355a3',"
        + "'organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29','reason':'testing','channel':'web_chat',"
        + "'account_uniq_id':'1729200250763_test@qontak.com'}");
    respond(201, ok(block));
    ContactBlock b = client(mode).contacts().block(ContactBlockParams.of("18a47a48-4c4a-4f69-8b97-da56e8def634", "testing"));
    expect(mode, "POST", "/contact_block", q("{'room_id':'18a47a48-4c4a-4f69-8b97-da56e8def634','reason':'testing'}"));
    assertThat(b).isEqualTo(new ContactBlock("b5d5607e-72d7-4254-9d25-1b045947bd97",
        "48483515-5f9a-436f-ba65-8aadf41355a3", "a6642f0c-d865-471f-97c7-00adaa313d29", "testing",
        Channel.of("web_chat"), "1729200250763_test@qontak.com"));

    respond(201, ok(block));
    assertThat(client(mode).contacts().blockAsync(ContactBlockParams.builder().roomId("r1").build())
        .get(5, TimeUnit.SECONDS).contactId()).isEqualTo("48483515-5f9a-436f-ba65-8aadf41355a3");
    expect(mode, "POST", "/contact_block", "{\"room_id\":\"r1\"}");
  }

  @Test
  void blockParamsNeedARoom() {
    assertThatThrownBy(() -> ContactBlockParams.builder().reason("spam").build()).hasMessageContaining("roomId is required");
    assertThatThrownBy(() -> ContactBlockParams.of(" ", "spam")).hasMessageContaining("roomId is required");
  }

  // --- row 36 ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unblock(Mode mode) throws Exception {
    respond(200, ok("{\"status\":\"success\"}"));
    assertThat(client(mode).contacts().unblock("48483515-5f9a-436f-ba65-8aadf41355a3",
        "18a47a48-4c4a-4f69-8b97-da56e8def634").isSuccess()).isTrue();
    expect(mode, "DELETE", "/contact_block/48483515-5f9a-436f-ba65-8aadf41355a3",
        "{\"room_id\":\"18a47a48-4c4a-4f69-8b97-da56e8def634\"}");

    respond(200, ok("{\"status\":\"success\"}"));
    assertThat(client(mode).contacts().unblockAsync("c1", "r1").get(5, TimeUnit.SECONDS).status()).isEqualTo("success");
    expect(mode, "DELETE", "/contact_block/c1", "{\"room_id\":\"r1\"}");
    assertThatThrownBy(() -> client(mode).contacts().unblock("c1", "")).hasMessageContaining("roomId is required");
  }

  // --- helpers ---

  /**
   * Checks target and auth of a multipart request (the HMAC date depends on the client's clock, so
   * only the fixed-clock clients are checked this way) and returns its parts as
   * {@code disposition [| content type] | content}.
   */
  List<String> multipartParts(Mode mode, RecordedRequest r) throws Exception {
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo(prefix(mode) + "/contacts/contact_lists/async");
    assertAuth(mode, r);
    if (mode == Mode.HMAC) {
      QontakContract.verify(r);
    }
    MediaType type = MediaType.parse(r.getHeaders().get("Content-Type"));
    assertThat(type.type() + "/" + type.subtype()).isEqualTo("multipart/form-data");
    List<String> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(r.getBody()), type.parameter("boundary"))) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String partType = part.headers().get("Content-Type");
        parts.add(part.headers().get("Content-Disposition") + (partType == null ? "" : " | " + partType)
            + " | " + part.body().readUtf8());
      }
    }
    return parts;
  }
}
