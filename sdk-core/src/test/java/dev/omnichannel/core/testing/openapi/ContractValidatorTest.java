package dev.omnichannel.core.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContractValidatorTest {

  /** A small spec in the Postman-export style: literal sample UUIDs, one real template, 3.0 nullable. */
  static final String SPEC_30 = q("{'openapi':'3.0.0','info':{'title':'t','version':'1'},'paths':{"
      + "'/v1/rooms':{'get':{'parameters':[{'name':'status','in':'query','schema':{'type':'string','enum':['open','resolved']}},"
      + "{'name':'limit','in':'query','schema':{'type':'integer'}},{'name':'tags','in':'query','schema':{'type':'array','items':{'type':'string'}}},"
      + "{'name':'target','in':'query','required':true,'schema':{'type':'string'}}]}},"
      + "'/v1/rooms/c1d8198a-9eb5-4952-9183-137670a2db9a':{'put':{'requestBody':{'required':true,'content':{'application/json':"
      + "{'schema':{'$ref':'#/components/schemas/Rename'}}}}}},"
      + "'/v1/rooms/c1d8198a-9eb5-4952-9183-137670a2db9aa/mark_all_as_read':{'put':{}},"
      + "'/v1/rooms/c1d8198a-9eb5-4952-9183-137670a2db9a/participants':{'get':{}},"
      + "'/v1/rooms/resolve_expired':{'put':{}},"
      + "'/v1/rooms/{room_id}/agents/{user_id}':{'post':{'operationId':'AssignAgent','parameters':["
      + "{'name':'room_id','in':'path','required':true,'schema':{'type':'string'}},"
      + "{'name':'user_id','in':'path','required':true,'schema':{'type':'string'}}]}},"
      + "'/v1/direct':{'post':{'requestBody':{'content':{'application/json':{'schema':{'type':'object',"
      + "'required':['to_number','language'],'properties':{'to_number':{'type':'string'},'to_name':{'type':'string','nullable':true},"
      + "'language':{'type':'object','properties':{'code':{'type':'string'}}},"
      + "'count':{'type':'integer'},'params':{'type':'array','items':{'type':'object','properties':{'key':{'type':'string'}}}}}}}}}}}"
      + "},'components':{'schemas':{'Rename':{'type':'object','required':['name'],'properties':{'name':{'type':'string'}}}}}}");

  static final ContractValidator V = new ContractValidator(OpenApiSpec.parse(SPEC_30, Set.of()));

  /**
   * A Rails-style 3.1 spec (real templates, integer ids, shared parameters, trailing-slash twins,
   * multipart, oneOf and additionalProperties), as Chatwoot's files are written.
   */
  static final String SPEC_31 = q("""
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

  static final ContractValidator W = new ContractValidator(OpenApiSpec.parse(SPEC_31, Set.of()));

  static String q(String s) {
    return s.replace('\'', '"');
  }

  @Test
  void sampleUuidSegmentsBecomeNamedPathParameters() {
    assertThat(OpenApiSpec.normalise("/v1/rooms/c1d8198a-9eb5-4952-9183-137670a2db9a/participants"))
        .isEqualTo("/v1/rooms/{rooms_id}/participants");
    assertThat(OpenApiSpec.normalise("/v1/rooms/c1d8198a-9eb5-4952-9183-137670a2db9aa"))
        .isEqualTo("/v1/rooms/{rooms_id}");
    assertThat(OpenApiSpec.normalise("/a/0c4b392b-7acf-4581-aa49-9c5b9ba74cdb/b/a02979a6-a2fe-431a-ac91-8ceccdaf419b"))
        .isEqualTo("/a/{a_id}/b/{b_id}");
    assertThat(OpenApiSpec.normalise("/rooms/specific/info")).isEqualTo("/rooms/specific/info");
    OpenApiSpec spec = OpenApiSpec.parse(SPEC_30, Set.of());
    assertThat(spec.version()).isEqualTo("3.0.0");
    assertThat(spec.operations()).extracting(OpenApiSpec.Operation::operationId)
        .contains("GET /v1/rooms/{rooms_id}/participants", "PUT /v1/rooms/{rooms_id}/mark_all_as_read", "AssignAgent");
  }

  @Test
  void goodRequestsPass() {
    assertOk(V.validate("GET", "/v1/rooms?status=open&limit=20&tags%5B%5D=vip&tags%5B%5D=new&target=x", null, null), "GET /v1/rooms");
    assertOk(V.validate("GET", "/v1/rooms/0f5c2d1e-1234-4abc-8def-0123456789ab/participants", null, ""),
        "GET /v1/rooms/{rooms_id}/participants");
    assertOk(V.validate("PUT", "/v1/rooms/room-1/mark_all_as_read", null, ""), "PUT /v1/rooms/{rooms_id}/mark_all_as_read");
    assertOk(V.validate("PUT", "/v1/rooms/0f5c2d1e-1234-4abc-8def-0123456789ab", "application/json; charset=utf-8",
        "{\"name\":\"VIP\"}"), "PUT /v1/rooms/{rooms_id}");
    assertOk(V.validate("POST", "/v1/rooms/r1/agents/u1", null, null), "AssignAgent");
    assertOk(V.validate("POST", "/v1/direct", "application/json", q("{'to_number':'628','to_name':null,"
        + "'language':{'code':'id'},'count':2,'params':[{'key':'1'}]}")), "POST /v1/direct");
  }

  @Test
  void aLiteralTemplateWinsOverASampleUuidParameter() {
    // PUT /v1/rooms/resolve_expired also matches PUT /v1/rooms/{rooms_id}, which requires a body.
    assertOk(V.validate("PUT", "/v1/rooms/resolve_expired", null, ""), "PUT /v1/rooms/resolve_expired");
  }

  @Test
  void wrongMethodIsReported() {
    ContractValidator.Result r = V.validate("DELETE", "/v1/rooms/abc/participants", null, null);
    assertThat(r.ok()).isFalse();
    assertThat(r.violations()).singleElement().satisfies(v -> {
      assertThat(v.location()).isEqualTo("method");
      assertThat(v.message()).contains("GET").contains("actual DELETE");
    });
  }

  @Test
  void unknownPathIsReported() {
    ContractValidator.Result r = V.validate("GET", "/v1/nowhere", null, null);
    assertThat(r.operationId()).isNull();
    assertThat(r.violations()).singleElement().satisfies(v -> assertThat(v.location()).isEqualTo("path"));
    assertThat(r.describe("GET", "/v1/nowhere")).contains("does not match the OpenAPI spec").contains("/v1/nowhere");
  }

  @Test
  void missingRequiredPartsAreReported() {
    assertThat(locations(V.validate("GET", "/v1/rooms", null, null))).containsExactly("query target");
    assertThat(locations(V.validate("POST", "/v1/direct", "application/json", q("{'to_name':'A'}"))))
        .containsExactlyInAnyOrder("body $.to_number", "body $.language");
    assertThat(locations(V.validate("PUT", "/v1/rooms/x", "application/json", "{}"))).containsExactly("body $.name");
    assertThat(locations(V.validate("PUT", "/v1/rooms/x", null, ""))).containsExactly("body");
  }

  @Test
  void wrongTypesAndUnknownNamesAreReported() {
    assertThat(V.validate("GET", "/v1/rooms?target=x&limit=ten&status=closed&colour=red", null, null).violations())
        .extracting(Violation::location).containsExactly("query limit", "query status", "query colour");
    ContractValidator.Result r = V.validate("POST", "/v1/direct", "application/json",
        q("{'to_number':628,'language':'id','count':1.5,'params':[{'key':1}],'typo':true}"));
    assertThat(locations(r)).containsExactlyInAnyOrder("body $.to_number", "body $.language", "body $.count",
        "body $.params[0].key", "body $.typo");
    assertThat(r.violations().get(0).message()).contains("expected string, actual integer");
    assertThat(locations(V.validate("POST", "/v1/direct", "text/plain", "x"))).containsExactly("content-type");
    assertThat(locations(V.validate("GET", "/v1/rooms/a/participants", "application/json", "{}"))).containsExactly("body");
  }

  @Test
  void openApi31TypeListsAndNullWork() {
    String spec31 = q("{'openapi':'3.1.0','paths':{'/x':{'post':{'requestBody':{'content':{'application/json':"
        + "{'schema':{'type':'object','properties':{'a':{'type':['string','null']},'b':{'type':['integer']}}}}}}}}}}");
    ContractValidator v = new ContractValidator(OpenApiSpec.parse(spec31, Set.of()));
    assertThat(v.validate("POST", "/x", "application/json", q("{'a':null,'b':3}")).ok()).isTrue();
    assertThat(locations(v.validate("POST", "/x", "application/json", q("{'a':1,'b':null}"))))
        .containsExactly("body $.a", "body $.b");
    // 3.0: null only with nullable.
    assertThat(locations(V.validate("POST", "/v1/direct", "application/json", q("{'to_number':null,'language':{}}"))))
        .containsExactly("body $.to_number");
  }

  @Test
  void allowancesMoveViolationsAside() {
    Allowance extraQuery = v -> v.operationId().equals("GET /v1/rooms") && v.location().equals("query colour");
    ContractValidator v = new ContractValidator(OpenApiSpec.parse(SPEC_30, Set.of()), List.of(extraQuery));
    ContractValidator.Result r = v.validate("GET", "/v1/rooms?target=x&colour=red", null, null);
    assertThat(r.ok()).isTrue();
    assertThat(r.allowed()).hasSize(1).containsValue(extraQuery);
  }

  @ParameterizedTest
  @ValueSource(strings = {"{\"swagger\":\"2.0\",\"paths\":{}}", "{\"openapi\":\"2.5\"}", "[1]", "not json"})
  void nonOpenApi3DocumentsAreRefused(String doc) {
    assertThatThrownBy(() -> OpenApiSpec.parse(doc, Set.of())).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void excludedOperationsAreLeftOut() {
    OpenApiSpec spec = OpenApiSpec.parse(SPEC_30, Set.of("AssignAgent"));
    assertThat(locations(new ContractValidator(spec).validate("POST", "/v1/rooms/r/agents/u", null, null)))
        .containsExactly("path");
  }

  // ---- the Rails-style spec (SPEC_31) ----

  private static ContractValidator.Result post(ContractValidator validator, String json) {
    return validator.validate("POST", "/api/v1/accounts/42/widgets", "application/json; charset=utf-8", q(json));
  }

  private static ContractValidator.Result post(String json) {
    return post(W, json);
  }

  private static void assertSingle(ContractValidator.Result r, String operationId, String location, String message) {
    assertThat(r.violations()).as(r.describe("?", "?")).hasSize(1);
    Violation x = r.violations().get(0);
    assertThat(x.operationId()).isEqualTo(operationId);
    assertThat(x.location()).isEqualTo(location);
    assertThat(x.message()).contains(message);
  }

  @Test
  void railsStyleConformingRequestsPass() {
    assertThat(post("{'name':'w','count':3,'ratio':0.5,'note':null,'kind':'small','flags':[true],"
        + "'parts':[{'id':1},{'id':2}],'meta':{'a':'b'},'free':{'x':[1]},'channel':{'id':9}}").ok()).isTrue();
    assertThat(post("{'name':'w','channel':'web','ratio':2}").ok()).isTrue();
    ContractValidator.Result list = W.validate("GET",
        "/api/v1/accounts/42/widgets?page=2&archived=false&labels%5B%5D=a&labels%5B%5D=b%20c&sort=name", null, "");
    assertThat(list.ok()).as(list.describe("GET", "")).isTrue();
    assertThat(list.operationId()).isEqualTo("list-widgets");
    assertThat(W.validate("DELETE", "/api/v1/accounts/42/widgets/7", null, null).operationId()).isEqualTo("delete-widget");
  }

  @Test
  void literalSegmentWinsOverTemplateAndStillChecksItsParameters() {
    ContractValidator.Result r = W.validate("GET", "/api/v1/accounts/42/widgets/search?q=x", null, "");
    assertThat(r.ok()).isTrue();
    assertThat(r.operationId()).isEqualTo("search-widgets");
    assertSingle(W.validate("GET", "/api/v1/accounts/42/widgets/search", null, ""),
        "search-widgets", "query q", "required query parameter missing");
  }

  @Test
  void wrongMethodNamesTheAllowedOperations() {
    assertSingle(W.validate("PATCH", "/api/v1/accounts/42/widgets", "application/json", "{}"),
        "list-widgets", "method", "expected one of GET (list-widgets), POST (create-widget)");
    assertSingle(W.validate("GET", "/api/v1/accounts/42/gadgets", null, ""),
        "(none)", "path", "no operation in the spec has a path template matching '/api/v1/accounts/42/gadgets'");
  }

  @Test
  void pathParameterOfWrongTypeFails() {
    assertSingle(W.validate("DELETE", "/api/v1/accounts/42/widgets/abc", null, ""),
        "delete-widget", "path-param id", "expected integer, actual 'abc'");
  }

  @Test
  void wrongBodyTypesFail() {
    assertSingle(post("{'count':1}"), "create-widget", "body $.name", "required property missing");
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
  void bodyEnumsUnknownPropertiesAndOneOfFail() {
    assertSingle(post("{'name':'w','kind':'huge'}"), "create-widget", "body $.kind", "expected one of [small, large], actual \"huge\"");
    assertSingle(post("{'name':'w','colour':'red'}"), "create-widget", "body $.colour", "property not in the schema");
    assertSingle(post("{'name':'w','channel':5}"), "create-widget", "body $.channel", "matches none of the 2 oneOf alternatives");
  }

  @Test
  void queryParameterNamesAndTypesAreChecked() {
    assertSingle(W.validate("GET", "/api/v1/accounts/42/widgets?bogus=1", null, ""),
        "list-widgets", "query bogus", "unknown query parameter 'bogus'; the operation knows [archived, labels, page, sort]");
    assertSingle(W.validate("GET", "/api/v1/accounts/42/widgets?page=two", null, ""), "list-widgets", "query page", "expected integer, actual 'two'");
    assertSingle(W.validate("GET", "/api/v1/accounts/42/widgets?archived=yes", null, ""), "list-widgets", "query archived", "expected boolean");
    assertSingle(W.validate("GET", "/api/v1/accounts/42/widgets?sort=date", null, ""), "list-widgets", "query sort", "expected one of [name, size]");
    assertSingle(W.validate("GET", "/api/v1/accounts/42/widgets?page=1&page=2", null, ""), "list-widgets", "query page", "expected one value");
    assertSingle(W.validate("GET", "/api/v1/accounts/42/widgets?page%5B%5D=1", null, ""), "list-widgets", "query page[]", "actual array form");
  }

  @Test
  void contentTypeAndBodyPresenceAreChecked() {
    assertSingle(W.validate("POST", "/api/v1/accounts/42/widgets", "text/plain", "name=w"),
        "create-widget", "content-type", "expected one of [application/json, multipart/form-data], actual 'text/plain'");
    assertSingle(W.validate("POST", "/api/v1/accounts/42/widgets", "application/json", ""),
        "create-widget", "body", "a request body is required");
    assertSingle(W.validate("DELETE", "/api/v1/accounts/42/widgets/1", "application/json", "{}"),
        "delete-widget", "body", "the operation takes no request body");
    assertSingle(W.validate("POST", "/api/v1/accounts/42/widgets", "application/json", "{nope"),
        "create-widget", "body", "not valid JSON");
  }

  @Test
  void multipartFieldNamesAreChecked() {
    String ok = "--b\r\nContent-Disposition: form-data; name=\"name\"\r\n\r\nw\r\n"
        + "--b\r\nContent-Disposition: form-data; name=\"flags[]\"\r\n\r\ntrue\r\n--b--\r\n";
    assertThat(W.validate("POST", "/api/v1/accounts/42/widgets", "multipart/form-data; boundary=b", ok).ok()).isTrue();
    String bad = "--b\r\nContent-Disposition: form-data; name=\"colour\"\r\n\r\nred\r\n--b--\r\n";
    ContractValidator.Result r = W.validate("POST", "/api/v1/accounts/42/widgets", "multipart/form-data; boundary=b", bad);
    assertThat(locations(r)).containsExactly("body $.colour", "body $.name");
  }

  @Test
  void trailingSlashTwinsAreBothTried() {
    assertThat(W.validate("GET", "/api/v2/reports/x?type=agent", null, "").operationId()).isEqualTo("report-agent");
    assertThat(W.validate("GET", "/api/v2/reports/x/?type=account", null, "").operationId()).isEqualTo("report-account");
    assertThat(W.validate("GET", "/api/v2/reports/x?type=team", null, "").ok()).isFalse();
  }

  @Test
  void basePathPrefixIsReportedAndTheRestStillChecked() {
    ContractValidator prefixed = W.allowingBasePathPrefix(3);
    ContractValidator.Result r = prefixed.validate("GET", "/chat/api/v1/accounts/42/widgets?page=x", null, "");
    assertThat(r.operationId()).isEqualTo("list-widgets");
    assertThat(locations(r)).containsExactly("query page", "path");
    assertThat(r.violations().get(1).message()).contains("base path prefix '/chat'");
    // Forgiven by an allowance, the prefix leaves the request valid; without the option it is an unknown path.
    Allowance deployment = v -> v.location().equals("path") && v.message().startsWith("base path prefix");
    ContractValidator.Result ok = new ContractValidator(OpenApiSpec.parse(SPEC_31, Set.of()), List.of(deployment))
        .allowingBasePathPrefix(3).validate("GET", "/a/b/api/v1/accounts/42/widgets?page=2", null, "");
    assertThat(ok.ok()).as(ok.describe("GET", "")).isTrue();
    assertThat(ok.operationId()).isEqualTo("list-widgets");
    assertThat(ok.allowed()).hasSize(1).containsValue(deployment);
    assertThat(W.validate("GET", "/chat/api/v1/accounts/42/widgets", null, "").operationId()).isNull();
    assertThat(prefixed.validate("GET", "/a/b/c/d/api/v1/accounts/42/widgets", null, "").operationId()).isNull();
    assertThatThrownBy(() -> W.allowingBasePathPrefix(-1)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void failureMessageNamesOperationLocationAndTypes() {
    String text = post("{'count':'x'}").describe("POST", "/api/v1/accounts/42/widgets");
    assertThat(text)
        .contains("request POST /api/v1/accounts/42/widgets does not match the OpenAPI spec (operation create-widget)")
        .contains("[body $.name] required property missing")
        .contains("[body $.count] expected integer, actual string (\"x\")");
  }

  @Test
  void brokenRefsAreRefused() {
    OpenApiSpec s = OpenApiSpec.parse(q("{'openapi':'3.0.3','paths':{}}"), Set.of());
    assertThatThrownBy(() -> s.resolve(java.util.Map.of("$ref", "#/components/schemas/none")))
        .hasMessageContaining("unresolvable $ref #/components/schemas/none");
    assertThatThrownBy(() -> OpenApiSpec.parse(q("{'swagger':'2.0','paths':{}}"), Set.of()))
        .hasMessageContaining("Swagger 2.0");
  }

  private static void assertOk(ContractValidator.Result r, String operationId) {
    assertThat(r.violations()).as("violations").isEmpty();
    assertThat(r.operationId()).isEqualTo(operationId);
  }

  private static List<String> locations(ContractValidator.Result r) {
    return r.violations().stream().map(Violation::location).toList();
  }
}
