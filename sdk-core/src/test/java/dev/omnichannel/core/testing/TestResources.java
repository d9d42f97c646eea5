package dev.omnichannel.core.testing;

import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import okio.Buffer;
import okio.BufferedSink;
import okio.BufferedSource;

/**
 * Test fixtures on the class path (e.g. the webhook payloads under {@code /webhooks/}) and small
 * edits of their JSON text. Shared by the provider modules through the sdk-core test-jar.
 */
public final class TestResources {

  private TestResources() {}

  /**
   * The bytes of a class-path resource.
   *
   * @param resource an absolute resource name, e.g. {@code /webhooks/message_created.json}
   * @return the content
   * @throws IllegalStateException when the resource does not exist
   * @throws UncheckedIOException when it cannot be read
   */
  public static byte[] bytes(String resource) {
    try (InputStream in = TestResources.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("missing fixture " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A class-path resource as UTF-8 text.
   *
   * @param resource an absolute resource name
   * @return the content
   * @throws IllegalStateException when the resource does not exist
   */
  public static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  /**
   * Copies a JSON object's text, dropping the named top-level keys; every other value keeps its
   * literal text (numbers are not reformatted, nulls are kept).
   *
   * @param json a JSON object
   * @param keys the top-level keys to drop
   * @return the edited JSON text
   */
  public static String withoutTopLevel(String json, Set<String> keys) {
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
          try (BufferedSource src = r.nextSource();
              BufferedSink sink = w.valueSink()) {
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
