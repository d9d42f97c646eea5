package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import dev.omnichannel.qontak.model.RoomAssignAnotherAgentParams;
import dev.omnichannel.qontak.model.RoomAutoResolveParams;
import dev.omnichannel.qontak.model.RoomInfoParams;
import dev.omnichannel.qontak.model.RoomInfoTarget;
import dev.omnichannel.qontak.model.RoomRenameParams;
import dev.omnichannel.qontak.model.RoomTagParams;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import mockwebserver3.RecordedRequest;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/**
 * Serves every success example of the MAG spec's room operations (the shared specs folder, when
 * present) to {@link RoomService} in HMAC mode and checks that the SDK calls the spec's method and
 * path (ids taken from the spec's literal sample UUIDs) and decodes the example.
 */
class RoomSpecExamplesTest extends QontakTestSupport {

  private static final String SPEC = "specs/qontak/qontak-chat-mag-subset.derived.openapi.json";
  private static final Pattern ID = Pattern.compile("[0-9a-f]{8}-[0-9a-f-]{20,}|\\{[a-z_]+}");

  static Path spec() {
    for (String base : List.of("../../shared/", "../shared/", "../../../shared/")) {
      Path p = Paths.get(base + SPEC).toAbsolutePath().normalize();
      if (Files.isRegularFile(p)) {
        return p;
      }
    }
    return null;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyRoomExampleDecodesAndEveryPathMatches() throws Exception {
    Path spec = spec();
    assumeTrue(spec != null, "shared specs folder not found");
    Map<String, Object> root = (Map<String, Object>) read(Files.readString(spec));
    Map<String, Object> paths = (Map<String, Object>) root.get("paths");
    List<String> checked = new ArrayList<>();
    for (Map.Entry<String, Object> p : paths.entrySet()) {
      String path = p.getKey().substring(QontakClient.MEKARI_PREFIX.length());
      if (!path.startsWith("/rooms")) {
        continue;
      }
      for (Map.Entry<String, Object> op : ((Map<String, Object>) p.getValue()).entrySet()) {
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        String example = successExample((Map<String, Object>) op.getValue());
        assertThat(example).as(method + " " + path).isNotNull();
        respond(method.equals("POST") ? 201 : 200, example);
        Object result = call(method, path);
        RecordedRequest r = server.takeRequest();
        assertThat(r.getMethod()).isEqualTo(method);
        String target = r.getTarget();
        assertThat(target.contains("?") ? target.substring(0, target.indexOf('?')) : target)
            .as(method + " " + path).isEqualTo(QontakClient.MEKARI_PREFIX + path.replace("{id}", "id-1")
                .replace("{room_id}", "id-1").replace("{user_id}", "id-2"));
        assertAuth(Mode.HMAC, r);
        if (!method.equals("DELETE") || !path.contains("/agents/")) {
          if (!path.endsWith("mark_all_as_read")) {
            assertThat(result).as(method + " " + path).isNotNull();
          }
        }
        checked.add(method + " " + path);
      }
    }
    assertThat(checked).hasSize(20); // rows 37-56; 57 and 58 are community-only
  }

  /** Calls the SDK method for a spec operation; ids come from the path. */
  private Object call(String method, String path) {
    List<String> ids = new ArrayList<>();
    var m = ID.matcher(path);
    while (m.find()) {
      String seg = m.group();
      ids.add(seg.startsWith("{") ? (ids.isEmpty() ? "id-1" : "id-2") : seg);
    }
    String shape = ID.matcher(path).replaceAll("{}");
    RoomService rooms = client(Mode.HMAC).rooms();
    String a = ids.isEmpty() ? null : ids.get(0);
    String b = ids.size() < 2 ? null : ids.get(1);
    return switch (method + " " + shape) {
      case "GET /rooms" -> rooms.list(null);
      case "GET /rooms/list/expired" -> rooms.expiredCounts(null);
      case "GET /rooms/specific/info" -> rooms.specificInfo(RoomInfoParams.of(RoomInfoTarget.UNREAD_COUNT));
      case "GET /rooms/{}" -> rooms.retrieve(a);
      case "GET /rooms/{}/participants" -> rooms.participants(a);
      case "GET /rooms/{}/histories" -> rooms.histories(a, null);
      case "GET /rooms/{}/agents/assignable" -> rooms.assignableAgents(a, null);
      case "PUT /rooms/{}/auto_resolve" -> rooms.setAutoResolve(a, RoomAutoResolveParams.of(true));
      case "PUT /rooms/{}/mark_all_as_read" -> {
        rooms.markAllAsRead(a);
        yield null;
      }
      case "PUT /rooms/{}" -> rooms.rename(a, RoomRenameParams.of("testing change name"));
      case "PUT /rooms/resolve_expired" -> rooms.resolveExpired();
      case "PUT /rooms/{}/resolve" -> rooms.resolve(a);
      case "PUT /rooms/agent_assign_another_agent" ->
          rooms.setAgentCanAssignAnotherAgent(RoomAssignAnotherAgentParams.of(true));
      case "POST /rooms/auto_takeover" -> rooms.autoTakeover();
      case "POST /rooms/{}/agents/{}" -> rooms.assignAgent(a, b);
      case "DELETE /rooms/{}/agents/{}" -> {
        rooms.unassignAgent(a, b);
        yield null;
      }
      case "POST /rooms/{}/tags" -> rooms.addTag(a, RoomTagParams.of("tes_12"));
      case "DELETE /rooms/{}/tags" -> rooms.removeTag(a, RoomTagParams.of("tes_12"));
      case "POST /rooms/{}/takeover" -> rooms.takeover(a);
      case "POST /rooms/{}/assign_round_robin" -> rooms.assignRoundRobin(a);
      default -> throw new AssertionError("no SDK method for " + method + " " + path);
    };
  }

  @Test
  void roomListExampleWithANoteObject() throws Exception {
    respond(200, q("{'status':'success','data':[{'id':'a136ac60-0cd6-4ec4-8e54-8123bcb7cf97','note':{'text':''}}]}"));
    assertThat(client(Mode.HMAC).rooms().list(null).items()).hasSize(1);
  }

  /** The first 2xx example as JSON text, from the examples or (assign agent) the description. */
  @SuppressWarnings("unchecked")
  private static String successExample(Map<String, Object> op) throws IOException {
    Map<String, Object> responses = (Map<String, Object>) op.get("responses");
    for (Map.Entry<String, Object> r : responses.entrySet()) {
      if (!r.getKey().startsWith("2")) {
        continue;
      }
      Map<String, Object> resp = (Map<String, Object>) r.getValue();
      Map<String, Object> content = (Map<String, Object>) resp.get("content");
      if (content != null && content.get("application/json") instanceof Map<?, ?> json
          && json.get("examples") instanceof Map<?, ?> examples && !examples.isEmpty()) {
        Map<String, Object> first = (Map<String, Object>) examples.values().iterator().next();
        return write(first.get("value"));
      }
      Object description = resp.get("description");
      if (description instanceof String s && s.strip().startsWith("{")) {
        return write(read(s));
      }
    }
    return null;
  }

  private static Object read(String json) throws IOException {
    return JsonReader.of(new Buffer().writeUtf8(json)).readJsonValue();
  }

  /** Writes JSON keeping integral numbers integral (so cursors and counts keep their text). */
  private static String write(Object value) throws IOException {
    Buffer out = new Buffer();
    try (JsonWriter w = JsonWriter.of(out)) {
      w.setSerializeNulls(true);
      write(w, value);
    }
    return out.readUtf8();
  }

  @SuppressWarnings("unchecked")
  private static void write(JsonWriter w, Object v) throws IOException {
    if (v instanceof Map<?, ?> map) {
      w.beginObject();
      for (Map.Entry<String, Object> e : ((Map<String, Object>) map).entrySet()) {
        w.name(e.getKey());
        write(w, e.getValue());
      }
      w.endObject();
    } else if (v instanceof List<?> list) {
      w.beginArray();
      for (Object o : list) {
        write(w, o);
      }
      w.endArray();
    } else if (v instanceof Double d && d == Math.rint(d) && Math.abs(d) < 1e15) {
      w.value(d.longValue());
    } else if (v instanceof Number n) {
      w.value(n);
    } else if (v instanceof Boolean bool) {
      w.value(bool);
    } else if (v == null) {
      w.nullValue();
    } else {
      w.value(String.valueOf(v));
    }
  }
}
