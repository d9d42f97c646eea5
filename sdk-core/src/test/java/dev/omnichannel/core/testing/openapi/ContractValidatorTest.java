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
    assertThat(new ContractValidator(spec).validate("POST", "/v1/rooms/r/agents/u", null, null).ok()).isFalse();
  }

  private static void assertOk(ContractValidator.Result r, String operationId) {
    assertThat(r.violations()).as("violations").isEmpty();
    assertThat(r.operationId()).isEqualTo(operationId);
  }

  private static List<String> locations(ContractValidator.Result r) {
    return r.violations().stream().map(Violation::location).toList();
  }
}
