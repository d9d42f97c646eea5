package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.JsonReader;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.qontak.ServiceContext.PageKey;
import dev.omnichannel.qontak.model.ChannelIntegration;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.Pagination;
import dev.omnichannel.qontak.model.QontakJson;
import dev.omnichannel.qontak.model.Room;
import dev.omnichannel.qontak.model.Template;
import dev.omnichannel.qontak.model.User;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import okio.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Auto-paging: the cursor decides, {@code total} is not trusted (in the MAG examples it counts the
 * current page only), and full pages without a cursor continue by {@code offset}.
 */
class QontakPagingTest extends QontakTestSupport {

  /** A list page shaped like every MAG example: {@code total} is the number of items on this page. */
  static String specPage(String items, int count, String next, Integer offset, int limit) {
    return "{\"status\":\"success\",\"data\":[" + items + "],\"meta\":{\"pagination\":{\"cursor\":{\"next\":"
        + (next == null ? "null" : "\"" + next + "\"") + ",\"prev\":null,\"pit\":null},\"offset\":"
        + offset + ",\"limit\":" + limit + ",\"total\":" + count + ",\"target_offset\":0}}}";
  }

  static String ids(String prefix, int from, int to) {
    return IntStream.rangeClosed(from, to).mapToObj(i -> "{\"id\":\"" + prefix + i + "\"}")
        .collect(Collectors.joining(","));
  }

  // --- defect 1: total == page size must not end a cursor walk ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFullPageWhoseTotalCountsOnlyThatPageIsFollowedByItsCursor(Mode mode) throws Exception {
    respond(200, specPage(ids("i", 1, 2), 2, "Q1VSU09SMg==", 1, 2));
    respond(200, specPage(ids("i", 3, 3), 1, null, 1, 2));
    List<String> got = client(mode).integrations().listAutoPaging(ListParams.common().limit(2).build())
        .stream().map(ChannelIntegration::id).toList();
    assertThat(got).containsExactly("i1", "i2", "i3");
    expect(mode, "GET", "/integrations?limit=2", null);
    expect(mode, "GET", "/integrations?limit=2&cursor=Q1VSU09SMg%3D%3D", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void theRoomsSpecExampleMetaWalksOnUntilAShortPage(Mode mode) throws Exception {
    // GET /rooms example: 100 items, limit 100, total 100, next 1729114517962 (a number)
    respond(200, specPage(ids("r", 1, 100), 100, null, 1, 100).replace("\"next\":null", "\"next\":1729114517962"));
    respond(200, specPage(ids("r", 101, 200), 100, null, 1, 100).replace("\"next\":null", "\"next\":1729114999999"));
    respond(200, specPage(ids("r", 201, 230), 30, null, 1, 100).replace("\"next\":null", "\"next\":1729115000000"));
    List<String> got = client(mode).rooms().listAutoPaging(ListParams.common().limit(100).build())
        .stream().map(Room::id).toList();
    assertThat(got).hasSize(230).startsWith("r1").endsWith("r230");
    expect(mode, "GET", "/rooms?limit=100", null);
    expect(mode, "GET", "/rooms?limit=100&cursor=1729114517962", null);
    expect(mode, "GET", "/rooms?limit=100&cursor=1729114999999", null);
    assertThat(server.getRequestCount()).isEqualTo(3); // the short page ends it despite its cursor
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anExactlyFullLastPageCostsOneEmptyPage(Mode mode) throws Exception {
    respond(200, specPage(ids("i", 1, 2), 2, "bmV4dA==", 1, 2));
    respond(200, specPage("", 0, "bGFzdA==", 1, 2));
    assertThat(client(mode).integrations().listAutoPaging(ListParams.common().limit(2).build()).stream().count())
        .isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  // --- defect 2: full pages without a cursor continue by offset ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void offsetOnlyListsWalkByPageNumber(Mode mode) throws Exception {
    respond(200, specPage(ids("u", 1, 2), 2, null, 1, 2));
    respond(200, specPage(ids("u", 3, 4), 2, null, 2, 2));
    respond(200, specPage(ids("u", 5, 5), 1, null, 3, 2));
    List<String> got = client(mode).users().listAutoPaging(ListParams.common().limit(2).build())
        .stream().map(User::id).toList();
    assertThat(got).containsExactly("u1", "u2", "u3", "u4", "u5");
    expect(mode, "GET", "/users?limit=2", null);
    expect(mode, "GET", "/users?limit=2&offset=2", null);
    expect(mode, "GET", "/users?limit=2&offset=3", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void anOffsetWalkEndsOnAnEmptyPage(Mode mode) throws Exception {
    respond(200, specPage(ids("t", 1, 2), 2, null, 1, 2));
    respond(200, specPage("", 0, null, 2, 2));
    List<String> got = client(mode).templates().listAutoPaging(null).stream().map(Template::id).toList();
    assertThat(got).containsExactly("t1", "t2");
    expect(mode, "GET", "/templates/whatsapp", null);
    expect(mode, "GET", "/templates/whatsapp?offset=2", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void withoutAPaginationOffsetTheOffsetSentCounts(Mode mode) throws Exception {
    respond(200, specPage(ids("u", 1, 2), 2, null, null, 2));
    respond(200, specPage(ids("u", 3, 4), 2, null, null, 2));
    respond(200, specPage(ids("u", 5, 5), 1, null, null, 2));
    List<String> got = client(mode).rooms()
        .assignableAgentsAutoPaging(RoomServiceTest.ROOM_ID, dev.omnichannel.qontak.model.RoomAgentListParams.builder()
            .offset(3).limit(2).build())
        .stream().map(User::id).toList();
    assertThat(got).containsExactly("u1", "u2", "u3", "u4", "u5");
    expect(mode, "GET", "/rooms/" + RoomServiceTest.ROOM_ID + "/agents/assignable?offset=3&limit=2", null);
    expect(mode, "GET", "/rooms/" + RoomServiceTest.ROOM_ID + "/agents/assignable?offset=4&limit=2", null);
    expect(mode, "GET", "/rooms/" + RoomServiceTest.ROOM_ID + "/agents/assignable?offset=5&limit=2", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aCursorWalkSwitchesToOffsetWhenTheCursorRunsOut(Mode mode) throws Exception {
    respond(200, specPage(ids("m", 1, 2), 2, "QzI=", 1, 2));
    respond(200, specPage(ids("m", 3, 4), 2, null, 2, 2));
    respond(200, specPage(ids("m", 5, 5), 1, null, 3, 2));
    List<String> got = client(mode).users().listAutoPaging(ListParams.common().limit(2).build())
        .stream().map(User::id).toList();
    assertThat(got).containsExactly("m1", "m2", "m3", "m4", "m5");
    expect(mode, "GET", "/users?limit=2", null);
    expect(mode, "GET", "/users?limit=2&cursor=QzI%3D", null);
    expect(mode, "GET", "/users?limit=2&offset=3", null); // the cursor is dropped
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aServerThatIgnoresTheOffsetFailsLoudlyInsteadOfLooping(Mode mode) {
    respond(200, specPage(ids("u", 1, 2), 2, null, 1, 2));
    respond(200, specPage(ids("u", 1, 2), 2, null, 1, 2)); // page 1 again, offset 1 again
    var first = client(mode).users().listAutoPaging(ListParams.common().limit(2).build());
    assertThat(first.items()).hasSize(2);
    assertThatThrownBy(first::nextPage).isInstanceOf(InvalidResponseException.class)
        .hasMessageContaining("same cursor twice");
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aFullPageWithoutCursorOrKnownLimitIsTheLast(Mode mode) {
    respond(200, "{\"status\":\"success\",\"data\":[" + ids("u", 1, 2)
        + "],\"meta\":{\"pagination\":{\"cursor\":{\"next\":null},\"offset\":1}}}");
    assertThat(client(mode).users().listAutoPaging(null).stream().count()).isEqualTo(2);
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  // --- the rules, one page at a time ---

  static Pagination pagination(String json) throws Exception {
    return QontakJson.moshi().adapter(Pagination.class).fromJson(json);
  }

  @Test
  void nextKeyRules() throws Exception {
    ListParams none = ListParams.none();
    Pagination cursorFull = pagination("{\"cursor\":{\"next\":\"N\"},\"offset\":1,\"limit\":2,\"total\":2}");
    assertThat(ServiceContext.nextKey(cursorFull, 2, none)).isEqualTo(new PageKey("N", null));
    assertThat(ServiceContext.nextKey(cursorFull, 1, none)).isNull(); // short
    assertThat(ServiceContext.nextKey(cursorFull, 0, none)).isNull(); // empty
    Pagination offsetFull = pagination("{\"cursor\":{\"next\":null},\"offset\":4,\"limit\":2,\"total\":2}");
    assertThat(ServiceContext.nextKey(offsetFull, 2, none)).isEqualTo(new PageKey(null, 5));
    assertThat(ServiceContext.nextKey(offsetFull, 1, none)).isNull();
    Pagination bare = pagination("{\"cursor\":{\"next\":\" \"}}");
    assertThat(ServiceContext.nextKey(bare, 3, ListParams.common().limit(3).build())).isEqualTo(new PageKey(null, 2));
    assertThat(ServiceContext.nextKey(bare, 3, ListParams.common().limit(3).offset(7).build()))
        .isEqualTo(new PageKey(null, 8));
    assertThat(ServiceContext.nextKey(bare, 3, none)).isNull(); // limit unknown
    assertThat(ServiceContext.nextKey(null, 3, none)).isNull();
    // total is never a reason to stop
    assertThat(pagination("{\"cursor\":{\"next\":\"N\"},\"offset\":5,\"limit\":2,\"total\":1}").isLastPage(2)).isFalse();
  }

  @Test
  void listParamsWithReplacesInPlaceAndRemoves() {
    ListParams p = ListParams.common().offset(1).limit(2).cursor("c").extra("tags[]", "a").build();
    assertThat(p.withOffset(3).entries()).extracting(e -> e.getKey() + "=" + e.getValue())
        .containsExactly("offset=3", "limit=2", "cursor=c", "tags[]=a");
    assertThat(p.withCursor(null).withOffset(null).entries()).extracting(Map.Entry::getKey)
        .containsExactly("limit", "tags[]");
    assertThat(ListParams.none().with("is_counted", true).value("is_counted")).isEqualTo("true");
    assertThat(p.value("offset")).isEqualTo("1");
    assertThat(p.value("query")).isNull();
    assertThat(p.entries()).hasSize(4); // unchanged
  }

  /** Every list example of the MAG spec (when the shared folder is present), decided page by page. */
  @Test
  @SuppressWarnings("unchecked")
  void everySpecExampleMetaBlock() throws Exception {
    Path spec = RoomSpecExamplesTest.spec();
    assumeTrue(spec != null, "shared specs folder not found");
    Map<String, Object> root = (Map<String, Object>) JsonReader.of(new Buffer().writeUtf8(Files.readString(spec)))
        .readJsonValue();
    Map<String, String> decided = new TreeMap<>();
    var mapAdapter = QontakJson.moshi().adapter(Object.class);
    for (Map.Entry<String, Object> p : ((Map<String, Object>) root.get("paths")).entrySet()) {
      Object get = ((Map<String, Object>) p.getValue()).get("get");
      List<Map<String, Object>> bodies = new ArrayList<>();
      collectPaged(get, bodies);
      for (Map<String, Object> body : bodies) {
        Object meta = ((Map<String, Object>) body.get("meta")).get("pagination");
        Pagination pg = pagination(mapAdapter.toJson(meta));
        int items = ((List<Object>) body.get("data")).size();
        PageKey next = ServiceContext.nextKey(pg, items, ListParams.none());
        String path = p.getKey().substring(QontakClient.MEKARI_PREFIX.length())
            .replaceAll("[0-9a-f]{8}-[0-9a-f-]{27}", "{id}");
        decided.put(path, next == null ? "stop" : next.cursor() != null ? "cursor" : "offset " + next.offset());
      }
    }
    assertThat(decided).containsEntry("/rooms", "cursor")               // 100 of 100, total 100
        .containsEntry("/integrations", "cursor")                          // 100 of 100, total 100
        .containsEntry("/divisions", "cursor")                             // 10 of 10, total 10
        .containsEntry("/users", "offset 2")                               // 10 of 10, no cursor
        .containsEntry("/templates/whatsapp", "offset 2")                  // 100 of 100, no cursor
        .containsEntry("/rooms/{id}/agents/assignable", "offset 2")        // 100 of 100, no cursor
        .containsEntry("/broadcasts/whatsapp", "stop")                     // 1 of 100
        .containsEntry("/templates/languages", "stop")                     // 64 of 100
        .containsEntry("/rooms/{id}/histories", "stop");                   // 21 of 100, despite a cursor
  }

  @SuppressWarnings("unchecked")
  private static void collectPaged(Object node, List<Map<String, Object>> out) {
    if (node instanceof Map<?, ?> m) {
      Object meta = m.get("meta");
      if (meta instanceof Map<?, ?> mm && mm.get("pagination") != null && m.get("data") instanceof List<?>) {
        out.add((Map<String, Object>) m);
      }
      m.values().forEach(v -> collectPaged(v, out));
    } else if (node instanceof List<?> l) {
      l.forEach(v -> collectPaged(v, out));
    }
  }
}
