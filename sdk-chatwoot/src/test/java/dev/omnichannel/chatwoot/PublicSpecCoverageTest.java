package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.testing.SharedSpecs;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Checks that {@link ChatwootPublicClient} covers every Client API operation of the official spec
 * ({@code shared/specs/chatwoot/swagger.json}, found by {@link SharedSpecs} and read at test time; skipped when absent).
 */
class PublicSpecCoverageTest {

  /** What the SDK sends: method and path template, one per Client API operation (13). */
  static final Set<String> COVERED = Set.of(
      "GET /public/api/v1/inboxes/{inbox_identifier}",
      "POST /public/api/v1/inboxes/{inbox_identifier}/contacts",
      "GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}",
      "PATCH /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}",
      "POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations",
      "GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations",
      "GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}",
      "POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_status",
      "POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/toggle_typing",
      "POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/update_last_seen",
      "POST /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages",
      "GET /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages",
      "PATCH /public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}/conversations/{conversation_id}/messages/{message_id}");

  @SuppressWarnings("unchecked")
  static Map<String, Object> spec() throws Exception {
    Path p = SharedSpecs.locate("chatwoot", "swagger.json").filter(Files::isRegularFile).orElse(null);
    if (p != null) {
      return (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class).fromJson(Files.readString(p));
    }
    String reason = "official Chatwoot " + SharedSpecs.notFound("chatwoot", "swagger.json") + "; skipping";
    System.out.println(reason);
    Assumptions.abort(reason);
    return null;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyClientApiOperationOfTheSpecIsCovered() throws Exception {
    Map<String, Object> paths = (Map<String, Object>) spec().get("paths");
    Set<String> inSpec = new TreeSet<>();
    paths.forEach((path, item) -> {
      if (path.startsWith("/public/")) {
        ((Map<String, Object>) item).keySet().stream()
            .filter(m -> Set.of("get", "post", "put", "patch", "delete").contains(m))
            .forEach(m -> inSpec.add(m.toUpperCase() + " " + path));
      }
    });
    assertThat(inSpec).hasSize(13).containsExactlyInAnyOrderElementsOf(COVERED);
  }

  @Test
  @SuppressWarnings("unchecked")
  void toggleTypingDocumentsTypingStatusBothAsQueryAndBody() throws Exception {
    // Why toggleTyping sends typing_status twice: the spec requires the query parameter and a body.
    Map<String, Object> op = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) spec()
        .get("paths")).get("/public/api/v1/inboxes/{inbox_identifier}/contacts/{contact_identifier}"
            + "/conversations/{conversation_id}/toggle_typing")).get("post");
    List<Map<String, Object>> params = (List<Map<String, Object>>) op.get("parameters");
    assertThat(params).anySatisfy(p -> {
      assertThat(p.get("name")).isEqualTo("typing_status");
      assertThat(p.get("in")).isEqualTo("query");
    });
    assertThat(op.get("requestBody").toString()).contains("typing_status");
  }
}
