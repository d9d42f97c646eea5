package dev.omnichannel.core.internal;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.ClientOptions;
import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.ErrorDecoder;
import dev.omnichannel.core.ProviderError;
import dev.omnichannel.core.testing.FakeSleeper;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;

/** Shared setup for transport tests. */
public final class TransportFixture {

  /** A response record; public so Moshi may bind it. */
  public record Contact(long id, String name) {}

  static final ErrorDecoder SIMPLE_ERRORS = (status, body) -> {
    try {
      Map<?, ?> map = new Moshi.Builder().build().adapter(Map.class).fromJson(body);
      Object error = map == null ? null : map.get("error");
      return error == null ? ProviderError.NONE : new ProviderError("E" + status, error.toString(), 0);
    } catch (Exception e) {
      return ProviderError.NONE;
    }
  };

  static ClientOptions.Builder options(MockWebServer server, FakeSleeper sleeper) {
    return ClientOptions.builder()
        .baseUrl(server.url("/base/").toString())
        .credentials(Credentials.header("api_access_token", "secret-token-123"))
        .sleeper(sleeper);
  }

  static HttpTransport transport(ClientOptions options) {
    return new HttpTransport(options, "test", new Moshi.Builder().build(), SIMPLE_ERRORS);
  }

  static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json").body(body).build();
  }

  static ApiRequest<Contact> getContact(long id) {
    return ApiRequest.<Contact>builder("GET", "/contacts/{}", id).responseType(Contact.class).build();
  }

  static ApiRequest<Contact> createContact(String name) {
    return ApiRequest.<Contact>builder("POST", "/contacts")
        .jsonBody(Map.of("name", name))
        .responseType(Contact.class)
        .build();
  }

  private TransportFixture() {}
}
