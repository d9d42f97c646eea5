package dev.omnichannel.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.WebhookParseException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DispatchingWebhookParserTest {

  sealed interface Ev permits Created, Unknown, NoName {}

  record Created(String id, String raw) implements Ev {}

  record Unknown(String name, String raw) implements Ev {}

  record NoName(String raw) implements Ev {}

  private static DispatchingWebhookParser.Builder<Ev> base() {
    return DispatchingWebhookParser.<Ev>builder()
        .discriminatorField("event")
        .on("message_created", d -> new Created(d.string("id"), d.raw()))
        .unknown((n, d) -> new Unknown(n, d.raw()));
  }

  @Test
  void dispatchesKnownEvent() {
    Ev ev = base().build().parse("{\"event\":\"message_created\",\"id\":12345678901234567}");
    assertThat(ev).isEqualTo(new Created("12345678901234567",
        "{\"event\":\"message_created\",\"id\":12345678901234567}"));
    Ev fromBytes = base().build().parse(
        "{\"id\":\"1\",\"event\":\"message_created\"}".getBytes(StandardCharsets.UTF_8));
    assertThat(fromBytes).isInstanceOf(Created.class);
  }

  @Test
  void unknownEventKeepsNameAndRaw() {
    Ev ev = base().build().parse("{\"event\":\"brand_new\"}");
    assertThat(ev).isEqualTo(new Unknown("brand_new", "{\"event\":\"brand_new\"}"));
  }

  @Test
  void missingDiscriminatorFailsByDefault() {
    assertThatThrownBy(() -> base().build().parse("{\"id\":1}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("missing event discriminator");
    assertThatThrownBy(() -> base().build().parse("{\"event\":{\"nested\":1}}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("missing event discriminator");
  }

  @Test
  void missingDiscriminatorUsesWhenMissing() {
    Ev ev = base().whenMissing(d -> new NoName(d.raw())).build().parse("{\"id\":1}");
    assertThat(ev).isEqualTo(new NoName("{\"id\":1}"));
  }

  @Test
  void decoderFailureIsWrappedNamingTheEvent() {
    DispatchingWebhookParser<Ev> p = DispatchingWebhookParser.<Ev>builder()
        .discriminatorField("event")
        .on("boom", d -> {
          throw new IllegalStateException("bad field");
        })
        .unknown((n, d) -> new Unknown(n, d.raw()))
        .build();
    byte[] body = "{\"event\":\"boom\"}".getBytes(StandardCharsets.UTF_8);
    assertThatThrownBy(() -> p.parse(body))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("'boom'")
        .hasCauseInstanceOf(IllegalStateException.class)
        .satisfies(e -> assertThat(((WebhookParseException) e).rawBody()).isEqualTo(body));
  }

  @Test
  void decoderReturningNullFails() {
    DispatchingWebhookParser<Ev> p = DispatchingWebhookParser.<Ev>builder()
        .discriminatorField("event")
        .on("nothing", d -> null)
        .unknown((n, d) -> null)
        .build();
    assertThatThrownBy(() -> p.parse("{\"event\":\"nothing\"}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("'nothing'")
        .hasMessageContaining("null");
    assertThatThrownBy(() -> p.parse("{\"event\":\"other\"}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("null");
  }

  @Test
  void badBodiesNeverNpe() {
    DispatchingWebhookParser<Ev> p = base().build();
    assertThatThrownBy(() -> p.parse((byte[]) null)).isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> p.parse((String) null)).isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> p.parse("[]")).isInstanceOf(WebhookParseException.class);
    assertThatThrownBy(() -> p.parse("{\"event\":\"\ud800\"}"))
        .isInstanceOf(WebhookParseException.class)
        .hasMessageContaining("surrogate");
  }

  @Test
  void builderValidates() {
    assertThatThrownBy(() -> DispatchingWebhookParser.<Ev>builder().discriminatorField("e")
        .build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DispatchingWebhookParser.<Ev>builder().unknown((n, d) -> new Unknown(n, d.raw()))
        .build()).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> base().on("message_created", d -> null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
