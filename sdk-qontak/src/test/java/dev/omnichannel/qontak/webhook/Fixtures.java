package dev.omnichannel.qontak.webhook;

import dev.omnichannel.core.testing.TestResources;
import java.util.List;
import java.util.Set;

/** Test helpers: our webhook fixtures and top-level key stripping. */
final class Fixtures {
  private Fixtures() {}

  static final List<String> ALL = List.of(
      "legacy_customer_message.json", "legacy_agent_status_read.json",
      "legacy_broadcast_status_sent.json", "legacy_agent_image_created.json",
      "legacy_broadcast_log_failed.json", "legacy_room_resolved.json",
      "customer_message.json", "agent_message.json", "status_message_delivered.json",
      "broadcast_log_status.json", "room_created.json", "room_updated_add_agent.json",
      "room_resolved.json", "agent_assigned_to_room.json", "agent_unassigned_from_room.json",
      "agent_handover_room.json", "custom_agent_allocation.json",
      "unknown_available_user_status.json", "unknown_settings_response.json");

  static byte[] bytes(String name) {
    return TestResources.bytes("/webhooks/" + name);
  }

  static String text(String name) {
    return TestResources.text("/webhooks/" + name);
  }

  /** Copies the JSON text, dropping the named top-level keys; values keep their literal text. */
  static String withoutTopLevel(String json, Set<String> keys) {
    return TestResources.withoutTopLevel(json, keys);
  }

  /** Replaces the first occurrence of a literal, failing when absent (keeps tests honest). */
  static String replace(String json, String literal, String replacement) {
    int i = json.indexOf(literal);
    if (i < 0) {
      throw new IllegalArgumentException("fixture lacks " + literal);
    }
    return json.substring(0, i) + replacement + json.substring(i + literal.length());
  }
}
