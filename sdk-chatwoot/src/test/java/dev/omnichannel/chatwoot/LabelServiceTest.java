package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.Label;
import dev.omnichannel.chatwoot.model.LabelParams;
import dev.omnichannel.core.InvalidResponseException;
import dev.omnichannel.chatwoot.contract.ContractCheck;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class LabelServiceTest extends ChatwootTestSupport {

  static final String LABEL_JSON = q("{'id':11,'title':'vip','description':'Priority customers','color':'#1f93ff','show_on_sidebar':true}");

  @Test
  void listUnwrapsPayload() throws Exception {
    respond(200, "{\"payload\":[" + LABEL_JSON + "]}");
    List<Label> labels = client().labels().list();
    expect("GET", "/api/v1/accounts/42/labels", null);
    assertThat(labels).containsExactly(new Label(11L, "vip", "Priority customers", "#1f93ff", true));
  }

  @Test
  void listWithoutPayloadIsInvalidResponse() {
    respond(200, "[]");
    assertThatThrownBy(() -> client().labels().list()).isInstanceOf(InvalidResponseException.class);
  }

  @Test
  void listSkipsOtherFields() throws Exception {
    respond(200, "{\"meta\":{\"count\":1},\"payload\":[" + LABEL_JSON + "],\"after\":[1,{\"x\":2}]}");
    assertThat(client().labels().list()).hasSize(1);
  }

  @Test
  void create() throws Exception {
    respond(200, LABEL_JSON);
    Label l = client().labels().create(LabelParams.builder()
        .title("vip").description("Priority customers").color("#1f93ff").showOnSidebar(true).build());
    expect("POST", "/api/v1/accounts/42/labels",
        q("{'title':'vip','description':'Priority customers','color':'#1f93ff','show_on_sidebar':true}"));
    assertThat(l.id()).isEqualTo(11L);
  }

  @Test
  void retrieve() throws Exception {
    respond(200, LABEL_JSON);
    Label l = client().labels().retrieve(11);
    expect("GET", "/api/v1/accounts/42/labels/11", null);
    assertThat(l.title()).isEqualTo("vip");
  }

  @Test
  void update() throws Exception {
    respond(200, LABEL_JSON.replace("#1f93ff", "#ff0000"));
    Label l = client().labels().update(11, LabelParams.builder().color("#ff0000").build());
    expect("PATCH", "/api/v1/accounts/42/labels/11", q("{'color':'#ff0000'}"));
    assertThat(l.color()).isEqualTo("#ff0000");
  }

  @Test
  void delete() throws Exception {
    respondEmpty();
    client().labels().delete(11);
    expect("DELETE", "/api/v1/accounts/42/labels/11", null);
  }

  @Test
  void expectOutsideSpecRejectsAConformingRequest() throws Exception {
    Assumptions.assumeTrue(ContractCheck.validator() != null, "the Chatwoot spec is absent");
    respond(200, "{\"payload\":[]}");
    client().labels().list();
    assertThatThrownBy(() -> expectOutsideSpec("GET", "/api/v1/accounts/42/labels", null, "not really"))
        .isInstanceOf(AssertionError.class).hasMessageContaining("conforms to the spec");
  }
}
