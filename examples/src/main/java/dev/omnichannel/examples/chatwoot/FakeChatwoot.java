package dev.omnichannel.examples.chatwoot;

import java.util.concurrent.atomic.AtomicLong;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An embedded fake of the Chatwoot Application API endpoints the example uses, answering with the
 * shapes the real server sends (contact create wrapped in {@code payload}, conversation and message
 * as bare objects). It checks the {@code api_access_token} header like Chatwoot does.
 */
final class FakeChatwoot extends Dispatcher {

  static final String TOKEN = "fake-chatwoot-token";
  static final long ACCOUNT_ID = 1;
  static final long INBOX_ID = 7;
  static final String WEBHOOK_SECRET = "fake-webhook-secret";

  private final AtomicLong ids = new AtomicLong(100);

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    if (!TOKEN.equals(request.getHeaders().get("api_access_token"))) {
      return json(401, "{\"error\":\"Invalid Access Token\"}");
    }
    String path = request.getUrl().encodedPath();
    String account = "/api/v1/accounts/" + ACCOUNT_ID;
    if (request.getMethod().equals("POST") && path.equals(account + "/contacts")) {
      long id = ids.incrementAndGet();
      return json(200, "{\"payload\":{\"contact\":{\"id\":" + id + ",\"name\":\"Siti Rahma\","
          + "\"phone_number\":\"+6281234567890\",\"contact_inboxes\":[]},"
          + "\"contact_inbox\":{\"source_id\":\"3f1c2a9e-5b7d-4e8f-9a0b-1c2d3e4f5a6b\","
          + "\"inbox\":{\"id\":" + INBOX_ID + ",\"name\":\"Website API\",\"channel_type\":\"Channel::Api\"}}}}");
    }
    if (request.getMethod().equals("POST") && path.equals(account + "/conversations")) {
      return json(200, "{\"id\":" + ids.incrementAndGet() + ",\"account_id\":" + ACCOUNT_ID + ",\"inbox_id\":"
          + INBOX_ID + ",\"status\":\"open\",\"messages\":[],\"meta\":{},\"timestamp\":1763769600}");
    }
    if (request.getMethod().equals("POST") && path.matches(account + "/conversations/\\d+/messages")) {
      String content = request.getBody().utf8().contains("belum sampai")
          ? "Halo, pesanan saya belum sampai." : "(content)";
      return json(200, "{\"id\":" + ids.incrementAndGet() + ",\"content\":\"" + content + "\",\"inbox_id\":"
          + INBOX_ID + ",\"message_type\":0,\"content_type\":\"text\",\"content_attributes\":{},"
          + "\"created_at\":1763769600,\"private\":false,"
          + "\"sender\":{\"id\":101,\"name\":\"Siti Rahma\",\"type\":\"contact\"}}");
    }
    return json(404, "{\"error\":\"Resource could not be found\"}");
  }

  /** The message_created delivery Chatwoot would POST for the example's message. */
  static String messageCreatedWebhook(long accountId, long inboxId) {
    return "{\"event\":\"message_created\",\"id\":104,\"content\":\"Halo, pesanan saya belum sampai.\","
        + "\"message_type\":\"incoming\",\"content_type\":\"text\",\"content_attributes\":{},"
        + "\"created_at\":\"2025-11-22T00:00:00.000Z\",\"private\":false,\"source_id\":null,"
        + "\"account\":{\"id\":" + accountId + ",\"name\":\"Toko Maju\"},"
        + "\"inbox\":{\"id\":" + inboxId + ",\"name\":\"Website API\"},"
        + "\"sender\":{\"id\":101,\"name\":\"Siti Rahma\",\"type\":\"contact\",\"phone_number\":\"+6281234567890\"},"
        + "\"conversation\":{\"id\":103,\"inbox_id\":" + inboxId + ",\"status\":\"open\",\"messages\":[],"
        + "\"meta\":{},\"timestamp\":1763769600}}";
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8")
        .body(body).build();
  }
}
