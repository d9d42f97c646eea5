package dev.omnichannel.chatwoot;

import dev.omnichannel.core.JsonParams;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * Builds the standard requests of one REST collection: {@code GET collection} (list),
 * {@code POST collection} (create), and {@code GET} / {@code PATCH} / {@code DELETE
 * collection/{id}}. Services keep their own public methods and delegate their private request
 * factories here. Immutable.
 *
 * @param <T> the item type
 */
final class ResourceRequests<T> {

  private final Class<T> type;
  private final String collection;
  private final Object[] scope;
  /** How list answers are decoded; null decodes the whole body as {@code List<T>}. */
  private final ResponseDecoder<List<T>> listDecoder;
  /** How single-item answers are decoded; null decodes the whole body as {@code T}. */
  private final ResponseDecoder<T> itemDecoder;

  private ResourceRequests(
      Class<T> type,
      String collection,
      Object[] scope,
      ResponseDecoder<List<T>> listDecoder,
      ResponseDecoder<T> itemDecoder) {
    this.type = type;
    this.collection = collection;
    this.scope = scope;
    this.listDecoder = listDecoder;
    this.itemDecoder = itemDecoder;
  }

  /**
   * A collection whose list and item answers are bare JSON.
   *
   * @param type the item type
   * @param collection the collection's path template, e.g. {@code ServiceContext.ACCOUNT + "/labels"}
   * @param scope the values of the template's placeholders, e.g. the account id
   * @param <T> the item type
   * @return the request builder
   */
  static <T> ResourceRequests<T> of(Class<T> type, String collection, Object... scope) {
    return new ResourceRequests<>(
        Objects.requireNonNull(type, "type"),
        Objects.requireNonNull(collection, "collection"),
        scope.clone(),
        null,
        null);
  }

  /**
   * The same collection, with the list answer read under an envelope path.
   *
   * @param path object keys from the root, e.g. {@code "payload"}
   * @return the new request builder
   */
  ResourceRequests<T> listUnder(String... path) {
    return new ResourceRequests<>(
        type, collection, scope, ServiceContext.under(ServiceContext.listOf(type), path), itemDecoder);
  }

  /**
   * The same collection, with single-item answers (create, retrieve, update) read under an
   * envelope path.
   *
   * @param path object keys from the root, e.g. {@code "payload"}
   * @return the new request builder
   */
  ResourceRequests<T> itemsUnder(String... path) {
    return itemsDecodedBy(ServiceContext.under(type, path));
  }

  /**
   * The same collection, with single-item answers (create, retrieve, update) read by this decoder.
   *
   * @param decoder the decoder
   * @return the new request builder
   */
  ResourceRequests<T> itemsDecodedBy(ResponseDecoder<T> decoder) {
    return new ResourceRequests<>(
        type, collection, scope, listDecoder, Objects.requireNonNull(decoder, "decoder"));
  }

  /** {@code GET collection}, open for query parameters. */
  ApiRequest.Builder<List<T>> listBuilder() {
    ApiRequest.Builder<List<T>> builder = ApiRequest.builder("GET", collection, scope);
    return listDecoder == null
        ? builder.responseType(ServiceContext.listOf(type))
        : builder.decoder(listDecoder);
  }

  /** {@code GET collection}. */
  ApiRequest<List<T>> list() {
    return listBuilder().build();
  }

  /** {@code POST collection} with the params as JSON body. */
  ApiRequest<T> create(JsonParams params) {
    return item(ApiRequest.<T>builder("POST", collection, scope).jsonBody(body(params)));
  }

  /** {@code GET collection/{id}}. */
  ApiRequest<T> retrieve(long id) {
    return item(ApiRequest.<T>builder("GET", itemPath(), itemArgs(id)));
  }

  /** {@code PATCH collection/{id}} with the params as JSON body. */
  ApiRequest<T> update(long id, JsonParams params) {
    return item(ApiRequest.<T>builder("PATCH", itemPath(), itemArgs(id)).jsonBody(body(params)));
  }

  /** {@code DELETE collection/{id}}; the answer's body is discarded. */
  ApiRequest<Void> delete(long id) {
    return ApiRequest.<Void>builder("DELETE", itemPath(), itemArgs(id))
        .decoder(ResponseDecoder.discard())
        .build();
  }

  private ApiRequest<T> item(ApiRequest.Builder<T> builder) {
    return (itemDecoder == null ? builder.responseType(type) : builder.decoder(itemDecoder)).build();
  }

  private static Object body(JsonParams params) {
    return Objects.requireNonNull(params, "params").toJson();
  }

  private String itemPath() {
    return collection + "/{}";
  }

  private Object[] itemArgs(long id) {
    Object[] args = Arrays.copyOf(scope, scope.length + 1);
    args[scope.length] = id;
    return args;
  }
}
