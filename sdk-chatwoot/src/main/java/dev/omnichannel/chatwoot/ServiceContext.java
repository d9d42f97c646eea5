package dev.omnichannel.chatwoot;

import com.squareup.moshi.Types;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.core.internal.ResponseDecoder;
import java.lang.reflect.Type;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** What every service shares: the transport and the account id. */
final class ServiceContext {

  static final String ACCOUNT = "/api/v1/accounts/{}";

  final HttpTransport transport;
  final long accountId;

  ServiceContext(HttpTransport transport, long accountId) {
    this.transport = transport;
    this.accountId = accountId;
  }

  <T> T execute(ApiRequest<T> request) {
    return transport.execute(request, RequestOptions.NONE);
  }

  <T> CompletableFuture<T> executeAsync(ApiRequest<T> request) {
    return transport.executeAsync(request, RequestOptions.NONE);
  }

  static Type listOf(Type element) {
    return Types.newParameterizedType(List.class, element);
  }

  /**
   * Decodes the value under an envelope path (Chatwoot's {@code payload} wrappers).
   *
   * @param type the value type
   * @param path object keys from the root
   * @param <T> the value type
   * @return the decoder
   */
  static <T> ResponseDecoder<T> under(Type type, String... path) {
    return ResponseDecoder.jsonAt(type, path);
  }
}
