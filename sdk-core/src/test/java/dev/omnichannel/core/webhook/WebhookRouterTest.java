package dev.omnichannel.core.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WebhookRouterTest {

  interface Ev {}

  static class Message implements Ev {}

  static final class Incoming extends Message {}

  static final class Status implements Ev {}

  @Test
  void firstMatchWins() {
    List<String> seen = new ArrayList<>();
    WebhookRouter<Ev> router = WebhookRouter.<Ev>builder()
        .on(Incoming.class, e -> seen.add("incoming"))
        .on(Message.class, e -> seen.add("message"))
        .build();
    assertThat(router.route(new Incoming())).isTrue();
    assertThat(router.route(new Message())).isTrue();
    assertThat(seen).containsExactly("incoming", "message");
  }

  @Test
  void otherwiseAndNoMatch() {
    List<Object> seen = new ArrayList<>();
    WebhookRouter<Ev> withOtherwise = WebhookRouter.<Ev>builder()
        .on(Message.class, seen::add)
        .otherwise(e -> seen.add("otherwise"))
        .build();
    assertThat(withOtherwise.route(new Status())).isTrue();
    assertThat(seen).containsExactly("otherwise");

    WebhookRouter<Ev> without = WebhookRouter.<Ev>builder().on(Message.class, seen::add).build();
    assertThat(without.route(new Status())).isFalse();
    assertThat(seen).hasSize(1);
  }

  @Test
  void duplicateRegistrationAndNullEvent() {
    assertThatThrownBy(() -> WebhookRouter.<Ev>builder()
        .on(Message.class, e -> {}).on(Message.class, e -> {}))
        .isInstanceOf(IllegalArgumentException.class);
    WebhookRouter<Ev> router = WebhookRouter.<Ev>builder().build();
    assertThatThrownBy(() -> router.route(null)).isInstanceOf(NullPointerException.class);
  }
}
