package dev.omnichannel.examples.qontak;

import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.WebhookVerificationException;
import dev.omnichannel.core.webhook.SecretInUrlCheck;
import dev.omnichannel.examples.Example;
import dev.omnichannel.examples.Transcript;
import dev.omnichannel.qontak.QontakClient;
import dev.omnichannel.qontak.model.Broadcast;
import dev.omnichannel.qontak.model.BroadcastDirectParams;
import dev.omnichannel.qontak.model.BroadcastLog;
import dev.omnichannel.qontak.model.Channel;
import dev.omnichannel.qontak.model.ChannelIntegration;
import dev.omnichannel.qontak.model.InteractionSubscription;
import dev.omnichannel.qontak.model.IntegrationListParams;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.MessageInteractionParams;
import dev.omnichannel.qontak.model.OrganizationSettings;
import dev.omnichannel.qontak.model.QontakList;
import dev.omnichannel.qontak.model.Template;
import dev.omnichannel.qontak.model.TemplateListParams;
import dev.omnichannel.qontak.webhook.MessageStatusTracker;
import dev.omnichannel.qontak.webhook.QontakEvent;
import dev.omnichannel.qontak.webhook.QontakWebhooks;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import mockwebserver3.MockWebServer;
import okhttp3.OkHttpClient;
import okhttp3.Response;

/**
 * The Qontak WhatsApp flow from Qontak's "send a template" guide: authenticate, pick a WhatsApp
 * integration and an approved template, send one template message to one number (direct
 * broadcast), read its delivery log, point the message webhooks at your URL, then check the
 * URL token and parse the customer-message and status webhooks Qontak POSTs, dropping a status
 * that arrives out of order.
 *
 * <p>Runs against an embedded fake Qontak (OAuth password grant) unless credentials for one of
 * the two auth modes are set: OAuth ({@code QONTAK_USERNAME}, {@code QONTAK_PASSWORD},
 * {@code QONTAK_CLIENT_ID}, {@code QONTAK_CLIENT_SECRET}) or Mekari HMAC
 * ({@code QONTAK_MEKARI_CLIENT_ID}, {@code QONTAK_MEKARI_CLIENT_SECRET}); {@code QONTAK_BASE_URL}
 * overrides the host. Against the real service it sends a WhatsApp message only when
 * {@code QONTAK_TO_NUMBER} is set, and changes the webhook settings only when
 * {@code QONTAK_WEBHOOK_URL} is set (otherwise it just reads them). Webhooks reach only a
 * public URL, so the last steps parse deliveries built locally in both modes.
 */
public final class QontakExample implements Example {

  /** The OAuth mode's variables, all required. */
  static final List<String> OAUTH_VARIABLES =
      List.of("QONTAK_USERNAME", "QONTAK_PASSWORD", "QONTAK_CLIENT_ID", "QONTAK_CLIENT_SECRET");
  /** The Mekari HMAC mode's variables, all required. */
  static final List<String> HMAC_VARIABLES = List.of("QONTAK_MEKARI_CLIENT_ID", "QONTAK_MEKARI_CLIENT_SECRET");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{(\\d+)}}");

  @Override
  public String name() {
    return "qontak";
  }

  /** OAuth or HMAC: either complete set switches to the real service. */
  @Override
  public boolean hasCredentials(Map<String, String> env) {
    return all(env, OAUTH_VARIABLES) || all(env, HMAC_VARIABLES);
  }

  @Override
  public void run(Map<String, String> env, Transcript out) throws Exception {
    WireLog wire = new WireLog();
    OkHttpClient http = new OkHttpClient.Builder().addInterceptor(wire::intercept).build();
    try {
      if (hasCredentials(env)) {
        QontakClient.Builder b = QontakClient.builder().okHttpClient(http).appInfo("omnichannel-examples", "1.0");
        if (Example.isSet(env, "QONTAK_BASE_URL")) {
          b.baseUrl(env.get("QONTAK_BASE_URL"));
        }
        String mode;
        if (all(env, OAUTH_VARIABLES)) {
          b.oauth(env.get("QONTAK_USERNAME"), env.get("QONTAK_PASSWORD"), env.get("QONTAK_CLIENT_ID"),
              env.get("QONTAK_CLIENT_SECRET"));
          mode = "OAuth password grant";
        } else {
          b.mekariHmac(env.get("QONTAK_MEKARI_CLIENT_ID"), env.get("QONTAK_MEKARI_CLIENT_SECRET"));
          mode = "Mekari HMAC signing";
        }
        try (QontakClient qontak = b.build()) {
          run(qontak, mode, true, env.get("QONTAK_TO_NUMBER"), env.get("QONTAK_WEBHOOK_URL"), wire, out);
        }
        return;
      }
      try (MockWebServer server = new MockWebServer()) {
        FakeQontak fake = new FakeQontak();
        server.setDispatcher(fake);
        server.start();
        try (QontakClient qontak = QontakClient.builder()
            .baseUrl(server.url("/").toString())
            .oauth(FakeQontak.USERNAME, FakeQontak.PASSWORD, FakeQontak.CLIENT_ID, FakeQontak.CLIENT_SECRET)
            .okHttpClient(http)
            .appInfo("omnichannel-examples", "1.0")
            .build()) {
          run(qontak, "OAuth password grant", false, FakeQontak.TO_NUMBER,
              "https://shop.example.com/qontak/hook", wire, out);
        }
        out.step("token requests the fake answered: " + fake.tokenRequests.get()
            + " (the token is cached and reused for every call)");
      }
    } finally {
      http.dispatcher().executorService().shutdown();
      http.connectionPool().evictAll();
    }
  }

  private static void run(QontakClient qontak, String mode, boolean live, String toNumber, String webhookUrl,
      WireLog wire, Transcript out) {
    // 1. The first call authenticates: OAuth fetches a token at <host>/oauth/token; HMAC signs each request.
    QontakList<ChannelIntegration> integrations = qontak.integrations().list(IntegrationListParams.targetChannel(Channel.WA));
    Optional<ChannelIntegration> wa = integrations.items().stream()
        .filter(i -> !Boolean.FALSE.equals(i.isActive())).findFirst();
    out.step("authenticated (" + mode + ", resources under " + qontak.resourcePrefix() + ") and listed WhatsApp "
        + "integrations: " + integrations.items().size() + " found"
        + wa.map(i -> ", sending from " + accountName(i) + " (" + i.id() + ")").orElse(""));
    wire.flushTo(out);

    // 2. Approved templates: only these can be sent outside the 24-hour session window.
    QontakList<Template> templates = qontak.templates().list(TemplateListParams.approved());
    Optional<Template> template = templates.items().stream().filter(t -> t.header() == null).findFirst();
    out.step("listed approved templates: " + templates.items().size() + " on the first page"
        + template.map(t -> ", using \"" + t.name() + "\" (" + t.language() + ", " + placeholders(t).size()
            + " body placeholders)").orElse(""));
    wire.flushTo(out);

    // 3. Send one template message to one number.
    if (wa.isEmpty() || template.isEmpty()) {
      out.step("skipped sending: no active WhatsApp integration or no approved template without a media header");
    } else if (toNumber == null || toNumber.isBlank()) {
      out.step("skipped sending: set QONTAK_TO_NUMBER to send a real template message");
    } else {
      List<String> values = List.of("Siti", "INV-1001", "besok", "Toko Kopi Sore");
      BroadcastDirectParams.Builder send = BroadcastDirectParams.builder()
          .toNumber(toNumber)
          .toName("Siti")
          .messageTemplateId(template.get().id())
          .channelIntegrationId(wa.get().id())
          .language(template.get().language());
      List<String> keys = placeholders(template.get());
      for (int i = 0; i < keys.size(); i++) {
        send.bodyParameter(keys.get(i), "var_" + keys.get(i), i < values.size() ? values.get(i) : "contoh " + (i + 1));
      }
      Broadcast sent = qontak.broadcasts().sendDirect(send.build());
      out.step("sent template \"" + template.get().name() + "\" to " + mask(BroadcastDirectParams.normalizeNumber(toNumber))
          + ": broadcast " + sent.id() + " (" + sent.executeType() + ", " + sent.executeStatus() + ")");
      wire.flushTo(out);

      // 4. Its per-recipient delivery log (WhatsApp's answer, or its error such as 2001 "wrong language").
      QontakList<BroadcastLog> log = qontak.broadcasts().log(sent.id(), ListParams.none());
      if (log.items().isEmpty()) {
        out.step("broadcast log: no entries yet (Qontak fills it within seconds)");
      }
      for (BroadcastLog entry : log.items()) {
        out.step("broadcast log: " + mask(entry.contactPhoneNumber()) + " " + entry.status()
            + (entry.whatsappError() == null ? ", WhatsApp message " + entry.whatsappMessageId()
                : ", WhatsApp error: " + entry.whatsappError()));
      }
      wire.flushTo(out);
    }

    // 5. Webhook settings: one URL for customer messages, agent messages, statuses and broadcast logs.
    //    Qontak signs nothing, so the URL carries an unguessable token the receiver checks.
    String secret = randomToken();
    if (webhookUrl != null && !webhookUrl.isBlank()) {
      String url = webhookUrl + (webhookUrl.contains("?") ? "&" : "?") + "token=" + secret;
      OrganizationSettings settings = qontak.interactions().updateMessageInteractions(MessageInteractionParams.builder()
          .receiveMessageFromCustomer(true)
          .receiveMessageFromAgent(false)
          .statusMessage(true)
          .broadcastLogStatus(true)
          .url(url)
          .build());
      out.step("message webhooks configured -> customer messages " + enabled(settings.receiveMessageFromCustomer())
          + ", agent messages " + enabled(settings.receiveMessageFromAgent()) + ", statuses "
          + enabled(settings.statusMessage()) + ", broadcast logs " + enabled(settings.broadcastLogStatus())
          + "; URL " + webhookUrl + "?token=***");
    } else {
      try {
        OrganizationSettings settings = qontak.interactions().getMessageInteractions();
        out.step("message webhooks (read only; set QONTAK_WEBHOOK_URL to change them): customer messages "
            + enabled(settings.receiveMessageFromCustomer()) + ", statuses " + enabled(settings.statusMessage()));
      } catch (ApiException e) {
        out.step("message webhooks not read: " + e.getClass().getSimpleName() + ": " + e.getMessage());
      }
    }
    wire.flushTo(out);

    // 6. A delivery arrives: check the URL token first, then parse the raw bytes.
    SecretInUrlCheck check = QontakWebhooks.secretInUrl("token", secret);
    check.verify("/qontak/hook?token=" + secret);
    byte[] body = FakeQontak.customerMessageWebhook().getBytes(StandardCharsets.UTF_8);
    QontakEvent event = QontakWebhooks.parser().parse(body);
    if (event instanceof QontakEvent.MessageFromCustomer m) {
      out.step("URL token accepted; parsed " + m.dataEvent() + ": \"" + m.message().text() + "\" from "
          + m.message().sender().name() + " in room " + m.message().roomId() + " (" + m.message().room().status() + ")");
    } else {
      out.step("URL token accepted; parsed " + event.getClass().getSimpleName());
    }
    try {
      check.verify("/qontak/hook?token=guessed");
    } catch (WebhookVerificationException e) {
      out.step("a delivery with a wrong URL token is rejected: " + e.getMessage());
    }

    // 7. Status webhooks come out of order; the tracker keeps the furthest status per message.
    MessageStatusTracker tracker = new MessageStatusTracker();
    List<String> seen = new ArrayList<>();
    for (String status : List.of("sent", "read", "delivered")) {
      QontakEvent e = QontakWebhooks.parser().parse(FakeQontak.statusWebhook(status));
      if (e instanceof QontakEvent.MessageStatusChanged s) {
        seen.add(s.status() + (tracker.offer(s) ? " (accepted)" : " (stale, dropped)"));
      }
    }
    out.step("status webhooks for message e1e2e3e4-0005: " + String.join(", ", seen)
        + "; furthest is " + tracker.current("e1e2e3e4-0005-4000-8000-000000000005"));
    if (live) {
      out.detail("(webhook bodies are built locally: Qontak delivers only to a public URL)");
    }
  }

  private static boolean all(Map<String, String> env, List<String> names) {
    return names.stream().allMatch(n -> Example.isSet(env, n));
  }

  /** The placeholder numbers of the template's body, in order: "1", "2", ... */
  private static List<String> placeholders(Template t) {
    List<String> keys = new ArrayList<>();
    Matcher m = PLACEHOLDER.matcher(t.body() == null ? "" : t.body());
    while (m.find()) {
      if (!keys.contains(m.group(1))) {
        keys.add(m.group(1));
      }
    }
    return keys;
  }

  private static String accountName(ChannelIntegration i) {
    Object name = i.settings() == null ? null : i.settings().get("account_name");
    return name == null ? "WhatsApp" : "\"" + name + "\"";
  }

  private static String enabled(InteractionSubscription s) {
    return s != null && Boolean.TRUE.equals(s.enabled()) ? "on" : "off";
  }

  /** Shows a phone number without its middle digits. */
  private static String mask(String number) {
    if (number == null || number.length() < 7) {
      return "***";
    }
    return number.substring(0, 5) + "****" + number.substring(number.length() - 3);
  }

  private static String randomToken() {
    byte[] bytes = new byte[32];
    new SecureRandom().nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  /** Records method, path, query, status and auth scheme of every request (never headers' values or bodies). */
  private static final class WireLog {
    private final List<String> lines = new ArrayList<>();

    Response intercept(okhttp3.Interceptor.Chain chain) throws java.io.IOException {
      okhttp3.Request request = chain.request();
      String auth = request.header("Authorization");
      String scheme = auth == null ? "no auth" : auth.regionMatches(true, 0, "hmac ", 0, 5) ? "hmac-signed"
          : auth.regionMatches(true, 0, "Bearer ", 0, 7) ? "Bearer" : "other auth";
      String target = request.url().encodedPath() + (request.url().encodedQuery() == null ? ""
          : "?" + request.url().encodedQuery());
      Response response = chain.proceed(request);
      synchronized (lines) {
        lines.add(request.method() + " " + target + " -> " + response.code() + " (" + scheme + ")");
      }
      return response;
    }

    void flushTo(Transcript out) {
      synchronized (lines) {
        lines.forEach(l -> out.detail("> " + l));
        lines.clear();
      }
    }
  }
}
