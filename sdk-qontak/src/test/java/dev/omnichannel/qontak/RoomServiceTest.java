package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.qontak.model.Channel;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.Room;
import dev.omnichannel.qontak.model.RoomAgentListParams;
import dev.omnichannel.qontak.model.RoomAssignAnotherAgentParams;
import dev.omnichannel.qontak.model.RoomAutoResolveParams;
import dev.omnichannel.qontak.model.RoomExpiredCounts;
import dev.omnichannel.qontak.model.RoomInfo;
import dev.omnichannel.qontak.model.RoomInfoParams;
import dev.omnichannel.qontak.model.RoomInfoTarget;
import dev.omnichannel.qontak.model.RoomInfoType;
import dev.omnichannel.qontak.model.RoomListParams;
import dev.omnichannel.qontak.model.RoomParticipant;
import dev.omnichannel.qontak.model.RoomRenameParams;
import dev.omnichannel.qontak.model.RoomResponseStatus;
import dev.omnichannel.qontak.model.RoomSession;
import dev.omnichannel.qontak.model.RoomStatus;
import dev.omnichannel.qontak.model.RoomTagParams;
import dev.omnichannel.qontak.model.RoomType;
import dev.omnichannel.qontak.model.User;
import dev.omnichannel.qontak.model.UserRole;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Every operation of {@link RoomService} (research §6.6 rows 37-58), in both auth modes. */
class RoomServiceTest extends QontakTestSupport {

  static final String ROOM_ID = "c1d8198a-9eb5-4952-9183-137670a2db9a";
  static final String TAG_ROOM_ID = "a136ac60-0cd6-4ec4-8e54-8123bcb7cf97";
  static final String USER_ID = "44d9369f-390f-4205-b444-e11c711972f3";

  static final String AVATAR = q("{'url':'https://qontak-hub-production.s3-ap-southeast-1.amazonaws.com/assets/qi-user.png',"
      + "'large':{'url':'https://qontak-hub-production.s3-ap-southeast-1.amazonaws.com/assets/qi-user.png'},"
      + "'filename':null,'size':0,"
      + "'small':{'url':'https://qontak-hub-production.s3-ap-southeast-1.amazonaws.com/assets/qi-user.png'},"
      + "'medium':{'url':'https://qontak-hub-production.s3-ap-southeast-1.amazonaws.com/assets/qi-user.png'}}");

  /** A list item from the MAG spec example of {@code GET /rooms}. */
  static String listRoom(String id, String name) {
    return q("{'id':'" + id + "','name':'" + name + "','description':'','status':'assigned',"
        + "'type':'Models::CustomerServiceRoom','tags':[],'channel':'web_chat','channel_account':'webchat prod',"
        + "'organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29','account_uniq_id':'1729113744719_test@qontak.com',"
        + "'channel_integration_id':'a12705cd-bfc2-4962-b46e-cee1890ea3bc','session_at':'2024-10-16T21:22:27.190Z',"
        + "'unread_count':2,'created_at':'2024-10-16T21:22:25.040Z','last_message_at':'2024-10-16T21:22:27.190Z',"
        + "'last_activity_at':'2024-10-16T21:35:17.962Z','updated_at':'2024-10-16T21:22:25.040Z','avatar':")
        + AVATAR + q(",'resolved_at':null,'external_id':'','resolved_by_id':null,'resolved_by_type':null,"
        + "'note':null,'extra':{'is_participant_online':false},"
        + "'last_message':{'id':'6cf86900-08f1-4f87-9a61-8178baa67eb7','type':'text','room_id':'" + id + "',"
        + "'is_campaign':false,'sender_id':'2ed3aebb-5023-455f-9195-017cbc321766','sender_type':'Models::Contact',"
        + "'participant_id':'81f901a8-2672-475c-ba4d-c0be751a7ce5','participant_type':'customer',"
        + "'organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29','text':'test block 1729113744719',"
        + "'status':'created','external_id':'842fe17d-238f-42d6-98e8-acd7b9b5098a','local_id':null,"
        + "'created_at':'2024-10-16T21:22:27.190Z','is_edited':false,'review_star':0},"
        + "'is_blocked':false,'agent_ids':['838c33bd-7ad2-4e9f-b80e-3a216347a132'],'email_cc':[],'is_unresponded':true}");
  }

  /** The MAG spec example of {@code GET /rooms/{id}}. */
  static final String ROOM = q("{'id':'" + ROOM_ID + "','name':'R','description':'','status':'assigned',"
      + "'type':'Models::CustomerServiceRoom','tags':[],'channel':'wa_cloud','channel_account':' Qontak Test Load',"
      + "'channel_uniq_id':'+6285759026926','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
      + "'account_uniq_id':'6289637146729','channel_integration_id':'56b60c3c-0123-46af-958b-32f3ad12ee37',"
      + "'session_at':'2024-10-07T21:35:49.000Z','last_message':{'id':'d875ee48-c81d-47b3-9c91-42ee319febf8',"
      + "'type':'text','room_id':'" + ROOM_ID + "','is_campaign':false,'sender_id':'d0ef8ced-a0d6-4004-b960-6f8e23e00d92',"
      + "'sender_type':'Models::Contact','participant_id':'7820e35c-d02c-416e-9c42-4b529d6bf7e9',"
      + "'participant_type':'customer','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
      + "'text':'send wa 2 1728336897440','status':'created','channel':'wa_cloud','raw_message':{'metadata':"
      + "{'phone_number_id':'177637332108877','display_phone_number':'6285759026926'},'messaging_product':'whatsapp',"
      + "'messages':[{'from':'6289637146729','id':'wamid.HBgNNjI4OTYzNzE0NjcyORUCABIYFjNFQjAzMjlEQjEzQkFBOTEwNDAzMTIA',"
      + "'text':{'body':'send wa 2 1728336897440'},'type':'text','timestamp':'1728336949'}],"
      + "'contacts':[{'profile':{'name':'R'},'wa_id':'6289637146729'}]},"
      + "'external_id':'wamid.HBgNNjI4OTYzNzE0NjcyORUCABIYFjNFQjAzMjlEQjEzQkFBOTEwNDAzMTIA','local_id':null,"
      + "'created_at':'2024-10-07T21:35:49.000Z','is_edited':false,'review_star':0},'unread_count':0,"
      + "'created_at':'2024-10-07T21:34:58.233Z','last_message_at':'2024-10-07T21:35:49.000Z',"
      + "'last_activity_at':'2024-10-08T01:40:24.254Z','updated_at':'2024-10-08T01:40:24.007Z','avatar':")
      + AVATAR + q(",'note':null,'resolved_at':null,'external_id':'','resolved_by_id':null,'resolved_by_type':null,"
      + "'extra':{'is_participant_online':false},'agent_ids':['" + USER_ID + "'],'is_dont_auto_resolve':true,"
      + "'email_cc':null,'is_unresponded':false,'is_manual_survey':true}");

  /** The MAG spec example of a tagged room ({@code POST /rooms/{id}/tags}). */
  static String taggedRoom(String tags) {
    return q("{'id':'" + TAG_ROOM_ID + "','name':'1729113744719_QA_CHAT','description':'','status':'assigned',"
        + "'type':'Models::CustomerServiceRoom','tags':[" + tags + "],'channel':'web_chat','channel_account':'webchat prod',"
        + "'channel_uniq_id':'_7uzMDWaJWDhD4Io0A0Vkw','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
        + "'account_uniq_id':'1729113744719_test@qontak.com','channel_integration_id':'a12705cd-bfc2-4962-b46e-cee1890ea3bc',"
        + "'session_at':'2024-10-16T21:22:27.190Z','unread_count':2,'created_at':'2024-10-16T21:22:25.040Z',"
        + "'last_message_at':'2024-10-16T21:22:27.190Z','last_activity_at':'2024-10-16T21:35:17.962Z',"
        + "'updated_at':'2024-10-16T21:35:17.756Z','note':null,'resolved_at':null,'external_id':'',"
        + "'resolved_by_id':null,'resolved_by_type':null,'extra':{'is_participant_online':false},"
        + "'agent_ids':['838c33bd-7ad2-4e9f-b80e-3a216347a132'],'is_dont_auto_resolve':false,'email_cc':null,"
        + "'is_unresponded':true,'is_manual_survey':true}");
  }

  /** The MAG spec example of {@code POST /rooms/{id}/takeover} (a participant with its profile). */
  static final String PARTICIPANT = q("{'id':'0c271ccb-86ef-484d-8905-4547c2837673',"
      + "'room_id':'7a11b990-71e0-4a5c-9d2a-d58287132ebd','contact_id':null,"
      + "'contact_able_id':'b613083a-b324-47c1-b74d-ae2a41d51da0','contact_able_type':'Models::User',"
      + "'type':'Models::AgentParticipant','profile':{'name':'SPV Automation Chatbot','avatar':")
      + AVATAR + q("},'active_status':'active','handover_id':null,'created_at':'2024-10-16T19:04:38.688Z'}");

  /** The MAG spec example of {@code POST /rooms/{id}/assign_round_robin} (no profile, with updated_at). */
  static final String ROUND_ROBIN_PARTICIPANT = q("{'id':'a0d5c477-5904-4840-a4c9-e496dcce35ee','room_id':'" + ROOM_ID + "',"
      + "'contact_able_id':'" + USER_ID + "','contact_able_type':'Models::User',"
      + "'created_at':'2024-10-08T01:40:23.895Z','updated_at':'2024-10-08T01:40:23.895Z','active_status':'active',"
      + "'handover_id':null,'contact_id':null,'type':'Models::AgentParticipant'}");

  /** An agent from the MAG spec example of {@code GET /rooms/{id}/agents/assignable}. */
  static String agent(String id, String name, boolean online) {
    return q("{'id':'" + id + "','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29','full_name':'" + name + "',"
        + "'email':'novianafisah@gmail.com','phone':'+6282241635212','role':'agent','avatar':") + AVATAR
        + q(",'assigned_count':965,'is_online':" + online + ",'robin_last_assigned_at':null,"
        + "'sso_id':'3b98d324-a923-4d5e-b2f5-cc0a168c1156','divisions':[{'id':'f0285c2b-8430-4245-a62b-140530c61957',"
        + "'name':'General'},{'id':'6a788a49-0b39-4d96-a42e-c8ee659f68e3','name':'Testing SLA'}],"
        + "'extra':{'max_ongoing_chat':15},'is_introduced_smart_assist':false,'limit_ongoing_chat':{'enabled':false,'max':null}}");
  }

  /** The list meta block of the MAG examples: cursors as JSON numbers, and {@code target_offset}. */
  static String roomPage(String items, String next, int offset, int limit, int total) {
    return q("{'status':'success','data':[" + items + "],'meta':{'pagination':{'cursor':{'next':" + next
        + ",'prev':1729113917619,'pit':null},'offset':" + offset + ",'limit':" + limit + ",'total':" + total
        + ",'target_offset':0}}}");
  }

  static String error(int code, String message) {
    return q("{'status':'error','error':{'code':" + code + ",'messages':['" + message + "']}}");
  }

  RoomService rooms(Mode mode) {
    return client(mode).rooms();
  }

  // --- 37 GET /rooms ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listSendsEveryFilter(Mode mode) throws Exception {
    respond(200, roomPage(listRoom(TAG_ROOM_ID, "1729113744719_QA_CHAT") + ","
        + listRoom("a89834a6-78de-4f57-b1dd-04326873dd23", "1728249752949_QA_CHAT"), "1729114517962", 1, 100, 100));
    RoomListParams params = RoomListParams.builder()
        .query("budi")
        .status(RoomStatus.ASSIGNED)
        .sessions(RoomSession.EXPIRED)
        .tags("vip", "complaint")
        .userIds("838c33bd-7ad2-4e9f-b80e-3a216347a132", USER_ID)
        .channels(Channel.WA, Channel.WA_CLOUD)
        .untagged(false)
        .responseStatus(RoomResponseStatus.UNRESPONDED, RoomResponseStatus.RESPONDED)
        .types(RoomType.CUSTOMER_SERVICE, RoomType.COMMENT_SERVICE)
        .startDate(LocalDate.of(2024, 10, 1))
        .endDate("2024-10-31")
        .timeOffset(7)
        .timeOffsets(7)
        .offset(1)
        .limit(100)
        .cursor("MTcyOTExNDUxNzk2Mg==")
        .cursorDirection("after")
        .build();

    QontakList<Room> page = rooms(mode).list(params);

    expect(mode, "GET", "/rooms?query=budi&status=assigned&sessions=expired"
        + "&tags%5B%5D=vip&tags%5B%5D=complaint"
        + "&user_ids%5B%5D=838c33bd-7ad2-4e9f-b80e-3a216347a132&user_ids%5B%5D=" + USER_ID
        + "&channels%5B%5D=wa&channels%5B%5D=wa_cloud&untagged=false"
        + "&response_status%5B%5D=unresponded&response_status%5B%5D=responded"
        + "&type%5B%5D=Models%3A%3ACustomerServiceRoom&type%5B%5D=Models%3A%3ACommentServiceRoom"
        + "&start_date=2024-10-01&end_date=2024-10-31&time_offset=7&time_offsets=7"
        + "&offset=1&limit=100&cursor=MTcyOTExNDUxNzk2Mg%3D%3D&cursor_direction=after", null);
    assertThat(page.items()).extracting(Room::id).containsExactly(TAG_ROOM_ID, "a89834a6-78de-4f57-b1dd-04326873dd23");
    Room first = page.items().get(0);
    assertThat(first.status()).isEqualTo(RoomStatus.ASSIGNED);
    assertThat(first.channel()).isEqualTo(Channel.of("web_chat"));
    assertThat(first.unreadCount()).isEqualTo(2);
    assertThat(first.sessionAt()).isEqualTo(Instant.parse("2024-10-16T21:22:27.190Z"));
    assertThat(first.agentIds()).containsExactly("838c33bd-7ad2-4e9f-b80e-3a216347a132");
    assertThat(first.isUnresponded()).isTrue();
    assertThat(first.lastMessage()).containsEntry("participant_type", "customer");
    assertThat(page.pagination().cursor().next()).isEqualTo("1729114517962"); // a JSON number, kept as text
    assertThat(page.pagination().total()).isEqualTo(100);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listWithoutParamsAndAsync(Mode mode) throws Exception {
    respond(200, roomPage("", "null", 1, 100, 0));
    assertThat(rooms(mode).listAsync(null).get(5, TimeUnit.SECONDS).items()).isEmpty();
    expect(mode, "GET", "/rooms", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listAutoPagingFollowsCursors(Mode mode) throws Exception {
    respond(200, roomPage(listRoom("r1", "A") + "," + listRoom("r2", "B"), "1729114517962", 1, 2, 3));
    respond(200, roomPage(listRoom("r3", "C"), "1729114999999", 2, 2, 3));
    List<String> ids = rooms(mode)
        .listAutoPaging(RoomListParams.builder().status(RoomStatus.UNASSIGNED).limit(2).build())
        .stream().map(Room::id).toList();
    assertThat(ids).containsExactly("r1", "r2", "r3");
    expect(mode, "GET", "/rooms?status=unassigned&limit=2", null);
    expect(mode, "GET", "/rooms?status=unassigned&limit=2&cursor=1729114517962", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @Test
  void arraySettersAddAndNullsAreSkipped() {
    ListParams p = RoomListParams.builder().tags("a").tags("b", null).channels((Channel[]) null)
        .responseStatus(RoomResponseStatus.of("ignored_later")).status(RoomStatus.RESOLVED).status(null).build();
    assertThat(p.entries()).containsExactly(Map.entry("tags[]", "a"), Map.entry("tags[]", "b"),
        Map.entry("response_status[]", "ignored_later"));
    assertThat(p.toString()).isEqualTo("RoomListParams[tags[], tags[], response_status[]]");
  }

  // --- 38 GET /rooms/{id} ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieve(Mode mode) throws Exception {
    respond(200, ok(ROOM));
    Room room = rooms(mode).retrieve(ROOM_ID);
    expect(mode, "GET", "/rooms/" + ROOM_ID, null);
    assertThat(room.id()).isEqualTo(ROOM_ID);
    assertThat(room.name()).isEqualTo("R");
    assertThat(room.type()).isEqualTo(RoomType.CUSTOMER_SERVICE.value());
    assertThat(room.channel()).isEqualTo(Channel.WA_CLOUD);
    assertThat(room.channelUniqId()).isEqualTo("+6285759026926");
    assertThat(room.isDontAutoResolve()).isTrue();
    assertThat(room.agentIds()).containsExactly(USER_ID);
    assertThat(room.tags()).isEmpty();
    assertThat(room.lastActivityAt()).isEqualTo(Instant.parse("2024-10-08T01:40:24.254Z"));
    assertThat(room.lastMessage()).containsEntry("text", "send wa 2 1728336897440");

    respond(200, ok(ROOM));
    assertThat(rooms(mode).retrieveAsync(ROOM_ID).get(5, TimeUnit.SECONDS).id()).isEqualTo(ROOM_ID);
    expect(mode, "GET", "/rooms/" + ROOM_ID, null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieveUnknownIsNotFoundAndIdsAreEncoded(Mode mode) throws Exception {
    respond(404, error(404, "Resource not found."));
    assertThatThrownBy(() -> rooms(mode).retrieve("a/b c"))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.providerErrorCode()).isEqualTo("404");
          assertThat(e.providerErrorMessage()).isEqualTo("Resource not found.");
        });
    expect(mode, "GET", "/rooms/a%2Fb%20c", null);
    assertThatThrownBy(() -> rooms(mode).retrieve(null)).isInstanceOf(NullPointerException.class);
  }

  // --- 39 GET /rooms/list/expired ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void expiredCounts(Mode mode) throws Exception {
    respond(200, ok(q("{'data':{'web_chat':4453,'wa':2746,'wa_cloud':54,'app_chat':9,'ig':4,'fb':2,'google_my_business':2}}")));
    RoomExpiredCounts counts = rooms(mode).expiredCounts(
        RoomListParams.builder().channels(Channel.WA).userIds(USER_ID).build());
    expect(mode, "GET", "/rooms/list/expired?channels%5B%5D=wa&user_ids%5B%5D=" + USER_ID, null);
    assertThat(counts.byChannel()).containsEntry("wa", 2746L).containsEntry("web_chat", 4453L).hasSize(7);
    assertThat(counts.count(Channel.WA)).isEqualTo(2746);
    assertThat(counts.count(Channel.TELEGRAM)).isZero();
    assertThat(counts.total()).isEqualTo(4453 + 2746 + 54 + 9 + 4 + 2 + 2);

    respond(200, ok(q("{'data':{}}")));
    assertThat(rooms(mode).expiredCountsAsync(null).get(5, TimeUnit.SECONDS).total()).isZero();
    expect(mode, "GET", "/rooms/list/expired", null);
  }

  // --- 40 GET /rooms/specific/info ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void specificInfo(Mode mode) throws Exception {
    respond(200, ok(q("{'target':'unassigned','info':{'total':2514}}")));
    RoomInfo info = rooms(mode).specificInfo(RoomInfoParams.builder()
        .target(RoomInfoTarget.UNASSIGNED).type(RoomInfoType.CUSTOMER_SERVICE).build());
    expect(mode, "GET", "/rooms/specific/info?target=unassigned&type=customer_service", null);
    assertThat(info.target()).isEqualTo(RoomInfoTarget.UNASSIGNED);
    assertThat(info.total()).isEqualTo(2514L);

    respond(200, ok(q("{'target':'unread_count','info':{'total':12840}}")));
    RoomInfo unread = rooms(mode).specificInfoAsync(RoomInfoParams.of(RoomInfoTarget.UNREAD_COUNT)).get(5, TimeUnit.SECONDS);
    expect(mode, "GET", "/rooms/specific/info?target=unread_count", null);
    assertThat(unread.target()).isEqualTo(RoomInfoTarget.UNREAD_COUNT);
    assertThat(unread.info().total()).isEqualTo(12840L);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void specificInfoRejectsABadTarget(Mode mode) throws Exception {
    respond(422, error(422, "target is missing, target does not have a valid value"));
    assertThatThrownBy(() -> rooms(mode).specificInfo(RoomInfoParams.of(RoomInfoTarget.of("everything"))))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("target is missing");
    expect(mode, "GET", "/rooms/specific/info?target=everything", null);
  }

  @Test
  void specificInfoRequiresATarget() {
    assertThatThrownBy(() -> RoomInfoParams.builder().type(RoomInfoType.REVIEW).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("target");
    assertThatThrownBy(() -> RoomInfoParams.builder().target(RoomInfoTarget.UNASSIGNED).target(null).build())
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(RoomInfoTarget.known()).extracting(RoomInfoTarget::value)
        .containsExactly("unassigned", "unread_count", "unassigned_division");
  }

  // --- 41 GET /rooms/{id}/participants ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void participants(Mode mode) throws Exception {
    respond(200, ok("[" + PARTICIPANT + "," + ROUND_ROBIN_PARTICIPANT + "]"));
    List<RoomParticipant> list = rooms(mode).participants(ROOM_ID);
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/participants", null);
    assertThat(list).hasSize(2);
    RoomParticipant p = list.get(0);
    assertThat(p.id()).isEqualTo("0c271ccb-86ef-484d-8905-4547c2837673");
    assertThat(p.contactAbleType()).isEqualTo("Models::User");
    assertThat(p.type()).isEqualTo("Models::AgentParticipant");
    assertThat(p.profile().name()).isEqualTo("SPV Automation Chatbot");
    assertThat(p.profile().avatar()).isInstanceOf(Map.class);
    assertThat(p.activeStatus()).isEqualTo("active");
    assertThat(p.contactId()).isNull();
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2024-10-16T19:04:38.688Z"));
    assertThat(list.get(1).profile()).isNull();

    respond(200, ok("[]"));
    assertThat(rooms(mode).participantsAsync(ROOM_ID).get(5, TimeUnit.SECONDS)).isEmpty();
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/participants", null);
  }

  // --- 42 GET /rooms/{id}/histories ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void histories(Mode mode) throws Exception {
    respond(200, roomPage(ROOM, "1728351624254", 1, 100, 21));
    QontakList<Room> page = rooms(mode).histories(ROOM_ID,
        ListParams.common().query("R").offset(1).limit(100).build());
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/histories?query=R&offset=1&limit=100", null);
    assertThat(page.items()).extracting(Room::id).containsExactly(ROOM_ID);
    assertThat(page.pagination().total()).isEqualTo(21);

    respond(200, roomPage(ROOM, "null", 1, 100, 1));
    assertThat(rooms(mode).historiesAsync(ROOM_ID, null).get(5, TimeUnit.SECONDS).items()).hasSize(1);
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/histories", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void historiesAutoPaging(Mode mode) throws Exception {
    respond(200, roomPage(listRoom("h1", "A"), "1728351624254", 1, 1, 2));
    respond(200, roomPage(listRoom("h2", "B"), "1721133248000", 2, 1, 2));
    respond(200, roomPage("", "null", 3, 1, 0));
    assertThat(rooms(mode).historiesAutoPaging(ROOM_ID, ListParams.common().limit(1).build())
        .stream().map(Room::id).toList()).containsExactly("h1", "h2");
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/histories?limit=1", null);
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/histories?limit=1&cursor=1728351624254", null);
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/histories?limit=1&cursor=1721133248000", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  // --- 43 GET /rooms/{id}/agents/assignable ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void assignableAgents(Mode mode) throws Exception {
    respond(200, roomPage(agent("838c33bd-7ad2-4e9f-b80e-3a216347a132", "Novia Nafisah", true), "null", 1, 100, 1));
    QontakList<User> page = rooms(mode).assignableAgents(ROOM_ID, RoomAgentListParams.builder()
        .query("novia").isOnline(true).orderBy("created_at").orderDirection("desc").limit(100).build());
    expect(mode, "GET", "/rooms/" + ROOM_ID
        + "/agents/assignable?query=novia&is_online=true&order_by=created_at&order_direction=desc&limit=100", null);
    User u = page.items().get(0);
    assertThat(u.fullName()).isEqualTo("Novia Nafisah");
    assertThat(u.role()).isEqualTo(UserRole.AGENT);
    assertThat(u.isOnline()).isTrue();
    assertThat(u.assignedCount()).isEqualTo(965);
    assertThat(u.divisions()).extracting(User.DivisionRef::name).containsExactly("General", "Testing SLA");
    assertThat(u.extra()).containsEntry("max_ongoing_chat", 15.0);

    respond(200, roomPage("", "null", 1, 100, 0));
    assertThat(rooms(mode).assignableAgentsAsync(ROOM_ID, null).get(5, TimeUnit.SECONDS).items()).isEmpty();
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/agents/assignable", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void assignableAgentsAutoPaging(Mode mode) throws Exception {
    respond(200, roomPage(agent("u1", "A", true) + "," + agent("u2", "B", false), "\"MTcyOTExNDUxNzk2Mg==\"", 1, 2, 3));
    respond(200, roomPage(agent("u3", "C", true), "null", 2, 2, 3));
    assertThat(rooms(mode).assignableAgentsAutoPaging(ROOM_ID,
        RoomAgentListParams.builder().limit(2).build()).stream().map(User::id).toList())
        .containsExactly("u1", "u2", "u3");
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/agents/assignable?limit=2", null);
    expect(mode, "GET", "/rooms/" + ROOM_ID + "/agents/assignable?limit=2&cursor=MTcyOTExNDUxNzk2Mg%3D%3D", null);
  }

  // --- 44 PUT /rooms/{id}/auto_resolve ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void setAutoResolve(Mode mode) throws Exception {
    String updated = q("{'is_dont_auto_resolve':true,'avatar':") + AVATAR + q(",'id':'" + ROOM_ID + "','name':'R',"
        + "'description':'','status':'resolved','created_at':'2024-10-07T21:34:58.233Z',"
        + "'updated_at':'2024-10-16T18:58:37.180Z','channel_integration_id':'56b60c3c-0123-46af-958b-32f3ad12ee37',"
        + "'account_uniq_id':'6289637146729','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
        + "'deleted_at':null,'resolved_at':'2024-10-08T13:09:48.545Z','resolved_by_id':'ce924706-2a06-4267-a05b-b03855840ba5',"
        + "'resolved_by_type':'Models::User','external_id':'','division_id':null,'extra':{'is_participant_online':false},"
        + "'is_blocked':false,'is_unresponded':false,'broadcast_id':null,'last_opened_at':null,"
        + "'tag_list':['otomesyen_1727731539843']}");
    respond(200, ok(updated));
    Room room = rooms(mode).setAutoResolve(ROOM_ID, RoomAutoResolveParams.of(true));
    expect(mode, "PUT", "/rooms/" + ROOM_ID + "/auto_resolve", "{\"is_dont_auto_resolve\":true}");
    assertThat(room.isDontAutoResolve()).isTrue();
    assertThat(room.status()).isEqualTo(RoomStatus.RESOLVED);
    assertThat(room.resolvedAt()).isEqualTo(Instant.parse("2024-10-08T13:09:48.545Z"));
    assertThat(room.resolvedByType()).isEqualTo("Models::User");

    respond(200, ok(updated.replace("\"is_dont_auto_resolve\":true", "\"is_dont_auto_resolve\":false")));
    assertThat(rooms(mode).setAutoResolveAsync(ROOM_ID, RoomAutoResolveParams.builder().dontAutoResolve(false).build())
        .get(5, TimeUnit.SECONDS).isDontAutoResolve()).isFalse();
    expect(mode, "PUT", "/rooms/" + ROOM_ID + "/auto_resolve", "{\"is_dont_auto_resolve\":false}");
  }

  // --- 45 PUT /rooms/{id}/mark_all_as_read ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void markAllAsRead(Mode mode) throws Exception {
    respond(200, ok(q("{'status':'success'}")));
    rooms(mode).markAllAsRead(ROOM_ID);
    expect(mode, "PUT", "/rooms/" + ROOM_ID + "/mark_all_as_read", null);
    respond(200, ok(q("{'status':'success'}")));
    assertThat(rooms(mode).markAllAsReadAsync(ROOM_ID).get(5, TimeUnit.SECONDS)).isNull();
    expect(mode, "PUT", "/rooms/" + ROOM_ID + "/mark_all_as_read", null);
  }

  // --- 46 PUT /rooms/{id} ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void renameAnswersABareTrue(Mode mode) throws Exception {
    respond(200, ok("true"));
    assertThat(rooms(mode).rename(ROOM_ID, RoomRenameParams.of("testing change name"))).isTrue();
    expect(mode, "PUT", "/rooms/" + ROOM_ID, "{\"name\":\"testing change name\"}");
    respond(200, ok("true"));
    assertThat(rooms(mode).renameAsync(ROOM_ID, RoomRenameParams.builder().name("Budi").build())
        .get(5, TimeUnit.SECONDS)).isTrue();
    expect(mode, "PUT", "/rooms/" + ROOM_ID, "{\"name\":\"Budi\"}");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void renameWithoutANameIs422(Mode mode) throws Exception {
    respond(422, error(422, "name is missing"));
    assertThatThrownBy(() -> rooms(mode).rename(ROOM_ID,
        RoomRenameParams.builder().name("x").extra("name", null).extra("title", "x").build()))
        .isInstanceOf(UnprocessableEntityException.class);
  }

  @Test
  void bodyBuildersRequireTheirField() {
    assertThatThrownBy(() -> RoomRenameParams.builder().build()).hasMessageContaining("name is required");
    assertThatThrownBy(() -> RoomRenameParams.of(" ")).hasMessageContaining("name is required");
    assertThatThrownBy(() -> RoomTagParams.of("")).hasMessageContaining("tag is required");
    assertThatThrownBy(() -> RoomTagParams.builder().build()).hasMessageContaining("tag is required");
    assertThatThrownBy(() -> RoomAutoResolveParams.builder().build()).hasMessageContaining("dontAutoResolve is required");
    assertThatThrownBy(() -> RoomAssignAnotherAgentParams.builder().build()).hasMessageContaining("enabled is required");
    assertThat(RoomTagParams.of("vip").toString()).isEqualTo("RoomTagParams[tag]");
  }

  // --- 47 PUT /rooms/resolve_expired ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resolveExpiredAnswersABareString(Mode mode) throws Exception {
    respond(200, ok("\"Resolve expired room is on progress, please wait\""));
    assertThat(rooms(mode).resolveExpired()).isEqualTo("Resolve expired room is on progress, please wait");
    expect(mode, "PUT", "/rooms/resolve_expired", null);
    respond(200, ok("\"Resolve expired room is on progress, please wait\""));
    assertThat(rooms(mode).resolveExpiredAsync().get(5, TimeUnit.SECONDS)).contains("on progress");
    expect(mode, "PUT", "/rooms/resolve_expired", null);
  }

  // --- 48 PUT /rooms/{id}/resolve ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void resolveAnswersABareString(Mode mode) throws Exception {
    respond(200, ok("\"Resolve expired room is on progress, please wait\""));
    assertThat(rooms(mode).resolve(ROOM_ID)).isEqualTo("Resolve expired room is on progress, please wait");
    expect(mode, "PUT", "/rooms/" + ROOM_ID + "/resolve", null);
    respond(200, ok("\"Room resolved\""));
    assertThat(rooms(mode).resolveAsync(ROOM_ID).get(5, TimeUnit.SECONDS)).isEqualTo("Room resolved");
    expect(mode, "PUT", "/rooms/" + ROOM_ID + "/resolve", null);
  }

  // --- 49 PUT /rooms/agent_assign_another_agent ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void setAgentCanAssignAnotherAgent(Mode mode) throws Exception {
    String settings = q("{'auto_assign_agent':true,'app_type':'full','agent_can_takeover':true,"
        + "'agent_can_assign_agent':true,'custom_agent_allocation':{'enabled':false,'webhooks':[{'id':"
        + "'35ed8de0-c4c9-4436-a999-f94f10a768ca','event':'custom_agent_allocation','url':''}]},"
        + "'room_created':{'enabled':true,'webhooks':[{'id':'56ac7e92-95a7-43af-92ce-2396b9861e7a',"
        + "'event':'room_interaction','url':'https://officeless-webhook.mekari.com/2/hook','channel_integration_ids':[]}]},"
        + "'limit_ongoing_chat':{'enabled':false,'type':'all_agents','max':212},'broadcast_rate':"
        + "{'broadcast_direct_limit':3,'broadcast_direct_interval':60,'broadcast_list_limit':5,'broadcast_list_interval':50},"
        + "'dd_histogram_sample_rate':0.2}");
    respond(200, ok(settings));
    Map<String, Object> out = rooms(mode).setAgentCanAssignAnotherAgent(RoomAssignAnotherAgentParams.of(true));
    expect(mode, "PUT", "/rooms/agent_assign_another_agent", "{\"enabled\":true}");
    assertThat(out).containsEntry("agent_can_assign_agent", true).containsEntry("app_type", "full");
    assertThat(out.get("broadcast_rate")).isEqualTo(Map.of("broadcast_direct_limit", 3.0,
        "broadcast_direct_interval", 60.0, "broadcast_list_limit", 5.0, "broadcast_list_interval", 50.0));

    respond(200, ok(settings.replace("\"agent_can_assign_agent\":true", "\"agent_can_assign_agent\":false")));
    assertThat(rooms(mode).setAgentCanAssignAnotherAgentAsync(RoomAssignAnotherAgentParams.of(false))
        .get(5, TimeUnit.SECONDS)).containsEntry("agent_can_assign_agent", false);
    expect(mode, "PUT", "/rooms/agent_assign_another_agent", "{\"enabled\":false}");
  }

  // --- 50 POST /rooms/auto_takeover ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void autoTakeoverAnswers201WithAString(Mode mode) throws Exception {
    respond(201, ok("\"Successfully get room\""));
    assertThat(rooms(mode).autoTakeover()).isEqualTo("Successfully get room");
    expect(mode, "POST", "/rooms/auto_takeover", null);
    respond(201, ok("\"Successfully get room\""));
    assertThat(rooms(mode).autoTakeoverAsync().get(5, TimeUnit.SECONDS)).isEqualTo("Successfully get room");
    expect(mode, "POST", "/rooms/auto_takeover", null);
  }

  // --- 51 POST /rooms/{room_id}/agents/{user_id} ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void assignAgent(Mode mode) throws Exception {
    String assigned = q("{'id':'9a1f2c55-3f0e-4b9e-8a51-2f1f7c3d9e10','room_id':'" + ROOM_ID + "','contact_id':null,"
        + "'contact_able_id':'" + USER_ID + "','contact_able_type':'Models::User','type':'Models::AgentParticipant',"
        + "'profile':{'name':'After Sales Sandbox','avatar':{'url':'https://cdn.qontak.com/uploads/user/avatar/"
        + "bf328531-ffc9-4f93-a7f4-f2f707970e7c/RackMultipart20250109-23-1nwxfje.png','filename':null,'size':0}},"
        + "'active_status':'active','handover_id':null,'created_at':'2025-07-03T04:14:43.334Z'}");
    respond(201, ok(assigned));
    RoomParticipant p = rooms(mode).assignAgent(ROOM_ID, USER_ID);
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/agents/" + USER_ID, null);
    assertThat(p.roomId()).isEqualTo(ROOM_ID);
    assertThat(p.contactAbleId()).isEqualTo(USER_ID);
    assertThat(p.profile().name()).isEqualTo("After Sales Sandbox");
    assertThat(p.createdAt()).isEqualTo(Instant.parse("2025-07-03T04:14:43.334Z"));

    respond(201, ok(assigned));
    assertThat(rooms(mode).assignAgentAsync(ROOM_ID, USER_ID).get(5, TimeUnit.SECONDS).type())
        .isEqualTo("Models::AgentParticipant");
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/agents/" + USER_ID, null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void assignAgentUnknownUserIs422(Mode mode) throws Exception {
    respond(422, error(422, "User who determined as agent was not found"));
    assertThatThrownBy(() -> rooms(mode).assignAgent(ROOM_ID, "nobody"))
        .isInstanceOfSatisfying(UnprocessableEntityException.class, e -> {
          assertThat(e.providerErrorCode()).isEqualTo("422");
          assertThat(e.providerErrorMessage()).isEqualTo("User who determined as agent was not found");
        });
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/agents/nobody", null);
    assertThat(server.getRequestCount()).isEqualTo(1); // a 422 is not retried
    assertThatThrownBy(() -> rooms(mode).assignAgent(ROOM_ID, null)).isInstanceOf(NullPointerException.class);
  }

  // --- 52 DELETE /rooms/{room_id}/agents/{user_id} ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unassignAgent(Mode mode) throws Exception {
    respond(200, ok(q("{'status':'success'}")));
    rooms(mode).unassignAgent(ROOM_ID, USER_ID);
    expect(mode, "DELETE", "/rooms/" + ROOM_ID + "/agents/" + USER_ID, null);
    respond(200, ok(q("{'status':'success'}")));
    assertThat(rooms(mode).unassignAgentAsync(ROOM_ID, USER_ID).get(5, TimeUnit.SECONDS)).isNull();
    expect(mode, "DELETE", "/rooms/" + ROOM_ID + "/agents/" + USER_ID, null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void unassignAgentFromAnUnassignedRoomIs422(Mode mode) {
    respond(422, error(422, "Cannot remove agent, this room status is not assigned"));
    assertThatThrownBy(() -> rooms(mode).unassignAgent(ROOM_ID, USER_ID))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("room status is not assigned");
    respond(422, error(422, "Cannot find agent participant, or participant already kicked"));
    assertThatThrownBy(() -> rooms(mode).unassignAgent(ROOM_ID, USER_ID))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("already kicked");
  }

  // --- 53 POST /rooms/{id}/tags ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void addTag(Mode mode) throws Exception {
    respond(201, ok(taggedRoom("'tes_12'")));
    Room room = rooms(mode).addTag(TAG_ROOM_ID, RoomTagParams.of("tes_12"));
    expect(mode, "POST", "/rooms/" + TAG_ROOM_ID + "/tags", "{\"tag\":\"tes_12\"}");
    assertThat(room.tags()).containsExactly("tes_12");
    assertThat(room.isDontAutoResolve()).isFalse();

    respond(201, ok(taggedRoom("'tes_12','vip'")));
    assertThat(rooms(mode).addTagAsync(TAG_ROOM_ID, RoomTagParams.builder().tag("vip").build())
        .get(5, TimeUnit.SECONDS).tags()).containsExactly("tes_12", "vip");
    expect(mode, "POST", "/rooms/" + TAG_ROOM_ID + "/tags", "{\"tag\":\"vip\"}");
  }

  // --- 54 DELETE /rooms/{id}/tags ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void removeTagSendsTheTagInTheBody(Mode mode) throws Exception {
    respond(200, ok(taggedRoom("")));
    Room room = rooms(mode).removeTag(TAG_ROOM_ID, RoomTagParams.of("tes_12"));
    expect(mode, "DELETE", "/rooms/" + TAG_ROOM_ID + "/tags", "{\"tag\":\"tes_12\"}");
    assertThat(room.tags()).isEmpty();

    respond(200, ok(taggedRoom("")));
    assertThat(rooms(mode).removeTagAsync(TAG_ROOM_ID, RoomTagParams.of("vip")).get(5, TimeUnit.SECONDS).id())
        .isEqualTo(TAG_ROOM_ID);
    expect(mode, "DELETE", "/rooms/" + TAG_ROOM_ID + "/tags", "{\"tag\":\"vip\"}");
  }

  // --- 55 POST /rooms/{id}/takeover ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void takeover(Mode mode) throws Exception {
    String roomId = "7a11b990-71e0-4a5c-9d2a-d58287132ebd";
    respond(201, ok(PARTICIPANT));
    RoomParticipant p = rooms(mode).takeover(roomId);
    expect(mode, "POST", "/rooms/" + roomId + "/takeover", null);
    assertThat(p.roomId()).isEqualTo(roomId);
    assertThat(p.profile().name()).isEqualTo("SPV Automation Chatbot");

    respond(201, ok(PARTICIPANT));
    assertThat(rooms(mode).takeoverAsync(roomId).get(5, TimeUnit.SECONDS).id()).isEqualTo("0c271ccb-86ef-484d-8905-4547c2837673");
    expect(mode, "POST", "/rooms/" + roomId + "/takeover", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void takeoverOfAnAssignedRoomIs422(Mode mode) throws Exception {
    respond(422, error(422, "This room already assigned"));
    assertThatThrownBy(() -> rooms(mode).takeover(ROOM_ID))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("This room already assigned");
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/takeover", null);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // --- 56 POST /rooms/{id}/assign_round_robin ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void assignRoundRobin(Mode mode) throws Exception {
    respond(201, ok(ROUND_ROBIN_PARTICIPANT));
    RoomParticipant p = rooms(mode).assignRoundRobin(ROOM_ID);
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/assign_round_robin", null);
    assertThat(p.contactAbleId()).isEqualTo(USER_ID);
    assertThat(p.updatedAt()).isEqualTo(Instant.parse("2024-10-08T01:40:23.895Z"));

    respond(201, ok(ROUND_ROBIN_PARTICIPANT));
    assertThat(rooms(mode).assignRoundRobinAsync(ROOM_ID).get(5, TimeUnit.SECONDS).roomId()).isEqualTo(ROOM_ID);
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/assign_round_robin", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void assignRoundRobinQuirksAre422(Mode mode) {
    respond(422, error(422, "room already assigned"));
    assertThatThrownBy(() -> rooms(mode).assignRoundRobin(ROOM_ID))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("room already assigned");
    respond(422, error(422, "CAA must active"));
    assertThatThrownBy(() -> rooms(mode).assignRoundRobin(ROOM_ID))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("CAA must active");
  }

  // --- 57 POST /rooms/{room_id}/handover/{user_id} (community) ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void handover(Mode mode) throws Exception {
    respond(201, ok(ROUND_ROBIN_PARTICIPANT));
    Object out = rooms(mode).handover(ROOM_ID, USER_ID);
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/handover/" + USER_ID, null);
    assertThat(out).isInstanceOf(Map.class);
    assertThat(((Map<?, ?>) out).get("contact_able_id")).isEqualTo(USER_ID);

    respond(200, ok("\"Room handed over\""));
    assertThat(rooms(mode).handoverAsync(ROOM_ID, USER_ID).get(5, TimeUnit.SECONDS)).isEqualTo("Room handed over");
    expect(mode, "POST", "/rooms/" + ROOM_ID + "/handover/" + USER_ID, null);
  }

  // --- 58 GET /rooms/auto_takeover/agents/assignable (community) ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void autoTakeoverAssignableAgents(Mode mode) throws Exception {
    respond(200, ok("[" + agent("u1", "Novia Nafisah", true) + "," + agent("u2", "Added User from API", false) + "]"));
    List<User> agents = rooms(mode).autoTakeoverAssignableAgents();
    expect(mode, "GET", "/rooms/auto_takeover/agents/assignable", null);
    assertThat(agents).extracting(User::id).containsExactly("u1", "u2");
    assertThat(agents.get(1).isOnline()).isFalse();

    respond(200, ok("[]"));
    assertThat(rooms(mode).autoTakeoverAssignableAgentsAsync().get(5, TimeUnit.SECONDS)).isEmpty();
    expect(mode, "GET", "/rooms/auto_takeover/agents/assignable", null);
  }
}
