package dev.omnichannel.core.internal;

import java.io.IOException;

/**
 * Turns a successful response into the endpoint's result. Exceptions it throws (Moshi's
 * {@code JsonDataException}, {@code IOException}, {@code IllegalArgumentException} from a record's
 * compact constructor) become {@link dev.omnichannel.core.InvalidResponseException}. Not public API.
 *
 * @param <T> the result type
 */
@FunctionalInterface
public interface ResponseDecoder<T> {

  /**
   * Decodes the response.
   *
   * @param response status, headers, body and the client's Moshi
   * @return the result
   * @throws IOException when the body cannot be read as expected
   */
  T decode(HttpResponse response) throws IOException;

  /**
   * A decoder for endpoints whose body is ignored.
   *
   * @return a decoder returning null (for {@code Void} results)
   */
  static ResponseDecoder<Void> discard() {
    return response -> null;
  }
}
