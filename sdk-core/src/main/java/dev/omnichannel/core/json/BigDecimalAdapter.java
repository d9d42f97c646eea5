package dev.omnichannel.core.json;

import com.squareup.moshi.JsonAdapter;
import com.squareup.moshi.JsonDataException;
import com.squareup.moshi.JsonReader;
import com.squareup.moshi.JsonWriter;
import java.io.IOException;
import java.math.BigDecimal;

/**
 * Reads a JSON number or numeric string into a {@link BigDecimal} with every digit kept (the
 * literal text is parsed, never a double). JSON null and {@code ""} read as null. Writes a JSON
 * number without an exponent for whole numbers (unless that would add more than 1000 zeros).
 */
final class BigDecimalAdapter extends JsonAdapter<BigDecimal> {

  /** Whole numbers are written without an exponent when that adds at most this many zeros. */
  private static final int MAX_PLAIN_ZEROS = 1000;

  @Override
  public BigDecimal fromJson(JsonReader reader) throws IOException {
    String path = reader.getPath();
    JsonReader.Token token = reader.peek();
    if (token == JsonReader.Token.NULL) {
      return reader.nextNull();
    }
    if (token != JsonReader.Token.NUMBER && token != JsonReader.Token.STRING) {
      throw new JsonDataException(
          "Expected a decimal number but was " + token + " at path " + path);
    }
    String text = reader.nextString().strip();
    if (text.isEmpty()) {
      return null;
    }
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException e) {
      String shown = text.length() > 80 ? text.substring(0, 80) + "..." : text;
      throw new JsonDataException(
          "Expected a decimal number but was \"" + shown + "\" at path " + path, e);
    }
  }

  @Override
  public void toJson(JsonWriter writer, BigDecimal value) throws IOException {
    if (value == null) {
      writer.nullValue();
    } else {
      // whole numbers without an exponent, unless that would spell out a huge number of zeros
      // (1e99999999 would become a hundred million digits)
      writer.value(value.scale() < 0 && value.scale() >= -MAX_PLAIN_ZEROS ? value.setScale(0) : value);
    }
  }

  @Override
  public String toString() {
    return "JsonAdapter(BigDecimal)";
  }
}
