package dev.omnichannel.chatwoot.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.testing.openapi.ContractValidator;
import dev.omnichannel.core.testing.openapi.OpenApiSpec;
import dev.omnichannel.core.testing.openapi.Violation;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The Chatwoot side of the contract check: {@link SpecDifferences} entries, the failure message,
 * the base-path prefix of self-hosted installs, and the real spec when present. The validator
 * itself is tested in sdk-core ({@code dev.omnichannel.core.testing.openapi.ContractValidatorTest}).
 */
class ContractCheckTest {

  private static final String SPEC = q("""
      {'openapi':'3.1.0','info':{'title':'t','version':'1'},
       'paths':{'/api/v1/accounts/{account_id}/widgets':{'post':{'operationId':'create-widget',
         'parameters':[{'name':'account_id','in':'path','required':true,'schema':{'type':'integer'}}],
         'requestBody':{'required':true,'content':{'application/json':{'schema':{'type':'object','required':['name'],
           'properties':{'name':{'type':'string'},'flags':{'type':'array','items':{'type':'boolean'}}}}}}}}}}}
      """);

  private static String q(String s) {
    return s.replace('\'', '"');
  }

  private static ContractValidator.Result post(ContractValidator validator, String json) {
    return validator.validate("POST", "/api/v1/accounts/42/widgets", "application/json; charset=utf-8", q(json));
  }

  /** The one violation left, checked by operation and location; returns its message. */
  private static String single(ContractValidator.Result r, String operationId, String location) {
    assertThat(r.violations()).as(r.describe("?", "?"))
        .extracting(Violation::operationId, Violation::location).containsExactly(tuple(operationId, location));
    return r.violations().get(0).message();
  }

  @Test
  void listedDifferencesAreAllowedAndReported() {
    SpecDifferences.Difference d = new SpecDifferences.Difference("test", "create-widget", "body $.flags[*]",
        "actual string", "the server coerces strings");
    ContractValidator lenient = new ContractValidator(OpenApiSpec.parse(SPEC, Set.of()), List.of(d));
    ContractValidator.Result r = post(lenient, "{'name':'w','flags':['yes']}");
    assertThat(r.ok()).isTrue();
    assertThat(r.allowed()).containsValue(d);
    // Same location, other message: not covered.
    assertThat(post(lenient, "{'name':'w','flags':[null]}").ok()).isFalse();
    // Other operation: not covered.
    assertThat(d.covers(new Violation("list-widgets", "body $.flags[0]", "actual string"))).isFalse();
    // Informational entries (no location) never forgive anything.
    assertThat(new SpecDifferences.Difference("x", "*", null, null, "why")
        .covers(new Violation("create-widget", "body", "anything"))).isFalse();
  }

  @Test
  void failureMessageNamesOperationLocationTypesAndWhereToRecordADifference() {
    ContractValidator v = new ContractValidator(OpenApiSpec.parse(SPEC, Set.of()));
    String text = ContractCheck.failureMessage(post(v, "{'name':3}"), "POST", "/api/v1/accounts/42/widgets");
    assertThat(text)
        .contains("request POST /api/v1/accounts/42/widgets does not match the OpenAPI spec (operation create-widget)")
        .contains("[body $.name] expected string, actual integer")
        .contains("SpecDifferences")
        .contains("expectOutsideSpec");
  }

  @Test
  void selfHostedBasePathPrefixIsForgivenButTheRestStillChecked() {
    ContractValidator v = new ContractValidator(OpenApiSpec.parse(SPEC, Set.of()), SpecDifferences.ALL)
        .allowingBasePathPrefix(ContractCheck.BASE_PATH_SEGMENTS);
    ContractValidator.Result ok = v.validate("POST", "/chat/api/v1/accounts/42/widgets", "application/json", q("{'name':'w'}"));
    assertThat(ok.ok()).as(ok.describe("POST", "")).isTrue();
    assertThat(ok.allowed().values()).extracting(d -> ((SpecDifferences.Difference) d).research())
        .containsExactly("deployment");
    assertThat(single(v.validate("POST", "/chat/api/v1/accounts/42/widgets", "application/json", q("{'name':1}")),
        "create-widget", "body $.name")).contains("expected string, actual integer");
  }

  @Test
  void realSpecRecordsTheServersWebhookEvents() {
    ContractValidator real = ContractCheck.validator();
    assumeTrue(real != null, "shared/specs/chatwoot/swagger.json not found");
    ContractValidator.Result r = real.validate("POST", "/api/v1/accounts/1/webhooks", "application/json",
        q("{'url':'https://x.test/h','subscriptions':['message_created','inbox_created']}"));
    assertThat(r.ok()).as(r.describe("POST", "")).isTrue();
    assertThat(r.allowed().values()).extracting(d -> ((SpecDifferences.Difference) d).research())
        .containsExactly("1.1 #8");
    ContractValidator.Result typo = real.validate("POST", "/api/v1/accounts/1/webhooks", "application/json",
        q("{'url':'https://x.test/h','subscriptions':['message_createdd']}"));
    assertThat(single(typo, "create-a-webhook", "body $.subscriptions[0]")).contains("actual \"message_createdd\"");
  }

  @Test
  void realSpecCoversAllThreeFamilies() {
    ContractValidator real = ContractCheck.validator();
    assumeTrue(real != null, "shared/specs/chatwoot/swagger.json not found");
    assertThat(real.validate("GET", "/public/api/v1/inboxes/abc/contacts/src-1/conversations", null, "").operationId())
        .isEqualTo("list-all-contact-conversations");
    assertThat(real.validate("GET", "/platform/api/v1/accounts/3", null, "").operationId())
        .isEqualTo("get-details-of-an-account");
    assertThat(real.validate("GET", "/api/v1/profile", null, "").ok()).isTrue();
    assertThat(real.validate("GET", "/chat/api/v1/profile", null, "").ok()).isTrue();
    assertThat(real.validate("GET", "/accounts/1/conversations/2/messages", null, "").ok()).isFalse();
    assertThat(real.spec().operations()).hasSize(143);
  }

  @Test
  @SuppressWarnings("unchecked")
  void realSpecHasNoSampleUuidSegments() throws Exception {
    assumeTrue(ContractCheck.locate().isPresent(), "shared/specs/chatwoot/swagger.json not found");
    // The core validator turns UUID-looking path segments into parameters (for Postman exports);
    // Chatwoot's paths have none, so every template is matched exactly as the spec writes it.
    Map<String, Object> doc = (Map<String, Object>) new Moshi.Builder().build().adapter(Object.class)
        .fromJson(Files.readString(ContractCheck.locate().get()));
    Set<String> paths = ((Map<String, Object>) doc.get("paths")).keySet();
    assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(OpenApiSpec.normalise(p)).isEqualTo(p));
  }
}
