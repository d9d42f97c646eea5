package dev.omnichannel.core.webhook;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonEncodingException;
import com.squareup.moshi.JsonReader;
import dev.omnichannel.core.WebhookParseException;
import java.io.EOFException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import okio.Buffer;

/**
 * A webhook body that has been checked to be one strict JSON object: non-empty, valid UTF-8 (a
 * leading byte order mark is skipped), no lenient syntax, an object at the top level, at most
 * {@value #MAX_DEPTH} levels of nesting and nothing after the object. Duplicate keys are allowed;
 * the last one wins everywhere.
 *
 * <p>Use {@link #string(String...)} and {@link #has(String...)} to discriminate events, and {@link
 * #read(JsonAdapter, String...)} to decode typed values. Both work on the raw text, so numbers keep
 * every digit. Instances are immutable and thread-safe.
 */
public final class JsonDocument {

  /** The deepest nesting accepted; the top-level object is level 1. */
  public static final int MAX_DEPTH = 64;

  private static final int MAX_NAME_IN_MESSAGE = 64;

  private final byte[] original;
  private final byte[] json;
  private final String raw;
  private final Map<String, Object> root;

  private JsonDocument(byte[] original, byte[] json, String raw, Map<String, Object> root) {
    this.original = original;
    this.json = json;
    this.raw = raw;
    this.root = root;
  }

  /**
   * Validates a raw webhook body and wraps it.
   *
   * @param body the body exactly as received
   * @return the document, never null
   * @throws WebhookParseException when the body is null, empty, blank, not strictly valid UTF-8,
   *     not valid JSON, not an object, nested deeper than {@value #MAX_DEPTH} levels or followed by
   *     trailing data; the message says what and where, the exception keeps the raw body
   */
  public static JsonDocument parse(byte[] body) {
    if (body == null) {
      throw new WebhookParseException("webhook body is null", null, null);
    }
    byte[] original = body.clone();
    if (original.length == 0) {
      throw new WebhookParseException("webhook body is empty", original, null);
    }
    int start = hasBom(original) ? 3 : 0;
    String text = decodeUtf8(original, start);
    if (isBlank(original, start)) {
      throw new WebhookParseException("webhook body is blank (whitespace only)", original, null);
    }
    byte[] json = new byte[original.length - start];
    System.arraycopy(original, start, json, 0, json.length);

    Buffer buffer = new Buffer().write(json);
    JsonReader reader = JsonReader.of(buffer);
    try {
      JsonReader.Token first = reader.peek();
      if (first != JsonReader.Token.BEGIN_OBJECT) {
        throw new WebhookParseException("expected a JSON object but found " + describe(first)
            + " at byte offset " + start, original, null);
      }
      Map<String, Object> root = readObject(reader, 1, original, start);
      while (buffer.size() > 0) {
        byte b = buffer.getByte(0);
        if (!isJsonWhitespace(b)) {
          long offset = original.length - buffer.size();
          throw new WebhookParseException(
              "trailing data after the JSON object at byte offset " + offset, original, null);
        }
        buffer.skip(1);
      }
      return new JsonDocument(original, json, text, root);
    } catch (EOFException e) {
      throw new WebhookParseException("invalid JSON: truncated, unexpected end of input at "
          + reader.getPath() + " (byte offset " + original.length + ")", original, e);
    } catch (JsonEncodingException | JsonDataException e) {
      long offset = original.length - buffer.size();
      throw new WebhookParseException("invalid JSON near byte offset " + offset + ": "
          + cleanMessage(e.getMessage()), original, e);
    } catch (IOException e) {
      throw new WebhookParseException("invalid JSON: " + cleanMessage(e.getMessage()), original, e);
    }
  }

  /**
   * The body as text (decoded from UTF-8, without a leading byte order mark).
   *
   * @return the original JSON text
   */
  public String raw() {
    return raw;
  }

  /**
   * The top-level object as plain Java values: {@code Map<String, Object>} (insertion order, last
   * duplicate wins), {@code List<Object>}, {@code String}, {@code Boolean}, {@code null} and,
   * for every number, {@link Double}. Doubles lose digits beyond about 15 significant figures, so
   * use this view to discriminate only; read ids with {@link #string(String...)} or {@link
   * #read(JsonAdapter, String...)}.
   *
   * @return an unmodifiable view, never null
   */
  public Map<String, Object> root() {
    return root;
  }

  /**
   * The names of the top-level members.
   *
   * @return an unmodifiable set in document order
   */
  public Set<String> keys() {
    return root.keySet();
  }

  /**
   * The scalar at a path of object keys, as text. Strings are returned unescaped; numbers and
   * booleans as their literal JSON text (every digit kept). Never throws.
   *
   * @param path object keys from the top level; none means the top-level value itself
   * @return the text, or null when the path is absent, crosses a non-object, or ends at null, an
   *     object or an array
   */
  public String string(String... path) {
    try {
      JsonReader r = locate(path);
      if (r == null) {
        return null;
      }
      switch (r.peek()) {
        case STRING:
        case NUMBER:
          return r.nextString();
        case BOOLEAN:
          return Boolean.toString(r.nextBoolean());
        default:
          return null;
      }
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /**
   * Whether a path of object keys exists (its value may be JSON null). Never throws.
   *
   * @param path object keys from the top level; none means the document itself (always true)
   * @return true when every key is present
   */
  public boolean has(String... path) {
    try {
      return locate(path) != null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /**
   * Decodes the whole document with an adapter, from the raw text.
   *
   * @param adapter the adapter, not null
   * @param <T> the decoded type
   * @return what the adapter returned (null only if the adapter returns null)
   * @throws WebhookParseException when the adapter or a constructor it calls fails; the message
   *     names the path
   * @throws NullPointerException when adapter is null (a programming error)
   */
  public <T> T read(JsonAdapter<T> adapter) {
    return read(adapter, new String[0]);
  }

  /**
   * Decodes the value at a path of object keys with an adapter, from the raw text, so large
   * numbers keep every digit.
   *
   * @param adapter the adapter, not null
   * @param path object keys from the top level; none means the whole document
   * @param <T> the decoded type
   * @return what the adapter returned (null when the value is JSON null and the adapter is
   *     null-safe)
   * @throws WebhookParseException when the path is absent, or the adapter or a constructor it
   *     calls fails ({@link JsonDataException}, {@link IOException}, {@link
   *     IllegalArgumentException}, {@link NullPointerException}, any other runtime exception, or
   *     the {@link AssertionError} Moshi's record adapter wraps constructor exceptions in); the
   *     message names the path
   * @throws NullPointerException when adapter is null (a programming error)
   */
  public <T> T read(JsonAdapter<T> adapter, String... path) {
    if (adapter == null) {
      throw new NullPointerException("adapter");
    }
    String where = pathString(path);
    JsonReader r;
    try {
      r = locate(path);
    } catch (IOException | RuntimeException e) {
      r = null;
    }
    if (r == null) {
      throw new WebhookParseException("no value at " + where, original, null);
    }
    try {
      return adapter.fromJson(r);
    } catch (IOException | RuntimeException e) {
      throw cannotRead(where, e, e);
    } catch (AssertionError e) {
      // Moshi's record adapter wraps exceptions thrown by a record constructor in AssertionError.
      throw cannotRead(where, e.getCause() != null ? e.getCause() : e, e);
    }
  }

  private WebhookParseException cannotRead(String where, Throwable reason, Throwable cause) {
    return new WebhookParseException("cannot read value at " + where + ": "
        + reason.getClass().getSimpleName() + (reason.getMessage() == null ? "" : ": "
        + cleanMessage(reason.getMessage())), original, cause);
  }

  /**
   * A short description without the body, which may hold personal data.
   *
   * @return the size and top-level keys count
   */
  @Override
  public String toString() {
    return "JsonDocument{" + original.length + " bytes, " + root.size() + " keys}";
  }

  // ---------------------------------------------------------------------------------------------

  /** Returns a reader positioned at the value at path, or null when absent. Last duplicate wins. */
  private JsonReader locate(String[] path) throws IOException {
    JsonReader r = JsonReader.of(new Buffer().write(json));
    if (path == null) {
      return null;
    }
    for (String key : path) {
      if (key == null || r.peek() != JsonReader.Token.BEGIN_OBJECT) {
        return null;
      }
      r.beginObject();
      JsonReader found = null;
      while (r.hasNext()) {
        if (key.equals(r.nextName())) {
          found = r.peekJson();
        }
        r.skipValue();
      }
      if (found == null) {
        return null;
      }
      r = found;
    }
    return r;
  }

  private static Map<String, Object> readObject(JsonReader reader, int depth, byte[] original,
      int start) throws IOException {
    reader.beginObject();
    Map<String, Object> map = new LinkedHashMap<>();
    while (reader.hasNext()) {
      String name = reader.nextName();
      map.remove(name); // last duplicate wins, in its own position
      map.put(name, readValue(reader, depth, original, start));
    }
    reader.endObject();
    return Collections.unmodifiableMap(map);
  }

  private static Object readValue(JsonReader reader, int depth, byte[] original, int start)
      throws IOException {
    JsonReader.Token token = reader.peek();
    switch (token) {
      case BEGIN_OBJECT:
        checkDepth(reader, depth, original);
        return readObject(reader, depth + 1, original, start);
      case BEGIN_ARRAY:
        checkDepth(reader, depth, original);
        reader.beginArray();
        List<Object> list = new ArrayList<>();
        while (reader.hasNext()) {
          list.add(readValue(reader, depth + 1, original, start));
        }
        reader.endArray();
        return Collections.unmodifiableList(list);
      case STRING:
        return reader.nextString();
      case NUMBER:
        return Double.valueOf(reader.nextString());
      case BOOLEAN:
        return reader.nextBoolean();
      case NULL:
        return reader.nextNull();
      default:
        throw new JsonEncodingException("unexpected " + token + " at path " + reader.getPath());
    }
  }

  private static void checkDepth(JsonReader reader, int depth, byte[] original) {
    if (depth + 1 > MAX_DEPTH) {
      throw new WebhookParseException("JSON nested too deep: more than " + MAX_DEPTH
          + " levels at " + reader.getPath(), original, null);
    }
  }

  private static String decodeUtf8(byte[] bytes, int start) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError() || result.isOverflow()) {
      throw new WebhookParseException("webhook body is not valid UTF-8: malformed byte sequence at"
          + " byte offset " + in.position(), bytes, null);
    }
    out.flip();
    return out.toString();
  }

  private static boolean hasBom(byte[] b) {
    return b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB
        && (b[2] & 0xFF) == 0xBF;
  }

  private static boolean isBlank(byte[] b, int start) {
    for (int i = start; i < b.length; i++) {
      if (!isJsonWhitespace(b[i])) {
        return false;
      }
    }
    return true;
  }

  private static boolean isJsonWhitespace(byte b) {
    return b == ' ' || b == '\t' || b == '\n' || b == '\r';
  }

  private static String describe(JsonReader.Token token) {
    switch (token) {
      case BEGIN_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      default:
        return token.toString();
    }
  }

  private static String cleanMessage(String message) {
    if (message == null) {
      return "malformed JSON";
    }
    return message.replace("Use JsonReader.setLenient(true) to accept malformed JSON",
        "malformed JSON (strict syntax required)");
  }

  /**
   * Renders a key path as a JSON path such as {@code $.data.id} or {@code $['odd key']}.
   *
   * @param path object keys
   * @return the path text
   */
  static String pathString(String... path) {
    StringBuilder sb = new StringBuilder("$");
    if (path == null) {
      return sb.toString();
    }
    for (String key : path) {
      String k = key == null ? "null" : key;
      if (k.length() > MAX_NAME_IN_MESSAGE) {
        k = k.substring(0, MAX_NAME_IN_MESSAGE) + "...";
      }
      if (!k.isEmpty() && k.chars().allMatch(c -> Character.isLetterOrDigit(c) || c == '_'
          || c == '-')) {
        sb.append('.').append(k);
      } else {
        sb.append("['").append(k.replace("\\", "\\\\").replace("'", "\\'")).append("']");
      }
    }
    return sb.toString();
  }
}
