package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.testing.SharedSpecs;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.Template;
import dev.omnichannel.qontak.model.TemplateButton;
import dev.omnichannel.qontak.model.TemplateButtonType;
import dev.omnichannel.qontak.model.TemplateCategory;
import dev.omnichannel.qontak.model.TemplateCategoryOption;
import dev.omnichannel.qontak.model.TemplateComponent;
import dev.omnichannel.qontak.model.TemplateCreateParams;
import dev.omnichannel.qontak.model.TemplateCreateResult;
import dev.omnichannel.qontak.model.TemplateHeaderFormat;
import dev.omnichannel.qontak.model.TemplateLanguage;
import dev.omnichannel.qontak.model.TemplateLanguageOption;
import dev.omnichannel.qontak.model.TemplateStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Runs the template operations against the request and response examples of the Mekari gateway
 * OpenAPI file (read at test time from {@code shared/specs/qontak}, found by {@link SharedSpecs}; skipped with a printed
 * reason when absent): the SDK must send the spec's request bodies and read every example answer.
 */
class TemplateSpecExamplesTest extends QontakTestSupport {

  static final String P = "/qontak/chat/v1/templates";
  static final Moshi MOSHI = new Moshi.Builder().build();

  private Map<String, Object> paths;

  @BeforeEach
  @SuppressWarnings("unchecked")
  void loadSpec() throws IOException {
    String name = "qontak-chat-mag-subset.derived.openapi.json";
    Path spec = SharedSpecs.locate("qontak", name).filter(Files::isRegularFile).orElse(null);
    if (spec == null) {
      String reason = "MAG spec " + SharedSpecs.notFound("qontak", name) + "; skipping";
      System.out.println(reason);
      Assumptions.abort(reason);
    }
    Map<String, Object> doc = (Map<String, Object>) MOSHI.adapter(Object.class).fromJson(Files.readString(spec));
    paths = (Map<String, Object>) doc.get("paths");
  }

  @SuppressWarnings("unchecked")
  private Object dig(Object node, String... keys) {
    for (String k : keys) {
      node = ((Map<String, Object>) node).get(k);
    }
    return node;
  }

  private String responseExample(String path, String method, String code) {
    Object value = dig(paths.get(path), method, "responses", code, "content", "application/json", "examples", "default", "value");
    return MOSHI.adapter(Object.class).toJson(value);
  }

  /** The spec's request example, re-serialised compactly in its own key order. */
  private String requestExample(String path) {
    return MOSHI.adapter(Object.class).toJson(dig(paths.get(path), "post", "requestBody", "content", "application/json", "examples", "default", "value"));
  }

  private static Object parse(String json) throws IOException {
    return MOSHI.adapter(Object.class).fromJson(json);
  }

  @Test
  void listExampleParsesEveryTemplate() throws Exception {
    String example = responseExample(P + "/whatsapp", "get", "200");
    @SuppressWarnings("unchecked")
    int count = ((List<Object>) ((Map<String, Object>) parse(example)).get("data")).size();
    respond(200, example);
    QontakList<Template> page = client(Mode.HMAC).templates().list(null);
    expect(Mode.HMAC, "GET", "/templates/whatsapp", null);
    assertThat(page.items()).hasSize(count).isNotEmpty();
    for (Template t : page.items()) {
      assertThat(t.id()).isNotBlank();
      assertThat(t.status().isKnown()).as(t.status().value()).isTrue();
      assertThat(t.category().isKnown()).as(t.category().value()).isTrue();
      if (t.header() != null) {
        assertThat(t.header().format().isKnown()).isTrue();
        assertThat(t.header().exampleValues()).allMatch(v -> v.startsWith("https://"));
      }
      for (TemplateButton b : t.buttons()) {
        assertThat(b.type().isKnown()).isTrue();
        assertThat(b.text()).isNotBlank();
      }
    }
    assertThat(page.items()).anyMatch(Template::isApproved);
    assertThat(page.pagination().limit()).isEqualTo(100);
  }

  @Test
  void retrieveExampleParses() throws Exception {
    String path = paths.keySet().stream().filter(p -> p.matches(P + "/[0-9a-f-]{36}/whatsapp")).findFirst().orElseThrow();
    String id = path.substring(P.length() + 1, path.length() - "/whatsapp".length());
    respond(200, responseExample(path, "get", "200"));
    Template t = client(Mode.HMAC).templates().retrieve(id);
    expect(Mode.HMAC, "GET", "/templates/" + id + "/whatsapp", null);
    assertThat(t.id()).isEqualTo(id);
    assertThat(t.status()).isEqualTo(TemplateStatus.APPROVED);
  }

  @Test
  void createSendsTheSpecRequestExampleAndReadsItsAnswer() throws Exception {
    respond(201, responseExample(P + "/whatsapp", "post", "201"));
    TemplateCreateResult result = client(Mode.HMAC).templates().create(TemplateCreateParams.builder()
        .name("dama_testing_create_template_2").category(TemplateCategory.MARKETING)
        .component(TemplateComponent.headerMedia(TemplateHeaderFormat.IMAGE))
        .component(TemplateComponent.buttons(TemplateButton.quickReply("Button 1")))
        .component(TemplateComponent.body("this is for testing only"))
        .language("id").build());
    expect(Mode.HMAC, "POST", "/templates/whatsapp", requestExample(P + "/whatsapp"));
    assertThat(result.template().name()).isEqualTo("dama_testing_create_template_2");
    assertThat(result.template().status()).isEqualTo(TemplateStatus.PENDING);
    assertThat(result.template().buttons()).extracting(TemplateButton::type).containsExactly(TemplateButtonType.QUICK_REPLY);
  }

  @Test
  void createHsmChatSendsTheSpecRequestExampleAndReadsItsAnswer() throws Exception {
    respond(201, responseExample(P + "/whatsapp/hsm_chat", "post", "201"));
    TemplateCreateResult result = client(Mode.HMAC).templates().createHsmChat(TemplateCreateParams.builder()
        .name("dama_testing_hsm_2").category(TemplateCategory.MARKETING).language("id")
        .component(TemplateComponent.body("this is for testing only")).build());
    expect(Mode.HMAC, "POST", "/templates/whatsapp/hsm_chat", requestExample(P + "/whatsapp/hsm_chat"));
    assertThat(result.template().name()).isEqualTo("dama_testing_hsm_2_hsm_chat_expired");
  }

  @Test
  void categoryAndLanguageExamplesParse() throws Exception {
    respond(200, responseExample(P + "/category", "get", "200"));
    List<TemplateCategoryOption> categories = client(Mode.HMAC).templates().categories();
    expect(Mode.HMAC, "GET", "/templates/category", null);
    assertThat(categories).isNotEmpty().allMatch(c -> c.value().isKnown() && !c.name().isBlank());

    respond(200, responseExample(P + "/language", "get", "200"));
    List<TemplateLanguageOption> shortList = client(Mode.HMAC).templates().languagesShort();
    expect(Mode.HMAC, "GET", "/templates/language", null);
    assertThat(shortList).extracting(TemplateLanguageOption::value).contains("en", "en_US", "id", "pt_BR");

    respond(200, responseExample(P + "/languages", "get", "200"));
    QontakList<TemplateLanguage> full = client(Mode.HMAC).templates().languages(null);
    expect(Mode.HMAC, "GET", "/templates/languages", null);
    assertThat(full.items()).isNotEmpty().allMatch(l -> l.id() != null && l.code() != null && l.language() != null);
    assertThat(full.items()).extracting(TemplateLanguage::code).contains("en_US", "id");
  }
}
