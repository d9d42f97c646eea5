package dev.omnichannel.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.Moshi;
import dev.omnichannel.core.WebhookParseException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonDocumentTest {

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static WebhookParseException fails(byte[] body) {
    try {
      JsonDocument.parse(body);
    } catch (WebhookParseException e) {
      return e;
    }
    throw new AssertionError("expected WebhookParseException");
  }

  private static String nested(int depth) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < depth; i++) {
      sb.append("{\"a\":");
    }
    sb.append("1");
    sb.append("}".repeat(depth));
    return sb.toString();
  }

  @Test
  void rejectsNullEmptyAndBlank() {
    assertThat(fails(null).getMessage()).contains("null");
    assertThat(fails(new byte[0]).getMessage()).contains("empty");
    WebhookParseException blank = fails(utf8(" \n\t\r "));
    assertThat(blank.getMessage()).contains("blank");
    assertThat(blank.rawBody()).isEqualTo(utf8(" \n\t\r "));
  }

  @Test
  void rejectsTruncatedJsonNamingThePath() {
    WebhookParseException e = fails(utf8("{\"a\":"));
    assertThat(e.getMessage()).contains("truncated").contains("$.a");
    assertThat(e.rawBody()).isEqualTo(utf8("{\"a\":"));
  }

  @Test
  void rejectsNonObjectTopLevel() {
    assertThat(fails(utf8("[1,2]")).getMessage())
        .contains("expected a JSON object but found an array");
    assertThat(fails(utf8("\"hi\"")).getMessage())
        .contains("expected a JSON object but found a string");
    assertThat(fails(utf8("42")).getMessage())
        .contains("expected a JSON object but found a number");
    assertThat(fails(utf8("null")).getMessage())
        .contains("expected a JSON object but found null");
    assertThat(fails(utf8("true")).getMessage())
        .contains("expected a JSON object but found a boolean");
  }

  @Test
  void rejectsLenientSyntax() {
    assertThat(fails(utf8("{a:1}")).getMessage()).contains("invalid JSON");
    assertThat(fails(utf8("{'a':1}")).getMessage()).contains("invalid JSON");
    assertThat(fails(utf8("{\"a\":1,}")).getMessage()).contains("invalid JSON");
    assertThat(fails(utf8("{\"a\":NaN}")).getMessage()).contains("invalid JSON");
  }

  @Test
  void rejectsInvalidUtf8WithOffset() {
    byte[] body = {'{', '"', 'a', '"', ':', '"', (byte) 0xC3, 0x28, '"', '}'};
    WebhookParseException e = fails(body);
    assertThat(e.getMessage()).contains("UTF-8").contains("byte offset 6");
    assertThat(e.rawBody()).isEqualTo(body);
  }

  @Test
  void rejectsOverlongAndSurrogateEncodings() {
    // overlong encoding of '/'
    byte[] overlong = {'{', '"', 'a', '"', ':', '"', (byte) 0xC0, (byte) 0xAF, '"', '}'};
    assertThat(fails(overlong).getMessage()).contains("UTF-8").contains("byte offset 6");
    // lone high surrogate U+D800 encoded as UTF-8 (CESU style)
    byte[] surrogate = {'{', '"', 'a', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"',
        '}'};
    assertThat(fails(surrogate).getMessage()).contains("UTF-8").contains("byte offset 6");
  }

  @Test
  void depthLimit() {
    assertThat(JsonDocument.parse(utf8(nested(64))).has("a", "a")).isTrue();
    WebhookParseException e = fails(utf8(nested(65)));
    assertThat(e.getMessage()).contains("too deep").contains("$.a.a");
    // arrays count too
    String arrays = "{\"a\":" + "[".repeat(64) + "]".repeat(64) + "}";
    assertThat(fails(utf8(arrays)).getMessage()).contains("too deep");
    String arraysOk = "{\"a\":" + "[".repeat(63) + "]".repeat(63) + "}";
    assertThat(JsonDocument.parse(utf8(arraysOk)).has("a")).isTrue();
  }

  @Test
  void rejectsTrailingData() {
    WebhookParseException e = fails(utf8("{} x"));
    assertThat(e.getMessage()).contains("trailing data").contains("byte offset 3");
    assertThat(fails(utf8("{}{}")).getMessage()).contains("trailing data");
    assertThat(JsonDocument.parse(utf8("{}  \r\n")).keys()).isEmpty();
  }

  @Test
  void skipsLeadingBom() {
    byte[] body = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, '{', '"', 'a', '"', ':', '1', '}'};
    JsonDocument doc = JsonDocument.parse(body);
    assertThat(doc.raw()).isEqualTo("{\"a\":1}");
    assertThat(doc.string("a")).isEqualTo("1");
    // a BOM alone is a blank body
    assertThat(fails(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}).getMessage())
        .contains("blank");
  }

  @Test
  void accessorsAndDuplicateKeys() {
    JsonDocument doc = JsonDocument.parse(utf8(
        "{\"event\":\"x\",\"n\":1.50,\"b\":true,\"z\":null,\"o\":{\"k\":\"v\"},\"l\":[1],"
            + "\"d\":1,\"d\":2,\"s\":\"caf\\u00e9\"}"));
    assertThat(doc.keys()).containsExactly("event", "n", "b", "z", "o", "l", "d", "s");
    assertThat(doc.string("event")).isEqualTo("x");
    assertThat(doc.string("n")).isEqualTo("1.50");
    assertThat(doc.string("b")).isEqualTo("true");
    assertThat(doc.string("z")).isNull();
    assertThat(doc.string("o")).isNull();
    assertThat(doc.string("o", "k")).isEqualTo("v");
    assertThat(doc.string("o", "missing")).isNull();
    assertThat(doc.string("event", "deeper")).isNull();
    assertThat(doc.string("l")).isNull();
    assertThat(doc.string((String) null)).isNull();
    assertThat(doc.string("d")).isEqualTo("2");
    assertThat(doc.string("s")).isEqualTo("café");
    assertThat(doc.has("z")).isTrue();
    assertThat(doc.has("o", "k")).isTrue();
    assertThat(doc.has("nope")).isFalse();
    assertThat(doc.root().get("d")).isEqualTo(2.0);
    assertThat(doc.root().get("n")).isEqualTo(1.5);
    assertThat(doc.root().get("o")).isEqualTo(Map.of("k", "v"));
    assertThat(doc.root().get("l")).isEqualTo(List.of(1.0));
    assertThat(doc.root()).containsEntry("z", null);
    assertThatThrownBy(() -> doc.root().put("x", 1))
        .isInstanceOf(UnsupportedOperationException.class);
    assertThat(doc.toString()).doesNotContain("event");
  }

  @Test
  void bigIdsStayExact() {
    JsonDocument doc = JsonDocument.parse(utf8(
        "{\"id\":12345678901234567,\"big\":123456789012345678901234567890,"
            + "\"data\":{\"id\":98765432109876543}}"));
    assertThat(doc.string("id")).isEqualTo("12345678901234567");
    assertThat(doc.string("big")).isEqualTo("123456789012345678901234567890");
    Moshi moshi = new Moshi.Builder().build();
    assertThat(doc.read(moshi.adapter(Long.class), "id")).isEqualTo(12345678901234567L);
    assertThat(doc.read(moshi.adapter(Long.class), "data", "id")).isEqualTo(98765432109876543L);
    assertThat(doc.read(moshi.adapter(Inner.class), "data").id()).isEqualTo(98765432109876543L);
    assertThat(doc.read(moshi.adapter(Outer.class)).data().id()).isEqualTo(98765432109876543L);
    // the lossy view is documented
    assertThat(((Double) doc.root().get("id")).longValue()).isNotEqualTo(12345678901234567L);
  }

  public record Inner(long id) {}

  public record Outer(long id, Inner data) {}

  public record Checked(String name) {
    public Checked {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("name required");
      }
    }
  }

  @Test
  void readWrapsAdapterFailuresNamingThePath() {
    JsonDocument doc = JsonDocument.parse(utf8(
        "{\"data\":{\"id\":\"not-a-number\",\"name\":\"\"},\"list\":[1]}"));
    Moshi moshi = new Moshi.Builder().build();
    assertThatThrownBy(() -> doc.read(moshi.adapter(Inner.class), "data"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("$.data")
        .hasMessageContaining("id");
    assertThatThrownBy(() -> doc.read(moshi.adapter(Long.class), "list"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("$.list");
    assertThatThrownBy(() -> doc.read(moshi.adapter(Checked.class), "data"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("$.data");
    assertThatThrownBy(() -> doc.read(moshi.adapter(Long.class), "absent", "id"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("no value at $.absent.id");
    JsonAdapter<String> npe = new JsonAdapter<>() {
      @Override
      public String fromJson(com.squareup.moshi.JsonReader reader) {
        throw new NullPointerException("boom");
      }

      @Override
      public void toJson(com.squareup.moshi.JsonWriter writer, String value) {}
    };
    WebhookParseException e = (WebhookParseException) org.assertj.core.api.Assertions
        .catchThrowable(() -> doc.read(npe, "data"));
    assertThat(e).hasMessageContaining("$.data").hasCauseInstanceOf(NullPointerException.class);
    assertThat(e.rawBody()).isNotEmpty();
  }
}
