package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.HelpCenterArticle;
import dev.omnichannel.chatwoot.model.HelpCenterArticleParams;
import dev.omnichannel.chatwoot.model.HelpCenterCategory;
import dev.omnichannel.chatwoot.model.HelpCenterCategoryParams;
import dev.omnichannel.chatwoot.model.HelpCenterPortal;
import dev.omnichannel.chatwoot.model.HelpCenterPortalParams;
import dev.omnichannel.core.NotFoundException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class HelpCenterServiceTest extends ChatwootTestSupport {

  /** The spec's get-portal example item. */
  static final String PORTAL_JSON = q("{'id':4,'color':'#1F93FF','custom_domain':'chatwoot.help','header_text':'Handbook',"
      + "'homepage_link':'https://www.chatwoot.com','name':'Handbook','page_title':'Handbook','slug':'handbook',"
      + "'archived':false,'account_id':1,'config':{'allowed_locales':[{'code':'en','articles_count':32,'categories_count':9}]},"
      + "'inbox':{'id':37,'avatar_url':'https://example.com/avatar.png','channel_id':1,'name':'Chatwoot',"
      + "'channel_type':'Channel::WebWidget','greeting_enabled':true,'widget_color':'#1F93FF','website_url':'chatwoot.com'},"
      + "'logo':{'id':19399916,'portal_id':4,'file_type':'image/png','account_id':1,'file_url':'https://example.com/logo.png',"
      + "'blob_id':21239614,'filename':'square.png'},"
      + "'meta':{'all_articles_count':0,'categories_count':9,'default_locale':'en'}}");

  static final String PORTAL_BODY = q("{'name':'Handbook','slug':'handbook','color':'#FFFFFF','custom_domain':'chatwoot.help',"
      + "'header_text':'Handbook','homepage_link':'https://www.chatwoot.com/','page_title':'Handbook','archived':false,"
      + "'config':{'allowed_locales':['en','es'],'default_locale':'en'}}");

  static HelpCenterPortalParams portalParams() {
    return HelpCenterPortalParams.builder().name("Handbook").slug("handbook").color("#FFFFFF")
        .customDomain("chatwoot.help").headerText("Handbook").homepageLink("https://www.chatwoot.com/")
        .pageTitle("Handbook").archived(false)
        .config(new java.util.LinkedHashMap<String, Object>() {{
          put("allowed_locales", List.of("en", "es"));
          put("default_locale", "en");
        }})
        .build();
  }

  @Test
  void createPortal() throws Exception {
    respond(200, PORTAL_JSON);
    HelpCenterPortal p = client().helpCenter().createPortal(portalParams());
    expect("POST", "/api/v1/accounts/42/portals", PORTAL_BODY);
    assertThat(p.slug()).isEqualTo("handbook");
    assertThat(p.inbox().id()).isEqualTo(37L);
    assertThat(p.logo()).containsEntry("file_url", "https://example.com/logo.png");
    assertThat(p.meta().categoriesCount()).isEqualTo(9L);
    assertThat(p.meta().defaultLocale()).isEqualTo("en");
  }

  @Test
  void listPortalsUnwrapsPayloadAndSkipsMeta() throws Exception {
    respond(200, "{\"payload\":[" + PORTAL_JSON + "],\"meta\":{\"current_page\":1,\"portals_count\":1}}");
    List<HelpCenterPortal> portals = client().helpCenter().listPortals();
    expect("GET", "/api/v1/accounts/42/portals", null);
    assertThat(portals).extracting(HelpCenterPortal::name).containsExactly("Handbook");
    assertThat(portals.get(0).config()).containsKey("allowed_locales");
  }

  @Test
  void updatePortalBySlugReadsPayloadWrapper() throws Exception {
    respond(200, "{\"payload\":" + PORTAL_JSON.replace("\"archived\":false", "\"archived\":true") + "}");
    HelpCenterPortal p = client().helpCenter().updatePortal("handbook", HelpCenterPortalParams.builder().archived(true).build());
    expect("PATCH", "/api/v1/accounts/42/portals/handbook", q("{'archived':true}"));
    assertThat(p.archived()).isTrue();
  }

  @Test
  void slugIsOnePathSegment() throws Exception {
    respond(200, PORTAL_JSON);
    client().helpCenter().updatePortal("a/b c", HelpCenterPortalParams.builder().name("x").build());
    expect("PATCH", "/api/v1/accounts/42/portals/a%2Fb%20c", q("{'name':'x'}"));
  }

  @Test
  void createCategory() throws Exception {
    respond(200, q("{'payload':{'id':9,'name':'Billing','slug':'billing','locale':'en','description':'Invoices and plans',"
        + "'position':1,'account_id':42,'linked_categories':[],'parent_category':{'id':2,'name':'Accounts','slug':'accounts','locale':'en'}}}"));
    HelpCenterCategory c = client().helpCenter().createCategory("handbook", HelpCenterCategoryParams.builder()
        .name("Billing").description("Invoices and plans").position(1).slug("billing").locale("en").icon("💳")
        .parentCategoryId(2L).associatedCategoryId(3L).build());
    expect("POST", "/api/v1/accounts/42/portals/handbook/categories",
        q("{'name':'Billing','description':'Invoices and plans','position':1,'slug':'billing','locale':'en','icon':'💳',"
            + "'parent_category_id':2,'associated_category_id':3}"));
    assertThat(c.id()).isEqualTo(9L);
    assertThat(c.parentCategory()).containsEntry("slug", "accounts");
    assertThat(c.linkedCategories()).isEmpty();
  }

  @Test
  void createArticle() throws Exception {
    respond(200, q("{'payload':{'id':31,'category_id':9,'title':'Change your plan','content':'Go to **Billing**.',"
        + "'description':'How to upgrade','status':'draft','account_id':42,'updated_at':1767225600,"
        + "'portal':{'id':4,'slug':'handbook','name':'Handbook'},'views':0,"
        + "'author':{'id':1,'name':'Jane','email':'jane@example.com'},'associated_articles':[]}}"));
    HelpCenterArticle a = client().helpCenter().createArticle("handbook", HelpCenterArticleParams.builder()
        .title("Change your plan").slug("change-your-plan").position(1).content("Go to **Billing**.")
        .description("How to upgrade").categoryId(9L).authorId(1L).associatedArticleId(30L).status(1).locale("en")
        .meta(Map.of("tags", List.of("billing"))).build());
    expect("POST", "/api/v1/accounts/42/portals/handbook/articles",
        q("{'title':'Change your plan','slug':'change-your-plan','position':1,'content':'Go to **Billing**.',"
            + "'description':'How to upgrade','category_id':9,'author_id':1,'associated_article_id':30,'status':1,"
            + "'locale':'en','meta':{'tags':['billing']}}"));
    assertThat(a.id()).isEqualTo(31L);
    assertThat(a.status()).isEqualTo("draft");
    assertThat(a.updatedAt()).isEqualTo(Instant.ofEpochSecond(1767225600));
    assertThat(a.portal().slug()).isEqualTo("handbook");
    assertThat(a.author().name()).isEqualTo("Jane");
  }

  @Test
  void asyncTwins() throws Exception {
    respond(200, "{\"payload\":[],\"meta\":{\"current_page\":1,\"portals_count\":0}}");
    assertThat(client().helpCenter().listPortalsAsync().get(5, TimeUnit.SECONDS)).isEmpty();
    expect("GET", "/api/v1/accounts/42/portals", null);
    respond(200, PORTAL_JSON);
    assertThat(client().helpCenter().createPortalAsync(portalParams()).get(5, TimeUnit.SECONDS).id()).isEqualTo(4L);
    expect("POST", "/api/v1/accounts/42/portals", PORTAL_BODY);
  }

  @Test
  void slugValidation() {
    HelpCenterCategoryParams p = HelpCenterCategoryParams.builder().name("x").build();
    assertThatThrownBy(() -> client().helpCenter().createCategory(" ", p)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> client().helpCenter().createArticle(null, HelpCenterArticleParams.builder().build()))
        .isInstanceOf(NullPointerException.class);
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void unknownPortalIsNotFound() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().helpCenter().updatePortal("nope", HelpCenterPortalParams.builder().name("x").build()))
        .isInstanceOf(NotFoundException.class);
  }
}
