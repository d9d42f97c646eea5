package dev.omnichannel.chatwoot;

import com.squareup.moshi.Types;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.HttpTransport;
import dev.omnichannel.core.internal.ResponseDecoder;
import okhttp3.RequestBody;
import dev.omnichannel.chatwoot.model.ChatwootJson;
import java.lang.reflect.Type;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** What every service shares: the transport and the account id. */
final class ServiceContext {

  /** Prefix of account-scoped Application API v1 paths; the placeholder is the account id. */
  static final String ACCOUNT = "/api/v1/accounts/{}";
  /** Prefix of account-scoped Application API v2 paths (reports). */
  static final String ACCOUNT_V2 = "/api/v2/accounts/{}";

  final HttpTransport transport;
  final long accountId;
  final RequestOptions requestOptions;

  ServiceContext(HttpTransport transport, long accountId) {
    this(transport, accountId, RequestOptions.NONE);
  }

  private ServiceContext(HttpTransport transport, long accountId, RequestOptions requestOptions) {
    this.transport = transport;
    this.accountId = accountId;
    this.requestOptions = Objects.requireNonNull(requestOptions, "requestOptions");
  }

  /** A context whose calls use these per-call options (timeouts, retries, extra headers). */
  ServiceContext with(RequestOptions options) {
    return new ServiceContext(transport, accountId, options);
  }

  <T> T execute(ApiRequest<T> request) {
    return transport.execute(request, requestOptions);
  }

  <T> CompletableFuture<T> executeAsync(ApiRequest<T> request) {
    return transport.executeAsync(request, requestOptions);
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

  /**
   * A JSON request body that keeps null values as explicit JSON {@code null}s (the transport's
   * JSON writer drops them). Chatwoot unsets some fields only on an explicit null, e.g.
   * {@code "priority": null}.
   *
   * @param fields the JSON object; null values are written as {@code null}
   * @return the body
   */
  static RequestBody jsonKeepingNulls(Map<String, ?> fields) {
    String json = ChatwootJson.moshi().adapter(Object.class).serializeNulls().toJson(fields);
    return RequestBody.create(json, HttpTransport.JSON);
  }
}
