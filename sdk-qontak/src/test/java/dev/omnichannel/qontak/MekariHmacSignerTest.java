package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

class MekariHmacSignerTest {

  @Test
  void reproducesMekarisPublishedTestVector() {
    assertThat(MekariHmacSigner.signature("YOUR_MEKARI_API_CLIENT_SECRET", "Wed, 10 Nov 2021 07:24:29 GMT",
        "POST /v2/klikpajak/v1/efaktur/out?auto_approval=false HTTP/1.1"))
        .isEqualTo("6+Ah/UTmbqd+DDqlh6zYZ0HuCwVhtElYDOoucRPCaFg=");
  }

  @Test
  void reproducesTheChatVectorsFromTheResearch() {
    assertThat(MekariHmacSigner.signature("example-secret", "Fri, 28 Mar 2025 10:04:47 GMT",
        "POST /qontak/chat/v1/broadcasts/whatsapp/direct HTTP/1.1"))
        .isEqualTo("rxKJ3DSe4ZvYvY3WyMW0bncCpI6N8cYsOJZ8/XuKlqE=");
    assertThat(MekariHmacSigner.signature("example-secret", "Fri, 28 Mar 2025 10:04:47 GMT",
        "GET /qontak/chat/v1/integrations?target_channel=wa&limit=10 HTTP/1.1"))
        .isEqualTo("hbQErN+tasfUpqSUvPjXBwux8NgbytBZxiYJijwxiW8=");
  }

  @Test
  void dateHasATwoDigitDayInEnglishUtc() {
    assertThat(MekariHmacSigner.DATE_FORMAT.format(Instant.parse("1994-11-06T08:49:37Z")))
        .isEqualTo("Sun, 06 Nov 1994 08:49:37 GMT");
  }

  @Test
  void signsTheExactRequestLineWithQueryAndOptionalDigest() throws Exception {
    Clock clock = Clock.fixed(Instant.parse("2025-03-28T10:04:47Z"), ZoneOffset.UTC);
    Request request = new Request.Builder()
        .url("https://api.mekari.com/qontak/chat/v1/integrations?target_channel=wa&limit=10").build();
    Request signed = new MekariHmacSigner("client-id", "example-secret", false).sign(request, clock);
    assertThat(signed.header("Date")).isEqualTo("Fri, 28 Mar 2025 10:04:47 GMT");
    assertThat(signed.header("Authorization")).isEqualTo("hmac username=\"client-id\", algorithm=\"hmac-sha256\", "
        + "headers=\"date request-line\", signature=\"hbQErN+tasfUpqSUvPjXBwux8NgbytBZxiYJijwxiW8=\"");
    assertThat(signed.header("Digest")).isNull();

    Request post = new Request.Builder().url("https://api.mekari.com/x")
        .post(RequestBody.create("{\"hello\": \"world\"}", MediaType.get("application/json"))).build();
    assertThat(new MekariHmacSigner("client-id", "s", true).sign(post, clock).header("Digest"))
        .isEqualTo("SHA-256=X48E9qOokqqrvdts8nOJRJN3OWDUoyWxBf7kbu9DBPE=");
  }

  @Test
  void rejectsBlankCredentialsAndHidesTheSecret() {
    assertThatThrownBy(() -> new MekariHmacSigner(" ", "s", false)).hasMessageContaining("clientId");
    assertThatThrownBy(() -> new MekariHmacSigner("id", "", false)).hasMessageContaining("clientSecret");
    assertThatThrownBy(() -> new MekariHmacSigner("id\"x", "s", false)).hasMessageContaining("clientId");
    assertThat(new MekariHmacSigner("id", "top-secret", false).toString()).doesNotContain("top-secret");
  }
}
