package dev.omnichannel.chatwoot.webhook;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads {@code changed_attributes}: null as an empty list, an array of one-key objects (the wire
 * format), and leniently a single object with several keys. Not public API.
 */
final class ChangedAttributesAdapter extends JsonAdapter<List<ChangedAttribute>> {

  @Override
  public List<ChangedAttribute> fromJson(JsonReader reader) throws IOException {
    List<ChangedAttribute> out = new ArrayList<>();
    switch (reader.peek()) {
      case NULL:
        reader.nextNull();
        return List.of();
      case BEGIN_OBJECT:
        readEntries(reader, out);
        return List.copyOf(out);
      case BEGIN_ARRAY:
        reader.beginArray();
        while (reader.hasNext()) {
          if (reader.peek() == JsonReader.Token.NULL) {
            reader.nextNull();
            continue;
          }
          if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
            throw new JsonDataException("Expected an object at " + reader.getPath()
                + " but was " + reader.peek());
          }
          readEntries(reader, out);
        }
        reader.endArray();
        return List.copyOf(out);
      default:
        throw new JsonDataException("Expected an array at " + reader.getPath() + " but was "
            + reader.peek());
    }
  }

  private static void readEntries(JsonReader reader, List<ChangedAttribute> out)
      throws IOException {
    reader.beginObject();
    while (reader.hasNext()) {
      String name = reader.nextName();
      String previous = null;
      String current = null;
      if (reader.peek() == JsonReader.Token.NULL) {
        reader.nextNull();
      } else if (reader.peek() != JsonReader.Token.BEGIN_OBJECT) {
        throw new JsonDataException("Expected an object at " + reader.getPath() + " but was "
            + reader.peek());
      } else {
        reader.beginObject();
        while (reader.hasNext()) {
          String key = reader.nextName();
          if ("previous_value".equals(key)) {
            previous = reader.nextSource().readUtf8();
          } else if ("current_value".equals(key)) {
            current = reader.nextSource().readUtf8();
          } else {
            reader.skipValue();
          }
        }
        reader.endObject();
      }
      out.add(new ChangedAttribute(name, previous, current));
    }
    reader.endObject();
  }

  /** Writes Chatwoot's form back: a list of single-key objects, values as their exact JSON. */
  @Override
  public void toJson(JsonWriter writer, List<ChangedAttribute> value) throws IOException {
    if (value == null) {
      writer.nullValue();
      return;
    }
    writer.beginArray();
    for (ChangedAttribute change : value) {
      writer.beginObject().name(change.name()).beginObject();
      writeRaw(writer.name("previous_value"), change.previousJson());
      writeRaw(writer.name("current_value"), change.currentJson());
      writer.endObject().endObject();
    }
    writer.endArray();
  }

  private static void writeRaw(JsonWriter writer, String json) throws IOException {
    if (json == null) {
      writer.nullValue();
      return;
    }
    try (var sink = writer.valueSink()) {
      sink.writeUtf8(json);
    }
  }
}
