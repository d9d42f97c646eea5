package dev.omnichannel.chatwoot.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No event's {@code toString()} may print the raw JSON or the credentials in it (contact inbox
 * {@code pubsub_token} and {@code source_id}, inbox identifiers, HMAC tokens, signing secrets).
 */
class ChatwootEventToStringTest {

  private static final Pattern SECRET = Pattern.compile(
      "\"(pubsub_token|source_id|inbox_identifier|hmac_token|secret|access_token)\"\\s*:\\s*\"([^\"]+)\"");

  private static Set<String> secretsIn(String json) {
    Set<String> values = new LinkedHashSet<>();
    Matcher m = SECRET.matcher(json);
    while (m.find()) {
      values.add(m.group(2));
    }
    return values;
  }

  private static void assertHidesSecrets(String name, String json) {
    ChatwootEvent event = ChatwootWebhooks.parser().parse(json.getBytes(StandardCharsets.UTF_8));
    String text = event.toString();
    assertThat(text).as(name).contains(event.getClass().getSimpleName());
    assertThat(text).as(name).doesNotContain(event.raw());
    for (String secret : secretsIn(json)) {
      assertThat(text).as(name + " leaks " + secret).doesNotContain(secret);
    }
  }

  @Test
  void ourFixturesHidePubsubTokensAndSourceIds() {
    int withSecrets = 0;
    for (String name : Fixtures.ALL) {
      String json = Fixtures.text(name);
      if (!secretsIn(json).isEmpty()) {
        withSecrets++;
      }
      assertHidesSecrets(name, json);
    }
    assertThat(withSecrets).isGreaterThanOrEqualTo(14);
  }

  @Test
  void officialSamplesHideCredentials() throws IOException {
    Path dir = Fixtures.samplesDir();
    if (dir == null) {
      return; // the shared samples are optional; ChatwootSamplesTest reports their absence
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> s = Files.list(dir)) {
      s.filter(p -> p.toString().endsWith(".json")).sorted().forEach(files::add);
    }
    for (Path file : files) {
      assertHidesSecrets(file.toString(), Files.readString(file, StandardCharsets.UTF_8));
    }
  }

  @Test
  void showsEventNameAndKeyIds() {
    ChatwootEvent created = ChatwootWebhooks.parser().parse(Fixtures.bytes("message_created.json"));
    assertThat(created.toString()).startsWith("MessageCreated[").contains("event=message_created");
    ChatwootEvent unknown = ChatwootWebhooks.parser().parse(Fixtures.bytes("unknown_account_created.json"));
    assertThat(unknown.toString()).isEqualTo("Unknown[event=" + unknown.event() + "]");
  }
}
