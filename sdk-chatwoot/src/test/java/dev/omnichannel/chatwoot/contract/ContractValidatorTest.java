package dev.omnichannel.chatwoot.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The contract validator itself, on a small inline spec (and on the real one when present). */
class ContractValidatorTest {

  private static final String SPEC = q("""
      {'openapi':'3.1.0','info':{'title':'t','version':'1'},
       'paths':{
        '/api/v1/accounts/{account_id}/widgets':{
          'parameters':[{'$ref':'#/components/parameters/account_id'}],
          'get':{'operationId':'list-widgets','parameters':[
             {'$ref':'#/components/parameters/account_id'},
             {'name':'page','in':'query','schema':{'type':'integer'}},
             {'name':'archived','in':'query','schema':{'type':'boolean'}},
             {'name':'labels','in':'query','schema':{'type':'array','items':{'type':'string'}}},
             {'name':'sort','in':'query','schema':{'type':'string','enum':['name','size']}}]},
          'post':{'operationId':'create-widget','requestBody':{'required':true,'content':{
             'application/json':{'schema':{'$ref':'#/components/schemas/widget_payload'}},
             'multipart/form-data':{'schema':{'$ref':'#/components/schemas/widget_payload'}}}}}},
        '/api/v1/accounts/{account_id}/widgets/{id}':{
          'parameters':[{'$ref':'#/components/parameters/account_id'},{'name':'id','in':'path','required':true,'schema':{'type':'integer'}}],
          'delete':{'operationId':'delete-widget'}},
        '/api/v1/accounts/{account_id}/widgets/search':{
          'parameters':[{'$ref':'#/components/parameters/account_id'}],
          'get':{'operationId':'search-widgets','parameters':[{'name':'q','in':'query','required':true,'schema':{'type':'string'}}]}},
        '/api/v2/reports/x':{'get':{'operationId':'report-account','parameters':[{'name':'type','in':'query','schema':{'type':'string','enum':['account']}}]}},
        '/api/v2/reports/x/':{'get':{'operationId':'report-agent','parameters':[{'name':'type','in':'query','schema':{'type':'string','enum':['agent']}}]}}
       },
       'components':{
        'parameters':{'account_id':{'name':'account_id','in':'path','required':true,'schema':{'type':'integer'}}},
        'schemas':{
         'widget_payload':{'type':'object','required':['name'],'properties':{
           'name':{'type':'string'},
           'count':{'type':'integer'},
           'ratio':{'type':'number'},
           'note':{'type':['string','null']},
           'kind':{'type':'string','enum':['small','large']},
           'flags':{'type':'array','items':{'type':'boolean'}},
           'parts':{'type':'array','items':{'$ref':'#/components/schemas/part'}},
           'meta':{'type':'object','additionalProperties':{'type':'string'}},
           'free':{'type':'object'},
           'channel':{'oneOf':[{'$ref':'#/components/schemas/part'},{'type':'string'}]}}},
         'part':{'type':'object','required':['id'],'additionalProperties':false,'properties':{'id':{'type':'integer'}}}}}}
      """);

  private final ContractValidator v = new ContractValidator(OpenApiSpec.parse(SPEC, Set.of()), List.of());

  private static String q(String s) {
    return s.replace('\'', '"');
  }

  private static ContractValidator.Result post(ContractValidator validator, String json) {
    return validator.validate("POST", "/api/v1/accounts/42/widgets", "application/json; charset=utf-8", q(json));
  }

  private ContractValidator.Result post(String json) {
    return post(v, json);
  }

  private static void assertSingle(ContractValidator.Result r, String operationId, String location, String message) {
    assertThat(r.violations()).as(r.describe("?", "?")).hasSize(1);
    Violation x = r.violations().get(0);
    assertThat(x.operationId()).isEqualTo(operationId);
    assertThat(x.location()).isEqualTo(location);
    assertThat(x.message()).contains(message);
  }

  @Test
  void conformingRequestsPass() {
    assertThat(post("{'name':'w','count':3,'ratio':0.5,'note':null,'kind':'small','flags':[true],"
        + "'parts':[{'id':1},{'id':2}],'meta':{'a':'b'},'free':{'x':[1]},'channel':{'id':9}}").ok()).isTrue();
    assertThat(post("{'name':'w','channel':'web','ratio':2}").ok()).isTrue();
    ContractValidator.Result list = v.validate("GET",
        "/api/v1/accounts/42/widgets?page=2&archived=false&labels%5B%5D=a&labels%5B%5D=b%20c&sort=name", null, "");
    assertThat(list.ok()).as(list.describe("GET", "")).isTrue();
    assertThat(list.operationId()).isEqualTo("list-widgets");
    assertThat(v.validate("DELETE", "/api/v1/accounts/42/widgets/7", null, null).operationId()).isEqualTo("delete-widget");
  }

  @Test
  void literalSegmentWinsOverTemplate() {
    ContractValidator.Result r = v.validate("GET", "/api/v1/accounts/42/widgets/search?q=x", null, "");
    assertThat(r.ok()).isTrue();
    assertThat(r.operationId()).isEqualTo("search-widgets");
    assertSingle(v.validate("GET", "/api/v1/accounts/42/widgets/search", null, ""),
        "search-widgets", "query q", "required query parameter missing");
  }

  @Test
  void wrongMethodFails() {
    assertSingle(v.validate("PATCH", "/api/v1/accounts/42/widgets", "application/json", "{}"),
        "list-widgets", "method", "expected one of GET (list-widgets), POST (create-widget)");
  }

  @Test
  void unknownPathFails() {
    assertSingle(v.validate("GET", "/api/v1/accounts/42/gadgets", null, ""),
        "(none)", "path", "no operation in the spec has a path template matching '/api/v1/accounts/42/gadgets'");
  }

  @Test
  void pathParameterOfWrongTypeFails() {
    assertSingle(v.validate("DELETE", "/api/v1/accounts/42/widgets/abc", null, ""),
        "delete-widget", "path-param id", "expected integer, actual 'abc'");
  }

  @Test
  void missingRequiredBodyFieldFails() {
    assertSingle(post("{'count':1}"), "create-widget", "body $.name", "required property missing");
  }

  @Test
  void wrongBodyTypesFail() {
    assertSingle(post("{'name':'w','count':'3'}"), "create-widget", "body $.count", "expected integer, actual string (\"3\")");
    assertSingle(post("{'name':'w','count':1.5}"), "create-widget", "body $.count", "expected integer, actual number (1.5)");
    assertSingle(post("{'name':7}"), "create-widget", "body $.name", "expected string, actual integer (7)");
    assertSingle(post("{'name':'w','flags':[true,'no']}"), "create-widget", "body $.flags[1]", "expected boolean, actual string");
    assertSingle(post("{'name':'w','count':null}"), "create-widget", "body $.count", "expected integer, actual null");
    assertSingle(post("{'name':'w','meta':{'a':1}}"), "create-widget", "body $.meta.a", "expected string, actual integer");
    assertSingle(post("[1]"), "create-widget", "body $", "expected object, actual array");
  }

  @Test
  void nestedObjectsAndArraysAreChecked() {
    assertSingle(post("{'name':'w','parts':[{'id':1},{}]}"), "create-widget", "body $.parts[1].id", "required property missing");
    assertSingle(post("{'name':'w','parts':[{'id':1,'x':2}]}"), "create-widget", "body $.parts[0].x", "property not in the schema; known [id]");
  }

  @Test
  void enumsAndUnknownPropertiesFail() {
    assertSingle(post("{'name':'w','kind':'huge'}"), "create-widget", "body $.kind", "expected one of [small, large], actual \"huge\"");
    assertSingle(post("{'name':'w','colour':'red'}"), "create-widget", "body $.colour", "property not in the schema");
    assertSingle(post("{'name':'w','channel':5}"), "create-widget", "body $.channel", "matches none of the 2 oneOf alternatives");
  }

  @Test
  void unknownQueryParameterFails() {
    assertSingle(v.validate("GET", "/api/v1/accounts/42/widgets?bogus=1", null, ""),
        "list-widgets", "query bogus", "unknown query parameter 'bogus'; the operation knows [archived, labels, page, sort]");
  }

  @Test
  void queryParameterTypesAreChecked() {
    assertSingle(v.validate("GET", "/api/v1/accounts/42/widgets?page=two", null, ""), "list-widgets", "query page", "expected integer, actual 'two'");
    assertSingle(v.validate("GET", "/api/v1/accounts/42/widgets?archived=yes", null, ""), "list-widgets", "query archived", "expected boolean");
    assertSingle(v.validate("GET", "/api/v1/accounts/42/widgets?sort=date", null, ""), "list-widgets", "query sort", "expected one of [name, size]");
    assertSingle(v.validate("GET", "/api/v1/accounts/42/widgets?page=1&page=2", null, ""), "list-widgets", "query page", "expected one value");
    assertSingle(v.validate("GET", "/api/v1/accounts/42/widgets?page%5B%5D=1", null, ""), "list-widgets", "query page[]", "actual array form");
  }

  @Test
  void contentTypeAndBodyPresenceAreChecked() {
    assertSingle(v.validate("POST", "/api/v1/accounts/42/widgets", "text/plain", "name=w"),
        "create-widget", "content-type", "expected one of [application/json, multipart/form-data], actual 'text/plain'");
    assertSingle(v.validate("POST", "/api/v1/accounts/42/widgets", "application/json", ""),
        "create-widget", "body", "a request body is required");
    assertSingle(v.validate("DELETE", "/api/v1/accounts/42/widgets/1", "application/json", "{}"),
        "delete-widget", "body", "the operation takes no request body");
    assertSingle(v.validate("POST", "/api/v1/accounts/42/widgets", "application/json", "{nope"),
        "create-widget", "body", "not valid JSON");
  }

  @Test
  void multipartFieldNamesAreChecked() {
    String ok = "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nw\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"flags[]\"\r\n\r\ntrue\r\n--b--\r\n";
    assertThat(v.validate("POST", "/api/v1/accounts/42/widgets", "multipart/form-data; boundary=b", ok).ok()).isTrue();
    String bad = "--b\r\nContent-Disposition: form-data; name=\"colour\"\r\n\r\nred\r\n--b--\r\n";
    ContractValidator.Result r = v.validate("POST", "/api/v1/accounts/42/widgets", "multipart/form-data; boundary=b", bad);
    assertThat(r.violations()).extracting(Violation::location).containsExactly("body $.colour", "body $.name");
  }

  @Test
  void trailingSlashTwinsAreBothTried() {
    assertThat(v.validate("GET", "/api/v2/reports/x?type=agent", null, "").operationId()).isEqualTo("report-agent");
    assertThat(v.validate("GET", "/api/v2/reports/x/?type=account", null, "").operationId()).isEqualTo("report-account");
    assertThat(v.validate("GET", "/api/v2/reports/x?type=team", null, "").ok()).isFalse();
  }

  @Test
  void basePathPrefixIsReportedAndTheRestStillChecked() {
    ContractValidator.Result r = v.validate("GET", "/chat/api/v1/accounts/42/widgets?page=x", null, "");
    assertThat(r.operationId()).isEqualTo("list-widgets");
    assertThat(r.violations()).extracting(Violation::location).containsExactly("query page", "path");
    assertThat(r.violations().get(1).message()).contains("base path prefix '/chat'");
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
  }

  @Test
  void failureMessageNamesOperationLocationAndTypes() {
    ContractValidator.Result r = post("{'count':'x'}");
    String text = r.describe("POST", "/api/v1/accounts/42/widgets");
    assertThat(text)
        .contains("request POST /api/v1/accounts/42/widgets does not match the Chatwoot OpenAPI spec (operation create-widget)")
        .contains("[body $.name] required property missing")
        .contains("[body $.count] expected integer, actual string (\"x\")")
        .contains("SpecDifferences");
  }

  @Test
  void excludedOperationsAreNotMatched() {
    ContractValidator without = new ContractValidator(OpenApiSpec.parse(SPEC, Set.of("delete-widget")), List.of());
    assertThat(without.validate("DELETE", "/api/v1/accounts/42/widgets/1", null, "").violations())
        .extracting(Violation::location).containsExactly("path");
  }

  @Test
  void swagger2AndBrokenRefsAreRefused() {
    assertThatThrownBy(() -> OpenApiSpec.parse(q("{'swagger':'2.0','paths':{}}"), Set.of()))
        .hasMessageContaining("Swagger 2.0");
    OpenApiSpec s = OpenApiSpec.parse(q("{'openapi':'3.0.3','paths':{}}"), Set.of());
    assertThatThrownBy(() -> s.resolve(java.util.Map.of("$ref", "#/components/schemas/none")))
        .hasMessageContaining("unresolvable $ref #/components/schemas/none");
  }

  @Test
  void realSpecRecordsTheServersWebhookEvents() {
    ContractValidator real = ContractCheck.validator();
    assumeTrue(real != null, "shared/specs/chatwoot/swagger.json not found");
    ContractValidator.Result r = real.validate("POST", "/api/v1/accounts/1/webhooks", "application/json",
        q("{'url':'https://x.test/h','subscriptions':['message_created','inbox_created']}"));
    assertThat(r.ok()).as(r.describe("POST", "")).isTrue();
    assertThat(r.allowed().values()).extracting(SpecDifferences.Difference::research).containsExactly("1.1 #8");
    ContractValidator.Result typo = real.validate("POST", "/api/v1/accounts/1/webhooks", "application/json",
        q("{'url':'https://x.test/h','subscriptions':['message_createdd']}"));
    assertSingle(typo, "create-a-webhook", "body $.subscriptions[0]", "actual \"message_createdd\"");
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
    assertThat(real.validate("GET", "/accounts/1/conversations/2/messages", null, "").ok()).isFalse();
    assertThat(real.spec().operations()).hasSize(143);
  }
}
