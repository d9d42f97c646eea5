package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.testing.SharedSpecs;
import dev.omnichannel.chatwoot.model.PlatformAccountParams;
import dev.omnichannel.chatwoot.model.PlatformAccountUserParams;
import dev.omnichannel.chatwoot.model.PlatformAgentBotParams;
import dev.omnichannel.chatwoot.model.PlatformUserParams;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Reads the official {@code platform_swagger.json} at runtime (skipped when the shared specs are
 * absent) and checks that every Platform operation is implemented: the SDK call sends the spec's
 * method and path, and every JSON body field it sends is one the spec's payload schema declares.
 */
class PlatformSpecCoverageTest extends PlatformTestSupport {

  @FunctionalInterface
  interface Call {
    void run(ChatwootPlatformClient c) throws Exception;
  }

  /** One SDK call per spec operation, with every settable body field set. */
  private static final Map<String, Call> CALLS = new LinkedHashMap<>();

  static {
    PlatformAccountParams account = PlatformAccountParams.builder().name("Acme").locale("en").domain("acme.example")
        .supportEmail("s@acme.example").status("active").limits(Map.of("agents", 1)).customAttributes(Map.of())
        .build();
    PlatformAgentBotParams bot = PlatformAgentBotParams.builder().name("b").description("d")
        .outgoingUrl("https://x.example").accountId(7).avatarUrl("https://x.example/a.png").build();
    PlatformUserParams user = PlatformUserParams.builder().name("n").displayName("d").email("e@x.example")
        .password("Password2!").customAttributes(Map.of()).build();
    CALLS.put("POST /platform/api/v1/accounts", c -> c.accounts().create(account));
    CALLS.put("GET /platform/api/v1/accounts/{account_id}", c -> c.accounts().retrieve(7));
    CALLS.put("PATCH /platform/api/v1/accounts/{account_id}", c -> c.accounts().update(7, account));
    CALLS.put("DELETE /platform/api/v1/accounts/{account_id}", c -> c.accounts().delete(7));
    CALLS.put("GET /platform/api/v1/accounts/{account_id}/account_users", c -> c.accountUsers().list(7));
    CALLS.put("POST /platform/api/v1/accounts/{account_id}/account_users",
        c -> c.accountUsers().create(7, PlatformAccountUserParams.builder().userId(4).role("agent").build()));
    CALLS.put("DELETE /platform/api/v1/accounts/{account_id}/account_users", c -> c.accountUsers().delete(7, 4));
    CALLS.put("GET /platform/api/v1/agent_bots", c -> c.agentBots().list());
    CALLS.put("POST /platform/api/v1/agent_bots", c -> c.agentBots().create(bot));
    CALLS.put("GET /platform/api/v1/agent_bots/{id}", c -> c.agentBots().retrieve(4));
    CALLS.put("PATCH /platform/api/v1/agent_bots/{id}", c -> c.agentBots().update(4, bot));
    CALLS.put("DELETE /platform/api/v1/agent_bots/{id}", c -> c.agentBots().delete(4));
    CALLS.put("POST /platform/api/v1/users", c -> c.users().create(user));
    CALLS.put("GET /platform/api/v1/users/{id}", c -> c.users().retrieve(4));
    CALLS.put("PATCH /platform/api/v1/users/{id}", c -> c.users().update(4, user));
    CALLS.put("DELETE /platform/api/v1/users/{id}", c -> c.users().delete(4));
    CALLS.put("GET /platform/api/v1/users/{id}/login", c -> c.users().ssoLoginUrl(4));
  }

  /**
   * Body fields the server reads although the spec documents no body: the account-user delete
   * names the user in {@code user_id} (account_users_controller reads {@code params[:user_id]}).
   */
  private static final Map<String, Set<String>> UNDOCUMENTED_BODY =
      Map.of("DELETE /platform/api/v1/accounts/{account_id}/account_users", Set.of("user_id"));

  private static Path specFile() {
    return SharedSpecs.locate("chatwoot", "platform_swagger.json").filter(Files::isRegularFile).orElse(null);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> obj(Object o) {
    return (Map<String, Object>) o;
  }

  @Test
  @SuppressWarnings("unchecked")
  void everySpecOperationIsImplementedWithTheSpecsMethodPathAndFields() throws Exception {
    Path file = specFile();
    Assumptions.assumeTrue(file != null, "shared platform_swagger.json not found; skipping");
    Map<String, Object> spec = obj(new Moshi.Builder().build().adapter(Object.class).fromJson(Files.readString(file)));
    Map<String, Object> schemas = obj(obj(spec.get("components")).get("schemas"));

    Set<String> seen = new TreeSet<>();
    for (Map.Entry<String, Object> path : obj(spec.get("paths")).entrySet()) {
      for (Map.Entry<String, Object> op : obj(path.getValue()).entrySet()) {
        String method = op.getKey().toUpperCase(java.util.Locale.ROOT);
        if (!Set.of("GET", "POST", "PATCH", "PUT", "DELETE").contains(method)) {
          continue;
        }
        String key = method + " " + path.getKey();
        seen.add(key);
        assertThat(CALLS).as("SDK call for %s", key).containsKey(key);

        Map<String, Object> ok = obj(obj(obj(op.getValue()).get("responses")).get("200"));
        Object content = ok.get("content");
        if (content == null) {
          respondEmpty();
        } else {
          Map<String, Object> schema = obj(obj(obj(content).get("application/json")).get("schema"));
          Object ref = schema.get("$ref");
          Map<String, Object> resolved = ref == null ? schema
              : obj(schemas.get(ref.toString().substring("#/components/schemas/".length())));
          respond(200, "array".equals(resolved.get("type")) ? "[]" : "{}");
        }
        CALLS.get(key).run(platform());

        RecordedRequest r = server.takeRequest();
        String expectedPath = path.getKey().replace("{account_id}", "7").replace("{id}", "4");
        assertThat(r.getMethod()).as(key).isEqualTo(method);
        assertThat(r.getTarget()).as(key).isEqualTo(expectedPath);
        assertThat(r.getHeaders().get("api_access_token")).as(key).isEqualTo(TOKEN);

        Set<String> allowed = new TreeSet<>(UNDOCUMENTED_BODY.getOrDefault(key, Set.of()));
        Object requestBody = obj(op.getValue()).get("requestBody");
        if (requestBody != null) {
          String ref = obj(obj(obj(obj(requestBody).get("content")).get("application/json")).get("schema"))
              .get("$ref").toString();
          Map<String, Object> payload = obj(schemas.get(ref.substring("#/components/schemas/".length())));
          allowed.addAll(obj(payload.get("properties")).keySet());
        }
        String sent = r.getBody() == null ? "" : r.getBody().utf8();
        if (sent.isEmpty()) {
          assertThat(requestBody).as("%s sends the required body", key).isNull();
        } else {
          Map<String, Object> sentFields = obj(new Moshi.Builder().build().adapter(Object.class).fromJson(sent));
          assertThat(allowed).as("%s body fields", key).containsAll(sentFields.keySet());
        }
      }
    }
    assertThat(seen).hasSize(17).containsExactlyInAnyOrderElementsOf(CALLS.keySet());
  }
}
