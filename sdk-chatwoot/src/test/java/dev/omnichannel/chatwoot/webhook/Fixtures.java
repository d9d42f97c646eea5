package dev.omnichannel.chatwoot.webhook;

import dev.omnichannel.core.testing.SharedSpecs;
import dev.omnichannel.core.testing.TestResources;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/** Test helpers: our fixtures, the shared official samples, and envelope stripping. */
final class Fixtures {
  private Fixtures() {}

  static final List<String> ALL = List.of(
      "conversation_created.json", "conversation_updated.json",
      "conversation_status_changed.json", "conversation_opened.json",
      "conversation_resolved.json", "message_created.json", "message_updated.json",
      "message_created_agent_bot.json", "message_created_null_sender.json",
      "webwidget_triggered.json", "contact_created.json", "contact_updated.json",
      "inbox_created.json", "inbox_updated.json", "conversation_typing_on.json",
      "conversation_typing_off.json", "automation_event.json", "macro_executed.json",
      "unknown_account_created.json");

  static byte[] bytes(String name) {
    return TestResources.bytes("/webhooks/" + name);
  }

  static String text(String name) {
    return TestResources.text("/webhooks/" + name);
  }

  /**
   * The shared official samples folder, or null. Tried: system property
   * {@code chatwoot.webhook.samples}, then {@code shared/specs/chatwoot/webhook-samples} found by
   * {@link SharedSpecs}.
   */
  static Path samplesDir() {
    String prop = System.getProperty("chatwoot.webhook.samples");
    if (prop != null) {
      Path p = Path.of(prop).toAbsolutePath().normalize();
      return Files.isDirectory(p) ? p : null;
    }
    return SharedSpecs.locate("chatwoot", "webhook-samples").filter(Files::isDirectory).orElse(null);
  }

  /** Copies the JSON text, dropping the named top-level keys; numbers keep their literal text. */
  static String withoutTopLevel(String json, Set<String> keys) {
    return TestResources.withoutTopLevel(json, keys);
  }
}
