package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;

import dev.omnichannel.chatwoot.model.CustomAttributeDefinition;
import dev.omnichannel.chatwoot.model.CustomAttributeDefinitionParams;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomAttributeServiceTest extends ChatwootTestSupport {

  static final String DEF_JSON = q("""
      {'id':9,'attribute_display_name':'Plan','attribute_display_type':'list','attribute_description':'Customer plan',
       'attribute_key':'plan','regex_pattern':null,'regex_cue':null,'attribute_values':['free','pro'],
       'attribute_model':'contact_attribute','default_value':null,
       'created_at':'2024-02-01T12:00:00.000Z','updated_at':'2024-02-01T12:00:00.000Z'}
      """);

  @Test
  void listByModel() throws Exception {
    respond(200, "[" + DEF_JSON + "]");
    List<CustomAttributeDefinition> defs = client().customAttributes().list("contact_attribute");
    expect("GET", "/api/v1/accounts/42/custom_attribute_definitions?attribute_model=contact_attribute", null);
    assertThat(defs).singleElement().satisfies(d -> {
      assertThat(d.attributeKey()).isEqualTo("plan");
      assertThat(d.attributeValues()).containsExactly("free", "pro");
      assertThat(d.attributeModel()).isEqualTo("contact_attribute");
      assertThat(d.defaultValue()).isNull();
    });
  }

  @Test
  void listWithSpecCodeAndWithoutModel() throws Exception {
    respond(200, "[]");
    respond(200, "[]");
    client().customAttributes().list("0");
    client().customAttributes().list(null);
    expect("GET", "/api/v1/accounts/42/custom_attribute_definitions?attribute_model=0", null);
    expect("GET", "/api/v1/accounts/42/custom_attribute_definitions", null);
  }

  @Test
  void create() throws Exception {
    respond(200, DEF_JSON);
    CustomAttributeDefinition d = client().customAttributes().create(CustomAttributeDefinitionParams.builder()
        .attributeDisplayName("Plan").attributeDisplayType(6).attributeDescription("Customer plan")
        .attributeKey("plan").attributeValues(List.of("free", "pro")).attributeModel(1).build());
    expect("POST", "/api/v1/accounts/42/custom_attribute_definitions",
        q("{'attribute_display_name':'Plan','attribute_display_type':6,'attribute_description':'Customer plan','attribute_key':'plan','attribute_values':['free','pro'],'attribute_model':1}"));
    assertThat(d.id()).isEqualTo(9L);
  }

  @Test
  void retrieve() throws Exception {
    respond(200, DEF_JSON.replace("\"default_value\":null", "\"default_value\":\"free\""));
    CustomAttributeDefinition d = client().customAttributes().retrieve(9);
    expect("GET", "/api/v1/accounts/42/custom_attribute_definitions/9", null);
    assertThat(d.defaultValue()).isEqualTo("free");
  }

  @Test
  void update() throws Exception {
    respond(200, DEF_JSON);
    client().customAttributes().update(9, CustomAttributeDefinitionParams.builder()
        .attributeDisplayType("text").attributeModel("contact_attribute").regexPattern("^[a-z]+$").regexCue("lowercase only").build());
    expect("PATCH", "/api/v1/accounts/42/custom_attribute_definitions/9",
        q("{'attribute_display_type':'text','attribute_model':'contact_attribute','regex_pattern':'^[a-z]+$','regex_cue':'lowercase only'}"));
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().customAttributes().delete(9);
    expect("DELETE", "/api/v1/accounts/42/custom_attribute_definitions/9", null);
  }

  @Test
  void absentValuesAreEmpty() throws Exception {
    respond(200, "{\"id\":1}");
    assertThat(client().customAttributes().retrieve(1).attributeValues()).isEmpty();
  }
}
