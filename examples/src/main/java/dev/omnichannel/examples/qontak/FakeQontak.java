package dev.omnichannel.examples.qontak;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.Dispatcher;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;

/**
 * An embedded fake of the Qontak Open API endpoints the example uses, in OAuth mode: the token
 * endpoint at the host root ({@code POST /oauth/token}, password grant, JSON body) and resources
 * under {@code /api/open/v1} answering in Qontak's {@code {status, data, meta}} envelope, with
 * Qontak's error envelope {@code {status:"error", error:{code, messages}}}. It checks the Bearer
 * token like Qontak does. Response shapes follow the examples in Qontak's MAG OpenAPI export.
 */
final class FakeQontak extends Dispatcher {

  static final String USERNAME = "owner@tokokopisore.example";
  static final String PASSWORD = "fake-password";
  static final String CLIENT_ID = "fake-client-id";
  static final String CLIENT_SECRET = "fake-client-secret";
  static final String TO_NUMBER = "+62 812-3456-7890";

  static final String ORGANIZATION_ID = "0b7f3c2e-5a41-4c8e-9d2a-6f1e2b3c4d5e";
  static final String INTEGRATION_ID = "c0ffee00-2222-4333-8444-955566667777";
  static final String TEMPLATE_ID = "7e5d1c2b-3a4f-4b6c-8d9e-0f1a2b3c4d5e";
  static final String BROADCAST_ID = "98b463bc-a8f1-4f19-84df-ae62967ff795";

  private static final String PREFIX = "/api/open/v1";
  private static final Pattern URL_FIELD = Pattern.compile("\"url\"\\s*:\\s*\"([^\"]*)\"");

  /** How many token requests the fake answered. */
  final AtomicInteger tokenRequests = new AtomicInteger();
  private volatile String validToken;

  @Override
  public MockResponse dispatch(RecordedRequest request) {
    String method = request.getMethod();
    String path = request.getUrl().encodedPath();
    if (method.equals("POST") && path.equals("/oauth/token")) {
      return token(request.getBody() == null ? "" : request.getBody().utf8());
    }
    if (validToken == null || !("Bearer " + validToken).equals(request.getHeaders().get("Authorization"))) {
      return error(401, "The access token is invalid");
    }
    if (!path.startsWith(PREFIX)) {
      return error(404, "Resource not found.");
    }
    String resource = path.substring(PREFIX.length());
    String query = request.getUrl().encodedQuery();
    if (method.equals("GET") && resource.equals("/integrations")) {
      if (query == null || !query.contains("target_channel=wa")) {
        return error(422, "target_channel is missing");
      }
      return json(200, "{\"status\":\"success\",\"data\":[{\"id\":\"" + INTEGRATION_ID + "\",\"target_channel\":\"wa\","
          + "\"webhook\":\"https://service-chat.qontak.com/api/open/v1/webhooks/wa\",\"settings\":{\"account_name\":"
          + "\"Toko Kopi Sore\",\"phone_number\":\"6281100001111\",\"server_wa_id\":\"6281100001111\"},"
          + "\"organization_id\":\"" + ORGANIZATION_ID + "\",\"created_at\":\"2024-10-11T08:10:47.130Z\","
          + "\"is_active\":true}],\"meta\":{\"pagination\":{\"cursor\":{\"next\":null,\"prev\":null},"
          + "\"offset\":1,\"limit\":10,\"total\":1}}}");
    }
    if (method.equals("GET") && resource.equals("/templates/whatsapp")) {
      return json(200, "{\"status\":\"success\",\"data\":[{\"id\":\"" + TEMPLATE_ID + "\",\"organization_id\":\""
          + ORGANIZATION_ID + "\",\"name\":\"order_shipped\",\"language\":\"id\",\"header\":null,"
          + "\"body\":\"Halo {{1}}, pesanan {{2}} sudah dikirim dan tiba besok.\",\"footer\":\"Toko Kopi Sore\","
          + "\"buttons\":[],\"status\":\"APPROVED\",\"category\":\"UTILITY\",\"quality_rating\":null,"
          + "\"quality_rating_text\":\"Neutral\"}],\"meta\":{\"pagination\":{\"cursor\":{\"next\":null,"
          + "\"prev\":null},\"offset\":1,\"limit\":10,\"total\":1}}}");
    }
    if (method.equals("POST") && resource.equals("/broadcasts/whatsapp/direct")) {
      String body = request.getBody() == null ? "" : request.getBody().utf8();
      if (!body.contains("\"value_text\"") || !body.contains("\"message_template_id\":\"" + TEMPLATE_ID + "\"")) {
        return error(422, "parameters is missing, parameters does not have a valid value");
      }
      return json(201, "{\"status\":\"success\",\"data\":{\"id\":\"" + BROADCAST_ID + "\",\"name\":\"order_shipped\","
          + "\"organization_id\":\"" + ORGANIZATION_ID + "\",\"channel_integration_id\":\"" + INTEGRATION_ID + "\","
          + "\"contact_list_id\":null,\"contact_id\":\"5e6f7a8b-3333-4444-8555-966677778888\","
          + "\"target_channel\":\"wa\",\"send_at\":\"2025-11-22T01:00:00.000Z\",\"execute_status\":\"todo\","
          + "\"execute_type\":\"immediately\",\"parameters\":{\"body\":{\"1\":\"Siti\",\"2\":\"INV-1001\"}},"
          + "\"created_at\":\"2025-11-22T01:00:00.000Z\",\"message_status_count\":{\"failed\":0,\"delivered\":0,"
          + "\"read\":0,\"pending\":1,\"sent\":0},\"contact_extra\":{},\"message_template\":{\"id\":\""
          + TEMPLATE_ID + "\",\"name\":\"order_shipped\",\"language\":\"id\",\"status\":\"APPROVED\"},"
          + "\"division_id\":null,\"message_broadcast_error\":\"n/a\",\"sender_name\":\"Owner\","
          + "\"sender_email\":\"" + USERNAME + "\",\"channel_account_name\":\"Toko Kopi Sore\","
          + "\"channel_phone_number\":\"6281100001111\"}}");
    }
    if (method.equals("GET") && resource.equals("/broadcasts/" + BROADCAST_ID + "/whatsapp/log")) {
      return json(200, "{\"status\":\"success\",\"data\":[{\"id\":\"b10c0000-1111-4222-8333-944455556666\","
          + "\"organization_id\":\"" + ORGANIZATION_ID + "\",\"messages_broadcast_id\":\"" + BROADCAST_ID + "\","
          + "\"contact_phone_number\":\"6281234567890\",\"contact_full_name\":\"Siti\",\"status\":\"delivered\","
          + "\"whatsapp_message_id\":\"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjA=\",\"whatsapp_error_message\":\"n/a\","
          + "\"messages_response\":{\"messaging_product\":\"whatsapp\",\"contacts\":[{\"input\":\"6281234567890\","
          + "\"wa_id\":\"6281234567890\"}],\"messages\":[{\"id\":\"wamid.HBgNNjI4MTIzNDU2Nzg5MBUCABEYEjA=\","
          + "\"message_status\":\"accepted\"}]},\"messages\":{\"body\":{\"type\":\"body\",\"template\":"
          + "\"Halo Siti, pesanan INV-1001 sudah dikirim dan tiba besok.\",\"parameters\":[]}},"
          + "\"created_at\":\"2025-11-22T01:00:01.250Z\",\"is_pacing\":false,\"channel_integration_id\":\""
          + INTEGRATION_ID + "\"}],\"meta\":{\"pagination\":{\"cursor\":{\"next\":null,\"prev\":1728392586972},"
          + "\"offset\":1,\"limit\":10,\"total\":1}}}");
    }
    if (method.equals("PUT") && resource.equals("/message_interactions")) {
      String body = request.getBody() == null ? "" : request.getBody().utf8();
      Matcher m = URL_FIELD.matcher(body);
      if (!m.find()) {
        return error(422, "url is missing");
      }
      String url = m.group(1);
      return json(200, "{\"status\":\"success\",\"data\":{"
          + subscription("receive_message_from_customer", body, url) + ","
          + subscription("receive_message_from_agent", body, url) + ","
          + subscription("status_message", body, url) + ","
          + subscription("broadcast_log_status", body, url) + ","
          + "\"auto_assign_agent\":true,\"agent_can_takeover\":true,\"broadcast_rate\":{\"broadcast_direct_limit\":3,"
          + "\"broadcast_direct_interval\":60,\"broadcast_list_limit\":5,\"broadcast_list_interval\":50}}}");
    }
    return error(404, "Resource not found.");
  }

  private MockResponse token(String body) {
    boolean password = body.contains("\"grant_type\":\"password\"") && body.contains("\"username\":\"" + USERNAME + "\"")
        && body.contains("\"password\":\"" + PASSWORD + "\"") && body.contains("\"client_id\":\"" + CLIENT_ID + "\"")
        && body.contains("\"client_secret\":\"" + CLIENT_SECRET + "\"");
    if (!password) {
      return json(401, "{\"error\":\"invalid_grant\",\"error_description\":\"The provided authorization grant is invalid\"}");
    }
    int n = tokenRequests.incrementAndGet();
    validToken = "fake-access-token-" + n;
    return json(200, "{\"access_token\":\"" + validToken + "\",\"token_type\":\"bearer\",\"expires_in\":31556952,"
        + "\"refresh_token\":\"fake-refresh-token-" + n + "\",\"created_at\":1763773200}");
  }

  /** One webhook setting as Qontak echoes it: enabled when the request turned it on. */
  private static String subscription(String key, String body, String url) {
    boolean enabled = body.contains("\"" + key + "\":true");
    return "\"" + key + "\":{\"enabled\":" + enabled + ",\"webhooks\":" + (enabled
        ? "[{\"id\":\"" + Math.abs(key.hashCode()) + "\",\"event\":\"message_interaction\",\"url\":\"" + url + "\"}]"
        : "[]") + "}";
  }

  /** The receive_message_from_customer delivery Qontak would POST when the customer answers. */
  static String customerMessageWebhook() {
    return "{\"id\":\"e1e2e3e4-0004-4000-8000-000000000004\",\"type\":\"text\","
        + "\"room_id\":\"a1b2c3d4-1111-4222-8333-944455556666\",\"is_campaign\":false,"
        + "\"sender_id\":\"5e6f7a8b-3333-4444-8555-966677778888\",\"sender_type\":\"Models::Contact\","
        + "\"sender\":{\"name\":\"Siti Rahma\",\"avatar\":null},\"participant_id\":\"7d8e9f00-4444-4555-8666-977788889999\","
        + "\"organization_id\":\"" + ORGANIZATION_ID + "\",\"text\":\"Terima kasih! Bisa dikirim sore?\","
        + "\"status\":\"created\",\"participant_type\":\"customer\",\"external_id\":\"\",\"local_id\":null,"
        + "\"created_at\":\"2025-11-22T01:05:00.000Z\",\"reply\":null,\"room\":{\"id\":"
        + "\"a1b2c3d4-1111-4222-8333-944455556666\",\"name\":\"Siti Rahma\",\"description\":\"\",\"status\":\"campaign\","
        + "\"type\":\"Models::CustomerServiceRoom\",\"tags\":[],\"channel\":\"wa\",\"channel_account\":\"Toko Kopi Sore\","
        + "\"organization_id\":\"" + ORGANIZATION_ID + "\",\"account_uniq_id\":\"6281234567890\","
        + "\"channel_integration_id\":\"" + INTEGRATION_ID + "\",\"session\":\"open\",\"unread_count\":1,"
        + "\"created_at\":\"2025-11-22T01:00:01.000Z\",\"updated_at\":\"2025-11-22T01:05:00.000Z\"},"
        + "\"webhook_event\":\"message_interaction\",\"data_event\":\"receive_message_from_customer\"}";
  }

  /** A status_message delivery for the agent's reply, with the given status. */
  static String statusWebhook(String status) {
    return "{\"id\":\"e1e2e3e4-0005-4000-8000-000000000005\",\"type\":\"text\","
        + "\"room_id\":\"a1b2c3d4-1111-4222-8333-944455556666\",\"is_campaign\":false,"
        + "\"sender_id\":\"9a8b7c6d-5555-4666-8777-988899990000\",\"sender_type\":\"Models::User\","
        + "\"sender\":{\"name\":\"Dewi Agent\",\"avatar\":null},\"participant_id\":\"1f2e3d4c-6666-4777-8888-999900001111\","
        + "\"organization_id\":\"" + ORGANIZATION_ID + "\",\"text\":\"Bisa kak, kurir datang jam 16.00\","
        + "\"status\":\"" + status + "\",\"participant_type\":\"agent\",\"external_id\":\"wamid.AGENTREPLY0005\","
        + "\"local_id\":null,\"created_at\":\"2025-11-22T01:06:00.000Z\",\"reply\":null,"
        + "\"webhook_event\":\"message_interaction\",\"data_event\":\"status_message\"}";
  }

  private static MockResponse error(int code, String message) {
    return json(code, "{\"status\":\"error\",\"error\":{\"code\":" + code + ",\"messages\":[\"" + message + "\"]}}");
  }

  private static MockResponse json(int code, String body) {
    return new MockResponse.Builder().code(code).addHeader("Content-Type", "application/json; charset=utf-8")
        .addHeader("x-request-id", "fake-" + Integer.toHexString(body.hashCode())).body(body).build();
  }
}
