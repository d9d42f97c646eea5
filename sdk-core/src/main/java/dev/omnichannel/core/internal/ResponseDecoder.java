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
   * Decodes the JSON value found under a path of object keys, skipping the envelope around it
   * (Chatwoot {@code payload}, Qontak {@code data}, Qiscus {@code results}). Sibling fields are
   * skipped without being materialised; a missing key is a decoding error naming the path.
   *
   * @param type the type of the value at the path
   * @param path object keys from the root, e.g. {@code "payload", "webhooks"}
   * @param <T> the result type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> jsonAt(java.lang.reflect.Type type, String... path) {
    String[] keys = path.clone();
    return response -> response.read(new EnvelopeAdapter<T>(response.moshi().adapter(type), keys));
  }

  /**
   * Decodes an object that may or may not be wrapped in {@code {"<key>": {...}}} (providers that
   * wrap some single-object answers and not others, or changed this between versions). A wrapper
   * key holding something other than an object is a decoding error.
   *
   * @param type the type of the object
   * @param key the wrapper key, e.g. {@code payload}
   * @param <T> the result type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> jsonAtOrRoot(java.lang.reflect.Type type, String key) {
    String[] keys = {key};
    return response -> response.read(new EnvelopeAdapter<T>(response.moshi().adapter(type), keys, true));
  }

  /**
   * A decoder for endpoints whose body is ignored.
   *
   * @return a decoder returning null (for {@code Void} results)
   */
  static ResponseDecoder<Void> discard() {
    return response -> null;
  }
}
