package dev.omnichannel.qontak.webhook;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import okio.Buffer;

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
    try (InputStream in = Fixtures.class.getResourceAsStream("/webhooks/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static String text(String name) {
    return new String(bytes(name), StandardCharsets.UTF_8);
  }

  /** Copies the JSON text, dropping the named top-level keys; values keep their literal text. */
  static String withoutTopLevel(String json, Set<String> keys) {
    try {
      JsonReader r = JsonReader.of(new Buffer().writeUtf8(json));
      Buffer out = new Buffer();
      JsonWriter w = JsonWriter.of(out);
      w.setSerializeNulls(true);
      r.beginObject();
      w.beginObject();
      while (r.hasNext()) {
        String name = r.nextName();
        if (keys.contains(name)) {
          r.skipValue();
        } else {
          w.name(name);
          try (okio.BufferedSource src = r.nextSource();
              okio.BufferedSink sink = w.valueSink()) {
            sink.writeAll(src);
          }
        }
      }
      r.endObject();
      w.endObject();
      w.close();
      return out.readUtf8();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
