package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.chatwoot.model.PublicContact;
import dev.omnichannel.chatwoot.model.PublicContactParams;
import dev.omnichannel.chatwoot.model.PublicContactRecord;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.ServerException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class PublicContactServiceTest extends PublicTestSupport {

  static final String PUBLIC_CONTACT = q("{'id':14,'source_id':'" + CONTACT + "','name':'Alice',"
      + "'email':'alice@acme.inc','phone_number':'+15550001111','pubsub_token':'pubsub-9zX'}");

  @Test
  void createSendsAllFieldsAndReturnsSourceIdAndPubsubToken() throws Exception {
    respond(200, PUBLIC_CONTACT);
    String hash = IdentifierHash.of("hmac-token", "user-1");
    PublicContact c = client().contacts().create(PublicContactParams.builder()
        .identifier("user-1")
        .identifierHash(hash)
        .email("alice@acme.inc")
        .name("Alice")
        .phoneNumber("+15550001111")
        .avatarUrl("https://cdn.example.com/alice.png")
        .customAttributes(Map.of("plan", "pro"))
        .build());
    expect("POST", BASE + "/contacts", q("{'identifier':'user-1','identifier_hash':'" + hash + "',"
        + "'email':'alice@acme.inc','name':'Alice','phone_number':'+15550001111',"
        + "'avatar_url':'https://cdn.example.com/alice.png','custom_attributes':{'plan':'pro'}}"));
    assertThat(c).isEqualTo(new PublicContact(14L, CONTACT, "Alice", "alice@acme.inc", "+15550001111", "pubsub-9zX"));
  }

  @Test
  void createWithNoFieldsSendsAnEmptyObject() throws Exception {
    respond(200, q("{'id':15,'source_id':'generated-uuid','name':'summer-sun-3','email':null,"
        + "'phone_number':null,'pubsub_token':'p2'}"));
    PublicContact c = client().contacts().create(PublicContactParams.builder().build());
    expect("POST", BASE + "/contacts", "{}");
    assertThat(c.sourceId()).isEqualTo("generated-uuid");
    assertThat(c.email()).isNull();
  }

  @Test
  void toStringHidesSourceIdAndPubsubToken() {
    PublicContact c = new PublicContact(14L, CONTACT, "Alice", "alice@acme.inc", null, "pubsub-9zX");
    assertThat(c.toString()).contains("14").doesNotContain(CONTACT).doesNotContain("pubsub-9zX");
    PublicContactParams p = PublicContactParams.builder().identifierHash("abcdef0123").build();
    assertThat(p.toString()).contains("identifier_hash").doesNotContain("abcdef0123");
  }

  @Test
  void retrieve() throws Exception {
    respond(200, PUBLIC_CONTACT);
    PublicContact c = client().contacts().retrieve(CONTACT);
    expect("GET", CONTACT_PATH, null);
    assertThat(c.pubsubToken()).isEqualTo("pubsub-9zX");
    assertThat(c.phoneNumber()).isEqualTo("+15550001111");
  }

  @Test
  void retrieveAsync() throws Exception {
    respond(200, PUBLIC_CONTACT);
    PublicContact c = client().contacts().retrieveAsync(CONTACT).get(5, TimeUnit.SECONDS);
    expect("GET", CONTACT_PATH, null);
    assertThat(c.id()).isEqualTo(14L);
  }

  @Test
  void unknownContactIs404() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().contacts().retrieve("nope")).isInstanceOf(NotFoundException.class);
  }

  @Test
  void blankContactIdentifierIsRejectedBeforeSending() {
    assertThatThrownBy(() -> client().contacts().retrieve(" "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contactIdentifier");
    assertThatThrownBy(() -> client().contacts().update(null, PublicContactParams.builder().build()))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("contactIdentifier");
    assertThat(server.getRequestCount()).isZero();
  }

  @Test
  void updateReturnsTheFullContactRecord() throws Exception {
    respond(200, CONTACT_RECORD);
    PublicContactRecord r = client().contacts().update(CONTACT, PublicContactParams.builder()
        .name("Alice").customAttributes(Map.of("plan", "pro")).build());
    expect("PATCH", CONTACT_PATH, q("{'name':'Alice','custom_attributes':{'plan':'pro'}}"));
    assertThat(r.id()).isEqualTo(14L);
    assertThat(r.identifier()).isEqualTo("user-1");
    assertThat(r.blocked()).isFalse();
    assertThat(r.customAttributes()).containsEntry("plan", "pro");
    assertThat(r.contactType()).isEqualTo("lead");
    assertThat(r.countryCode()).isNull();
    assertThat(r.lastActivityAt()).isEqualTo(Instant.parse("2026-06-17T08:00:00Z"));
    assertThat(r.accountId()).isEqualTo(1L);
    assertThat(r.companyId()).isNull();
    assertThat(r.labelList()).isEqualTo(List.of("vip"));
  }

  @Test
  void updateAsyncWithIdentifierHash() throws Exception {
    respond(200, q("{'id':14,'name':'Alice','identifier':'user-1'}"));
    String hash = IdentifierHash.of("hmac-token", "user-1");
    PublicContactRecord r = client().contacts().updateAsync(CONTACT, PublicContactParams.builder()
        .identifier("user-1").identifierHash(hash).build()).get(5, TimeUnit.SECONDS);
    expect("PATCH", CONTACT_PATH, q("{'identifier':'user-1','identifier_hash':'" + hash + "'}"));
    assertThat(r.labelList()).isEmpty();
  }

  @Test
  void createAsync() throws Exception {
    respond(200, PUBLIC_CONTACT);
    PublicContact c = client().contacts().createAsync(PublicContactParams.builder().name("Alice").build())
        .get(5, TimeUnit.SECONDS);
    expect("POST", BASE + "/contacts", q("{'name':'Alice'}"));
    assertThat(c.name()).isEqualTo("Alice");
  }

  @Test
  void badIdentifierHashIsAServerErrorAndNotRetried() throws Exception {
    // Research 4.2: the Client API raises a plain StandardError, which PublicController does not rescue.
    respond(500, q("{'status':500,'error':'Internal Server Error'}"));
    assertThatThrownBy(() -> client().contacts().create(PublicContactParams.builder()
            .identifier("user-1").identifierHash("0000").build()))
        .isInstanceOf(ServerException.class)
        .satisfies(e -> assertThat(((ServerException) e).statusCode()).isEqualTo(500));
    expect("POST", BASE + "/contacts", q("{'identifier':'user-1','identifier_hash':'0000'}"));
    assertThat(server.getRequestCount()).isEqualTo(1);
    assertThat(sleeper.sleeps()).isEmpty();
  }
}
