package dev.omnichannel.qontak;

import com.squareup.moshi.Types;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.core.paging.KeyedResult;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.core.paging.Pages;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.Pagination;
import dev.omnichannel.qontak.model.QontakList;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * What every Qontak service shares: the transport, the resource prefix of the auth mode
 * ({@code /api/open/v1} for OAuth, {@code /qontak/chat/v1} for Mekari HMAC) and per-call options.
 */
final class ServiceContext {

  final HttpTransport transport;
  final String prefix;
  final RequestOptions requestOptions;

  ServiceContext(HttpTransport transport, String prefix) {
    this(transport, prefix, RequestOptions.NONE);
  }

  private ServiceContext(HttpTransport transport, String prefix, RequestOptions requestOptions) {
    this.transport = transport;
    this.prefix = prefix;
    this.requestOptions = Objects.requireNonNull(requestOptions, "requestOptions");
  }

  /** A context whose calls use these per-call options. */
  ServiceContext with(RequestOptions options) {
    return new ServiceContext(transport, prefix, options);
  }

  /** Starts a request on a resource path such as {@code /rooms/{}}; the mode's prefix is added. */
  <T> ApiRequest.Builder<T> request(String method, String path, Object... args) {
    return ApiRequest.builder(method, prefix + path, args);
  }

  <T> T execute(ApiRequest<T> request) {
    return transport.execute(request, requestOptions);
  }

  <T> CompletableFuture<T> executeAsync(ApiRequest<T> request) {
    return transport.executeAsync(request, requestOptions);
  }

  /** Decodes {@code data} of the success envelope as {@code type}. */
  static <T> ResponseDecoder<T> data(Type type) {
    return ResponseDecoder.jsonAt(type, "data");
  }

  /** Decodes a whole list envelope ({@code data} + {@code meta.pagination}) with items of {@code item}. */
  static <T> ResponseDecoder<QontakList<T>> list(Type item) {
    return response -> response.json(Types.newParameterizedType(QontakList.class, item));
  }

  /** Adds list parameters to a request. */
  static <T> ApiRequest.Builder<T> query(ApiRequest.Builder<T> b, ListParams params) {
    for (Map.Entry<String, String> e : (params == null ? ListParams.none() : params).entries()) {
      b.query(e.getKey(), e.getValue());
    }
    return b;
  }

  /**
   * Walks a cursor-paged list: each page's {@code meta.pagination.cursor.next} fetches the next,
   * until a page is empty, shorter than its limit, reaches the total, or has no next cursor.
   */
  <T> Page<T> autoPage(ListParams params, Function<ListParams, ApiRequest<QontakList<T>>> request) {
    ListParams first = params == null ? ListParams.none() : params;
    return Pages.keyed(null, (String cursor) -> {
      QontakList<T> page = execute(request.apply(cursor == null ? first : first.withCursor(cursor)));
      Pagination p = page.pagination();
      String next = p == null || p.isLastPage(page.items().size()) ? null : p.cursor().next();
      return new KeyedResult<>(page.items(), next);
    });
  }

  static Type listOf(Type element) {
    return Types.newParameterizedType(List.class, element);
  }
}
