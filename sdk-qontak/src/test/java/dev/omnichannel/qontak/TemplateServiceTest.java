package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.qontak.model.ListParams;
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
import dev.omnichannel.qontak.model.TemplateListParams;
import dev.omnichannel.qontak.model.TemplateStatus;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class TemplateServiceTest extends QontakTestSupport {

  static final String ID = "131ee1d0-5c27-4ec3-887c-a11ceb66b561";

  /** An approved HSM-chat template (MAG spec example). */
  static final String APPROVED = q("{'id':'" + ID + "','organization_id':'a6642f0c-d865-471f-97c7-00adaa313d29',"
      + "'name':'template_1729088217941_hsm_chat_expired','language':'en_US','header':null,"
      + "'body':'template_1729088217941','footer':null,'buttons':[],'status':'APPROVED','category':'MARKETING',"
      + "'quality_rating':null,'quality_rating_text':'Neutral'}");

  /** A rejected media template whose header example is Ruby's printout of a hash (MAG spec example). */
  static final String MEDIA = "{\"id\":\"688e4a68-69f8-4931-8b2c-2bea215f0814\",\"organization_id\":\"a6642f0c-d865-471f-97c7-00adaa313d29\","
      + "\"name\":\"media_1729088116279\",\"language\":\"en_US\",\"header\":{\"format\":\"VIDEO\",\"example\":"
      + "\"#<Hashie::Mash header_handle=#<Hashie::Array [\\\"https://scontent.whatsapp.net/v/t61/462356193_n.mp4?ccb=1-7\\\"]>>\"},"
      + "\"body\":\"testing purpose only\",\"footer\":null,\"buttons\":[{\"type\":\"URL\",\"text\":\"access here\","
      + "\"url\":\"http://www.qontak.com/\"},{\"type\":\"PHONE_NUMBER\",\"text\":\"phone_button\",\"phone_number\":\"+6281285893758\"}],"
      + "\"status\":\"REJECTED\",\"category\":\"MARKETING\",\"quality_rating\":null,\"quality_rating_text\":null}";

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listWithEveryFilter(Mode mode) throws Exception {
    respond(200, "{\"status\":\"success\",\"data\":[" + APPROVED + "," + MEDIA + "],\"meta\":{\"pagination\":"
        + "{\"cursor\":{\"next\":null,\"prev\":null,\"pit\":null},\"offset\":1,\"limit\":100,\"total\":2,\"target_offset\":0}}}");
    TemplateListParams params = TemplateListParams.builder()
        .query("promo").status(TemplateStatus.APPROVED)
        .statuses(TemplateStatus.APPROVED, TemplateStatus.PENDING)
        .categories(TemplateCategory.MARKETING, TemplateCategory.UTILITY)
        .excludedCategories(TemplateCategory.AUTHENTICATION)
        .hsmChat(false).isCounted(true).limit(100).orderBy("created_at").orderDirection("desc")
        .build();
    QontakList<Template> page = client(mode).templates().list(params);
    expect(mode, "GET", "/templates/whatsapp?query=promo&status=APPROVED&statuses%5B%5D=APPROVED&statuses%5B%5D=PENDING"
        + "&category%5B%5D=MARKETING&category%5B%5D=UTILITY&excluded_category%5B%5D=AUTHENTICATION"
        + "&hsm_chat=false&is_counted=true&limit=100&order_by=created_at&order_direction=desc", null);

    assertThat(page.pagination().total()).isEqualTo(2);
    Template approved = page.items().get(0);
    assertThat(approved.id()).isEqualTo(ID);
    assertThat(approved.isApproved()).isTrue();
    assertThat(approved.header()).isNull();
    assertThat(approved.buttons()).isEmpty();
    assertThat(approved.category()).isEqualTo(TemplateCategory.MARKETING);
    assertThat(approved.qualityRatingText()).isEqualTo("Neutral");
    assertThat(approved.name()).endsWith("_hsm_chat_expired");

    Template media = page.items().get(1);
    assertThat(media.status()).isEqualTo(TemplateStatus.REJECTED);
    assertThat(media.header().format()).isEqualTo(TemplateHeaderFormat.VIDEO);
    assertThat(media.header().exampleValues()).containsExactly("https://scontent.whatsapp.net/v/t61/462356193_n.mp4?ccb=1-7");
    assertThat(media.buttons()).containsExactly(
        new TemplateButton(TemplateButtonType.URL, "access here", "http://www.qontak.com/", null, null, null),
        new TemplateButton(TemplateButtonType.PHONE_NUMBER, "phone_button", null, "+6281285893758", null, null));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listAsyncAndUnknownEnumValuesAreKept(Mode mode) throws Exception {
    respond(200, q("{'status':'success','data':[{'id':'t1','name':'promo','language':'id','header':{'format':'LOCATION'},"
        + "'body':'Hi','buttons':null,'status':'PAUSED','category':'SOMETHING_NEW','type':'carousel'}]}"));
    Template t = client(mode).templates().listAsync(null).get(5, TimeUnit.SECONDS).items().get(0);
    expect(mode, "GET", "/templates/whatsapp", null);
    assertThat(t.status().value()).isEqualTo("PAUSED");
    assertThat(t.status().isKnown()).isFalse();
    assertThat(t.category().isKnown()).isFalse();
    assertThat(t.header().format()).isEqualTo(TemplateHeaderFormat.LOCATION);
    assertThat(t.header().exampleValues()).isEmpty();
    assertThat(t.buttons()).isEmpty();
    assertThat(t.type()).isEqualTo("carousel");
    assertThat(t.isApproved()).isFalse();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void listAutoPagingFollowsCursors(Mode mode) throws Exception {
    respond(200, page(q("{'id':'a','status':'APPROVED'},{'id':'b','status':'APPROVED'}"), "Y3Vyc29yMg==", 1, 2, 3));
    respond(200, page(q("{'id':'c','status':'APPROVED'}"), null, 2, 2, 3));
    List<String> ids = client(mode).templates()
        .listAutoPaging(TemplateListParams.builder().status(TemplateStatus.APPROVED).limit(2).build())
        .stream().map(Template::id).toList();
    assertThat(ids).containsExactly("a", "b", "c");
    expect(mode, "GET", "/templates/whatsapp?status=APPROVED&limit=2", null);
    expect(mode, "GET", "/templates/whatsapp?status=APPROVED&limit=2&cursor=Y3Vyc29yMg%3D%3D", null);
    assertThat(server.getRequestCount()).isEqualTo(2);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieve(Mode mode) throws Exception {
    respond(200, ok(APPROVED));
    Template t = client(mode).templates().retrieve(ID);
    expect(mode, "GET", "/templates/" + ID + "/whatsapp", null);
    assertThat(t.name()).isEqualTo("template_1729088217941_hsm_chat_expired");
    assertThat(t.language()).isEqualTo("en_US");
    assertThat(t.body()).isEqualTo("template_1729088217941");
    assertThat(t.organizationId()).isEqualTo("a6642f0c-d865-471f-97c7-00adaa313d29");

    respond(200, ok(MEDIA));
    assertThat(client(mode).templates().retrieveAsync("688e4a68").get(5, TimeUnit.SECONDS).buttons()).hasSize(2);
    expect(mode, "GET", "/templates/688e4a68/whatsapp", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void retrieveUnknownIdIsNotFound(Mode mode) throws Exception {
    respond(404, q("{'status':'error','error':{'code':404,'messages':['Resource not found.']}}"));
    assertThatThrownBy(() -> client(mode).templates().retrieve("nope")).isInstanceOf(NotFoundException.class);
    expect(mode, "GET", "/templates/nope/whatsapp", null);
  }

  /** The create example of the MAG spec, answered double-wrapped with 201. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void createSendsTheSpecShapeAndUnwrapsTheDoubleEnvelope(Mode mode) throws Exception {
    respond(201, "{\"status\":\"success\",\"data\":{\"status\":\"success\",\"data\":[{\"id\":\"cf69dfb0-8ddf-4757-8b0f-a1f724a5d2a3\","
        + "\"organization_id\":\"a6642f0c-d865-471f-97c7-00adaa313d29\",\"name\":\"dama_testing_create_template_2\",\"language\":\"id\","
        + "\"header\":{\"format\":\"IMAGE\",\"example\":\"{\\\"header_handle\\\"=>[\\\"4::aW1hZ2UvcG5n:ARbUeLwU_zxv4CH1\\\"]}\"},"
        + "\"body\":\"this is for testing only\",\"footer\":null,\"buttons\":[{\"text\":\"Button 1\",\"type\":\"QUICK_REPLY\"}],"
        + "\"status\":\"PENDING\",\"category\":\"MARKETING\",\"quality_rating\":null,\"quality_rating_text\":null}]}}");
    TemplateCreateParams params = TemplateCreateParams.builder()
        .name("dama_testing_create_template_2")
        .category(TemplateCategory.MARKETING)
        .component(TemplateComponent.headerMedia(TemplateHeaderFormat.IMAGE))
        .component(TemplateComponent.buttons(TemplateButton.quickReply("Button 1")))
        .component(TemplateComponent.body("this is for testing only"))
        .language("id")
        .build();
    TemplateCreateResult result = client(mode).templates().create(params);
    expect(mode, "POST", "/templates/whatsapp", q("{'name':'dama_testing_create_template_2','category':'MARKETING',"
        + "'attributes':[{'components':[{'type':'HEADER','format':'IMAGE'},"
        + "{'type':'BUTTONS','buttons':[{'type':'QUICK_REPLY','text':'Button 1'}]},"
        + "{'type':'BODY','text':'this is for testing only'}],'language':'id'}],'hsm':false}"));
    assertThat(result.status()).isEqualTo("success");
    assertThat(result.templates()).hasSize(1);
    Template t = result.template();
    assertThat(t.id()).isEqualTo("cf69dfb0-8ddf-4757-8b0f-a1f724a5d2a3");
    assertThat(t.status()).isEqualTo(TemplateStatus.PENDING);
    assertThat(t.header().exampleValues()).containsExactly("4::aW1hZ2UvcG5n:ARbUeLwU_zxv4CH1");
    assertThat(t.buttons().get(0).type()).isEqualTo(TemplateButtonType.QUICK_REPLY);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createAsyncWithEveryComponentKindAndTwoLanguages(Mode mode) throws Exception {
    respond(201, ok(q("{'status':'success','data':[{'id':'t-id','name':'order_shipped','language':'id','status':'PENDING'},"
        + "{'id':'t-en','name':'order_shipped','language':'en_US','status':'PENDING'}]}")));
    TemplateCreateParams params = TemplateCreateParams.builder()
        .name("order_shipped")
        .category(TemplateCategory.UTILITY)
        .language("id")
        .component(TemplateComponent.headerText("Pesanan {{1}}", "INV-1"))
        .component(TemplateComponent.body("Halo {{1}}, pesanan {{2}} dikirim.", List.of("Budi", "INV-1")))
        .component(TemplateComponent.footer("Toko Maju"))
        .component(TemplateComponent.buttons(
            TemplateButton.url("Lacak", "https://toko.id/t/{{1}}", "https://toko.id/t/INV-1"),
            TemplateButton.phoneNumber("Telepon", "+6281234567890")))
        .language("en_US", List.of(
            TemplateComponent.headerMedia(TemplateHeaderFormat.DOCUMENT, "https://cdn.qontak.com/invoice.pdf"),
            TemplateComponent.body("Your order shipped.")))
        .build();
    TemplateCreateResult result = client(mode).templates().createAsync(params).get(5, TimeUnit.SECONDS);
    expect(mode, "POST", "/templates/whatsapp", q("{'name':'order_shipped','category':'UTILITY','attributes':["
        + "{'components':[{'type':'HEADER','format':'TEXT','text':'Pesanan {{1}}','example':{'header_text':['INV-1']}},"
        + "{'type':'BODY','text':'Halo {{1}}, pesanan {{2}} dikirim.','example':{'body_text':[['Budi','INV-1']]}},"
        + "{'type':'FOOTER','text':'Toko Maju'},"
        + "{'type':'BUTTONS','buttons':[{'type':'URL','text':'Lacak','url':'https://toko.id/t/{{1}}','example':['https://toko.id/t/INV-1']},"
        + "{'type':'PHONE_NUMBER','text':'Telepon','phone_number':'+6281234567890'}]}],'language':'id'},"
        + "{'components':[{'type':'HEADER','format':'DOCUMENT','example':{'header_handle':['https://cdn.qontak.com/invoice.pdf']}},"
        + "{'type':'BODY','text':'Your order shipped.'}],'language':'en_US'}],'hsm':false}"));
    assertThat(result.templates()).extracting(Template::language).containsExactly("id", "en_US");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createAuthenticationTemplate(Mode mode) throws Exception {
    respond(201, ok(q("{'status':'success','data':[{'id':'otp','name':'login_code','status':'PENDING','category':'AUTHENTICATION'}]}")));
    client(mode).templates().create(TemplateCreateParams.builder()
        .name("login_code").category(TemplateCategory.AUTHENTICATION).language("en")
        .component(TemplateComponent.authenticationBody(true))
        .component(TemplateComponent.authenticationFooter(10))
        .component(TemplateComponent.buttons(TemplateButton.otp("COPY_CODE", "Copy code")))
        .build());
    expect(mode, "POST", "/templates/whatsapp", q("{'name':'login_code','category':'AUTHENTICATION','attributes':[{'components':["
        + "{'type':'BODY','add_security_recommendation':true},{'type':'FOOTER','code_expiration_minutes':10},"
        + "{'type':'BUTTONS','buttons':[{'type':'OTP','text':'Copy code','otp_type':'COPY_CODE'}]}],'language':'en'}],'hsm':false}"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void createRejectedBodyIsUnprocessable(Mode mode) throws Exception {
    respond(422, q("{'status':'error','error':{'code':422,'messages':[{'active_model_errors':{'name':['has already been taken']}}]}}"));
    TemplateCreateParams params = TemplateCreateParams.builder().name("dup").category(TemplateCategory.UTILITY)
        .language("id").component(TemplateComponent.body("Hi")).build();
    assertThatThrownBy(() -> client(mode).templates().create(params))
        .isInstanceOf(UnprocessableEntityException.class).hasMessageContaining("name has already been taken");
    expect(mode, "POST", "/templates/whatsapp", q("{'name':'dup','category':'UTILITY','attributes':[{'components':"
        + "[{'type':'BODY','text':'Hi'}],'language':'id'}],'hsm':false}"));
  }

  /** The HSM-chat example of the MAG spec: same body with hsm true; the name comes back suffixed. */
  @ParameterizedTest
  @EnumSource(Mode.class)
  void createHsmChat(Mode mode) throws Exception {
    String answer = q("{'status':'success','data':{'status':'success','data':[{'id':'xxxx-xxxx-xxxx-xxxx',"
        + "'organization_id':'xxxx-xxxx-xxxx-xxxx','name':'dama_testing_hsm_2_hsm_chat_expired','language':'id',"
        + "'header':null,'body':'this is for testing only','footer':null,'buttons':[],'status':'PENDING',"
        + "'category':'MARKETING','quality_rating':null,'quality_rating_text':null}]}}");
    String body = q("{'name':'dama_testing_hsm_2','category':'MARKETING','attributes':[{'components':"
        + "[{'type':'BODY','text':'this is for testing only'}],'language':'id'}],'hsm':true}");
    TemplateCreateParams params = TemplateCreateParams.builder().name("dama_testing_hsm_2")
        .category(TemplateCategory.MARKETING).language("id")
        .component(TemplateComponent.body("this is for testing only")).build();
    respond(201, answer);
    Template t = client(mode).templates().createHsmChat(params).template();
    expect(mode, "POST", "/templates/whatsapp/hsm_chat", body);
    assertThat(t.name()).isEqualTo("dama_testing_hsm_2_hsm_chat_expired");
    assertThat(t.header()).isNull();

    respond(201, answer);
    assertThat(client(mode).templates().createHsmChatAsync(params).get(5, TimeUnit.SECONDS).templates()).hasSize(1);
    expect(mode, "POST", "/templates/whatsapp/hsm_chat", body);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void categories(Mode mode) throws Exception {
    String answer = q("{'status':'success','data':[{'name':'Account Update','value':'ACCOUNT_UPDATE'},"
        + "{'name':'Auto Reply','value':'AUTO_REPLY'},{'name':'Marketing','value':'MARKETING'}]}");
    respond(200, answer);
    List<TemplateCategoryOption> categories = client(mode).templates().categories();
    expect(mode, "GET", "/templates/category", null);
    assertThat(categories).containsExactly(
        new TemplateCategoryOption("Account Update", TemplateCategory.ACCOUNT_UPDATE),
        new TemplateCategoryOption("Auto Reply", TemplateCategory.AUTO_REPLY),
        new TemplateCategoryOption("Marketing", TemplateCategory.MARKETING));
    respond(200, answer);
    assertThat(client(mode).templates().categoriesAsync().get(5, TimeUnit.SECONDS)).hasSize(3);
    expect(mode, "GET", "/templates/category", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void languagesShort(Mode mode) throws Exception {
    String answer = q("{'status':'success','data':[{'name':'English','value':'en'},{'name':'English (US)','value':'en_US'},"
        + "{'name':'Indonesian','value':'id'},{'name':'Portuguese (BR)','value':'pt_BR'}]}");
    respond(200, answer);
    List<TemplateLanguageOption> languages = client(mode).templates().languagesShort();
    expect(mode, "GET", "/templates/language", null);
    assertThat(languages).extracting(TemplateLanguageOption::value).containsExactly("en", "en_US", "id", "pt_BR");
    assertThat(languages.get(2)).isEqualTo(new TemplateLanguageOption("Indonesian", "id"));
    respond(200, answer);
    assertThat(client(mode).templates().languagesShortAsync().get(5, TimeUnit.SECONDS)).hasSize(4);
    expect(mode, "GET", "/templates/language", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void languages(Mode mode) throws Exception {
    String answer = q("{'status':'success','data':[{'id':'38747eb3-73b1-49cb-b6c6-e39942cae46c','code':'en_US','language':'English (US)'},"
        + "{'id':'705a3e2a-8bf9-4145-97b2-a6b633b2209e','code':'en','language':'English'}],"
        + "'meta':{'pagination':{'cursor':{'next':null,'prev':null,'pit':null},'offset':1,'limit':100,'total':64,'target_offset':0}}}");
    respond(200, answer);
    QontakList<TemplateLanguage> page = client(mode).templates()
        .languages(ListParams.common().query("english").limit(100).build());
    expect(mode, "GET", "/templates/languages?query=english&limit=100", null);
    assertThat(page.items()).containsExactly(
        new TemplateLanguage("38747eb3-73b1-49cb-b6c6-e39942cae46c", "en_US", "English (US)"),
        new TemplateLanguage("705a3e2a-8bf9-4145-97b2-a6b633b2209e", "en", "English"));
    assertThat(page.pagination().total()).isEqualTo(64);
    respond(200, answer);
    assertThat(client(mode).templates().languagesAsync(null).get(5, TimeUnit.SECONDS).items()).hasSize(2);
    expect(mode, "GET", "/templates/languages", null);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void languagesAutoPaging(Mode mode) throws Exception {
    respond(200, page(q("{'id':'1','code':'zu','language':'Zulu'}"), "bmV4dA==", 1, 1, 2));
    respond(200, page(q("{'id':'2','code':'vi','language':'Vietnamese'}"), "bmV4dDI=", 2, 1, 2));
    respond(200, page("", null, 3, 1, 0));
    assertThat(client(mode).templates().languagesAutoPaging(ListParams.common().limit(1).build()).stream()
        .map(TemplateLanguage::code).toList()).containsExactly("zu", "vi");
    expect(mode, "GET", "/templates/languages?limit=1", null);
    expect(mode, "GET", "/templates/languages?limit=1&cursor=bmV4dA%3D%3D", null);
    expect(mode, "GET", "/templates/languages?limit=1&cursor=bmV4dDI%3D", null);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void deleteIsSentToTheInferredPath(Mode mode) throws Exception {
    respond(200, q("{'status':'success'}"));
    client(mode).templates().delete(ID);
    expect(mode, "DELETE", "/templates/" + ID + "/whatsapp", null);
    respond(204, "");
    assertThat(client(mode).templates().deleteAsync(ID).get(5, TimeUnit.SECONDS)).isNull();
    expect(mode, "DELETE", "/templates/" + ID + "/whatsapp", null);
    respond(404, q("{'status':'error','error':{'code':404,'messages':['Resource not found.']}}"));
    assertThatThrownBy(() -> client(mode).templates().delete("gone")).isInstanceOf(NotFoundException.class);
    expect(mode, "DELETE", "/templates/gone/whatsapp", null);
  }

  @Test
  void createParamsValidateNameCategoryLanguageAndBody() {
    TemplateComponent body = TemplateComponent.body("Hi");
    assertThatThrownBy(() -> TemplateCreateParams.builder().category(TemplateCategory.UTILITY).language("id")
        .component(body).build()).hasMessageContaining("name is required");
    for (String bad : List.of("Order", "order-shipped", "order shipped", "pesanan_é")) {
      assertThatThrownBy(() -> TemplateCreateParams.builder().name(bad).category(TemplateCategory.UTILITY)
          .language("id").component(body).build()).hasMessageContaining("lowercase");
    }
    assertThatThrownBy(() -> TemplateCreateParams.builder().name("ok_1").language("id").component(body).build())
        .hasMessageContaining("category is required");
    assertThatThrownBy(() -> TemplateCreateParams.builder().name("ok_1").category(TemplateCategory.UTILITY).build())
        .hasMessageContaining("BODY component are required");
    assertThatThrownBy(() -> TemplateCreateParams.builder().name("ok_1").category(TemplateCategory.UTILITY)
        .component(body).build()).hasMessageContaining("language is required");
    assertThatThrownBy(() -> TemplateCreateParams.builder().name("ok_1").category(TemplateCategory.UTILITY).language("id")
        .component(TemplateComponent.footer("f")).build()).hasMessageContaining("exactly one BODY");
    assertThatThrownBy(() -> TemplateCreateParams.builder().name("ok_1").category(TemplateCategory.UTILITY).language("id")
        .component(body).component(TemplateComponent.body("again")).build()).hasMessageContaining("exactly one BODY");
    assertThatThrownBy(() -> TemplateCreateParams.builder().name("ok_1").category(TemplateCategory.UTILITY).language("id")
        .component(body).component(TemplateComponent.footer("a")).component(TemplateComponent.footer("b")).build())
        .hasMessageContaining("2 FOOTER");
    assertThatThrownBy(() -> TemplateCreateParams.builder().name("ok_1").category(TemplateCategory.UTILITY)
        .language("id").component(body).language("en").build()).hasMessageContaining("language en needs exactly one BODY");
    TemplateCreateParams ok = TemplateCreateParams.builder().name("ok_1").category(TemplateCategory.UTILITY)
        .language("id").component(body).build();
    assertThat(ok.toString()).isEqualTo("TemplateCreateParams[name, category, attributes]");
    assertThat(ok.toJson(true)).containsEntry("hsm", true);
    assertThat(ok.toJson()).doesNotContainKey("hsm");
  }

  @Test
  void componentAndButtonFactoriesValidate() {
    assertThatThrownBy(() -> TemplateComponent.body(" ")).hasMessageContaining("text is required");
    assertThatThrownBy(() -> TemplateComponent.body("x".repeat(1025))).hasMessageContaining("1024");
    assertThatThrownBy(() -> TemplateComponent.body("Hi {{1}} {{2}} {{1}}", List.of("a")))
        .hasMessageContaining("2 variable(s) but 1 example");
    assertThat(TemplateComponent.body("Hi {{1}} {{2}} {{1}}", List.of("a", "b")).example().bodyText())
        .containsExactly(List.of("a", "b"));
    assertThatThrownBy(() -> TemplateComponent.headerMedia(TemplateHeaderFormat.TEXT)).hasMessageContaining("headerText");
    assertThatThrownBy(() -> TemplateComponent.headerMedia(TemplateHeaderFormat.IMAGE, "")).hasMessageContaining("exampleHandle");
    assertThatThrownBy(() -> TemplateComponent.buttons(List.of())).hasMessageContaining("1 to 10");
    assertThatThrownBy(() -> TemplateComponent.buttons(java.util.Collections.nCopies(11, TemplateButton.quickReply("x"))))
        .hasMessageContaining("1 to 10");
    assertThatThrownBy(() -> TemplateComponent.authenticationFooter(0)).hasMessageContaining("between 1 and 90");
    assertThatThrownBy(() -> new TemplateComponent(null, null, "x", null, null, null, null)).hasMessageContaining("type");
    assertThatThrownBy(() -> TemplateButton.quickReply("")).hasMessageContaining("text is required");
    assertThatThrownBy(() -> TemplateButton.url("Go", null)).hasMessageContaining("url is required");
    assertThatThrownBy(() -> TemplateButton.phoneNumber("Call", " ")).hasMessageContaining("phoneNumber is required");
    assertThatThrownBy(() -> TemplateButton.otp(null, "Copy")).hasMessageContaining("otpType is required");
    assertThat(TemplateButton.copyCode("250FF").example()).isEqualTo("250FF");
  }

  @Test
  void listParamsNamesOnlyInToString() {
    TemplateListParams p = TemplateListParams.builder().categories(TemplateCategory.MARKETING, null).hsmChat(true).build();
    assertThat(p.entries()).extracting(e -> e.getKey() + "=" + e.getValue())
        .containsExactly("category[]=MARKETING", "hsm_chat=true");
    assertThat(TemplateListParams.approved().entries()).extracting(e -> e.getValue()).containsExactly("APPROVED");
  }
}
