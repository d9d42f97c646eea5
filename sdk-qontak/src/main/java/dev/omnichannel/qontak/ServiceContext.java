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
   * Walks a list page by page, lazily. A page with a {@code meta.pagination.cursor.next} is
   * followed by that cursor. A full page ({@code items == limit}) without one (lists that page
   * by offset: templates, users, assignable agents) is followed by the next {@code offset}, the
   * 1-based page number: the page's {@code pagination.offset}, else the offset sent, else 1, plus
   * one. The walk ends on an empty page, a page shorter than its limit, or a page with neither a
   * cursor nor a known full limit. {@code pagination.total} is not used (see
   * {@link Pagination#isLastPage}). The core walk rejects a page key (cursor or offset) that
   * repeats, so a server that ignores {@code offset} fails loudly instead of looping.
   */
  <T> Page<T> autoPage(ListParams params, Function<ListParams, ApiRequest<QontakList<T>>> request) {
    ListParams first = params == null ? ListParams.none() : params;
    return Pages.keyed(null, (PageKey key) -> {
      ListParams sent = key == null ? first
          : key.cursor() != null ? first.withCursor(key.cursor())
          : first.withCursor(null).withOffset(key.offset());
      QontakList<T> page = execute(request.apply(sent));
      return new KeyedResult<>(page.items(), nextKey(page.pagination(), page.items().size(), sent));
    });
  }

  /**
   * The key of the page after one: a cursor, or else an offset (page number).
   *
   * @param cursor the {@code cursor} to send, or null when paging by offset
   * @param offset the {@code offset} to send when {@code cursor} is null
   */
  record PageKey(String cursor, Integer offset) {}

  /** The key of the page after a page of {@code items} items fetched with {@code sent}, or null. */
  static PageKey nextKey(Pagination p, int items, ListParams sent) {
    if (p == null || items == 0) {
      return null;
    }
    if (!p.isLastPage(items)) {
      return new PageKey(p.cursor().next(), null);
    }
    boolean hasCursor = p.cursor() != null && p.cursor().next() != null && !p.cursor().next().isBlank();
    Integer limit = p.limit() != null ? p.limit() : intOrNull(sent.value("limit"));
    if (hasCursor || limit == null || limit <= 0 || items < limit) {
      return null;
    }
    Integer offset = p.offset() != null ? p.offset() : intOrNull(sent.value("offset"));
    return new PageKey(null, (offset == null ? 1 : offset) + 1);
  }

  private static Integer intOrNull(String value) {
    try {
      return value == null ? null : Integer.valueOf(value.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  static Type listOf(Type element) {
    return Types.newParameterizedType(List.class, element);
  }
}
