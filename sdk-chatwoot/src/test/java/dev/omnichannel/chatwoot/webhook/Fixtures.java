package dev.omnichannel.chatwoot.webhook;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Set;
import okio.Buffer;

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

  /**
   * The shared official samples folder, or null. Tried: system property
   * {@code chatwoot.webhook.samples}, then paths relative to the module directory.
   */
  static Path samplesDir() {
    String prop = System.getProperty("chatwoot.webhook.samples");
    List<String> candidates = prop != null
        ? List.of(prop)
        : List.of("../../shared/specs/chatwoot/webhook-samples",
            "../shared/specs/chatwoot/webhook-samples",
            "../../../shared/specs/chatwoot/webhook-samples");
    for (String c : candidates) {
      Path p = Paths.get(c).toAbsolutePath().normalize();
      if (Files.isDirectory(p)) {
        return p;
      }
    }
    return null;
  }

  /** Copies the JSON text, dropping the named top-level keys; numbers keep their literal text. */
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
}
