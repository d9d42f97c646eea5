package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.UnprocessableEntityException;
import dev.omnichannel.qontak.model.FileUpload;
import dev.omnichannel.qontak.model.InteractiveButton;
import dev.omnichannel.qontak.model.InteractiveHeader;
import dev.omnichannel.qontak.model.InteractiveMessageParams;
import dev.omnichannel.qontak.model.InteractiveRow;
import dev.omnichannel.qontak.model.InteractiveSection;
import dev.omnichannel.qontak.model.Message;
import dev.omnichannel.qontak.model.MessageMedia;
import dev.omnichannel.qontak.model.MessageSendParams;
import dev.omnichannel.qontak.model.MessageStatus;
import dev.omnichannel.qontak.model.MessageType;
import dev.omnichannel.qontak.model.ParticipantType;
import dev.omnichannel.qontak.model.RoomStatus;
import dev.omnichannel.qontak.model.SenderType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MessageServiceTest extends MessageMultipartSupport {

  static final String ROOM = "e658411a-99aa-417d-8c6f-40e1594554a7";
  static final String CDN_URL = "https://cdn.qontak.com/uploads/direct/images/3b2e1c40/image-20240618-101724.png";

  /** A created bot message as the send endpoints answer it: the message plus its room snapshot. */
  static String message(String id, String type, String text, String file) {
    return ok(q("{'id':'" + id + "','type':'" + type + "','room_id':'" + ROOM + "','is_campaign':false,"
        + "'sender_id':'0a4c1f5e-3f0e-4a57-9a55-6c1d1c3e2b10','sender_type':'Models::SystemAccount',"
        + "'sender':{'name':'Qontak Bot','avatar':null},'participant_id':'7d0f2b44-1c55-4f6e-b0b3-2c9a8e6d5f01',"
        + "'participant_type':'bot','organization_id':'5c8521e5-5978-4817-9ceb-ae1710d676c9',"
        + "'text':" + (text == null ? "null" : "'" + text + "'") + ",'status':'created','external_id':null,"
        + "'local_id':null,'reply':null,'created_at':'2025-03-28T10:04:48.120Z',"
        + "'file':" + (file == null ? "null" : file) + ",'file_uniq_id':null,"
        + "'room':{'id':'" + ROOM + "','name':'Burhanudin','description':'','status':'assigned',"
        + "'type':'Models::CustomerServiceRoom','tags':[],'channel':'wa','channel_account':'Qontak',"
        + "'organization_id':'5c8521e5-5978-4817-9ceb-ae1710d676c9','account_uniq_id':'628117661000',"
        + "'channel_integration_id':'b3a2ee0b-7dac-47b8-a115-7bc63abf8f15','session':'open',"
        + "'session_at':'2025-03-28T09:53:29.000Z','unread_count':0,'created_at':'2025-03-28T09:36:08.196Z',"
        + "'updated_at':'2025-03-28T10:04:48.200Z','avatar':null,'resolved_at':null,'external_id':null,"
        + "'resolved_by_id':null,'resolved_by_type':null}}"));
  }

  static String imageFile() {
    return q("{'url':'" + CDN_URL + "','filename':'image-20240618-101724.png','size':3}");
  }

  // --- row 24: POST /messages/whatsapp/bot ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsBotTextIsJson(Mode mode) throws Exception {
    respond(201, message("4198c4b2-d39d-45b5-ac9c-89bccb9513ec", "text", "Halo, pesanan Anda sudah dikirim", null));
    Message m = client(mode).messages().sendAsBot(MessageSendParams.text(ROOM, "Halo, pesanan Anda sudah dikirim"));
    expect(mode, "POST", "/messages/whatsapp/bot",
        q("{'room_id':'" + ROOM + "','type':'text','text':'Halo, pesanan Anda sudah dikirim'}"));
    assertThat(m.id()).isEqualTo("4198c4b2-d39d-45b5-ac9c-89bccb9513ec");
    assertThat(m.type()).isEqualTo(MessageType.TEXT);
    assertThat(m.roomId()).isEqualTo(ROOM);
    assertThat(m.senderType()).isEqualTo(SenderType.of("Models::SystemAccount"));
    assertThat(m.participantType()).isEqualTo(ParticipantType.of("bot"));
    assertThat(m.status()).isEqualTo(MessageStatus.of("created"));
    assertThat(m.externalIdOrNull()).isNull();
    assertThat(m.createdAt()).isEqualTo(Instant.parse("2025-03-28T10:04:48.120Z"));
    assertThat(m.room().id()).isEqualTo(ROOM);
    assertThat(m.room().status()).isEqualTo(RoomStatus.of("assigned"));
    assertThat(m.room().accountUniqId()).isEqualTo("628117661000");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsBotWithFileBytesIsMultipartWithAFilePart(Mode mode) throws Exception {
    respond(201, message("5a1d9c0e-6b7f-4c3a-8e21-0f9d8c7b6a54", "image", "Foto produk", imageFile()));
    Message m = client(mode).messages().sendAsBot(MessageSendParams.builder()
        .roomId(ROOM).type(MessageType.IMAGE).text("Foto produk")
        .media(MessageMedia.of("produk.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}))
        .build());
    assertThat(expectMultipart(mode, "/messages/whatsapp/bot")).containsExactly(
        text("room_id", ROOM),
        text("type", "image"),
        text("text", "Foto produk"),
        "form-data; name=\"file\"; filename=\"produk.png\" | image/png | 89504e47");
    assertThat(m.type()).isEqualTo(MessageType.IMAGE);
    assertThat(m.file()).containsEntry("url", CDN_URL).containsEntry("filename", "image-20240618-101724.png");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsBotWithAFileFromDiskUsesItsNameAndTheGivenType(Mode mode, @TempDir Path dir) throws Exception {
    Path pdf = Files.write(dir.resolve("invoice-0042.pdf"), "%PDF-1.4".getBytes(StandardCharsets.US_ASCII));
    respond(201, message("6b2e0d1f-7c80-4d4b-9f32-1a0e9d8c7b65", "document", null,
        q("{'url':'https://cdn.qontak.com/invoice-0042.pdf','filename':'invoice-0042.pdf','size':8}")));
    client(mode).messages().sendAsBot(
        MessageSendParams.media(ROOM, MessageType.DOCUMENT, MessageMedia.of(pdf, "application/pdf")));
    assertThat(expectMultipart(mode, "/messages/whatsapp/bot")).containsExactly(
        text("room_id", ROOM),
        text("type", "document"),
        "form-data; name=\"file\"; filename=\"invoice-0042.pdf\" | application/pdf | " + hex("%PDF-1.4"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsBotWithAHostedUrlSendsTheUrlAsTheFileField(Mode mode) throws Exception {
    // the explicit, unverified URL option: Qontak documents `file` as binary only
    respond(201, message("7c3f1e20-8d91-4e5c-a043-2b1f0e9d8c76", "image", null, imageFile()));
    client(mode).messages().sendAsBot(MessageSendParams.media(ROOM, MessageType.IMAGE, MessageMedia.url(CDN_URL)));
    assertThat(expectMultipart(mode, "/messages/whatsapp/bot")).containsExactly(
        text("room_id", ROOM), text("type", "image"), text("file", CDN_URL));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsBotAsync(Mode mode) throws Exception {
    respond(201, message("8d402f31-9ea2-4f6d-b154-3c2a1f0e9d87", "text", "async", null));
    Message m = client(mode).messages().sendAsBotAsync(MessageSendParams.text(ROOM, "async")).get(5, TimeUnit.SECONDS);
    expect(mode, "POST", "/messages/whatsapp/bot", q("{'room_id':'" + ROOM + "','type':'text','text':'async'}"));
    assertThat(m.text()).isEqualTo("async");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aClosedSessionWindowIs422(Mode mode) throws Exception {
    respond(422, q("{'status':'error','error':{'code':422,'messages':['room is expired, please send a template message']}}"));
    assertThatThrownBy(() -> client(mode).messages().sendAsBot(MessageSendParams.text(ROOM, "hi")))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.providerErrorMessage()).isEqualTo("room is expired, please send a template message"));
    expect(mode, "POST", "/messages/whatsapp/bot", q("{'room_id':'" + ROOM + "','type':'text','text':'hi'}"));
    assertThat(server.getRequestCount()).isEqualTo(1); // a POST is not retried
  }

  // --- row 25: POST /messages/whatsapp (community) ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsAgentWithLocalIdAndTime(Mode mode) throws Exception {
    respond(201, message("9e513042-afb3-4a7e-8265-4d3b2a1f0e98", "text", "Baik kak, saya cek dulu", null)
        .replace("\"local_id\":null", "\"local_id\":\"crm-1001\""));
    Message m = client(mode).messages().sendAsAgent(MessageSendParams.builder()
        .roomId(ROOM).type(MessageType.TEXT).text("Baik kak, saya cek dulu").localId("crm-1001")
        .createdAt(Instant.parse("2025-03-28T10:04:47Z")).build());
    expect(mode, "POST", "/messages/whatsapp", q("{'room_id':'" + ROOM + "','type':'text',"
        + "'text':'Baik kak, saya cek dulu','local_id':'crm-1001','created_at':'2025-03-28T10:04:47Z'}"));
    assertThat(m.localId()).isEqualTo("crm-1001");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsAgentWithMediaIsMultipart(Mode mode) throws Exception {
    respond(201, message("af624153-b0c4-4b8f-9376-5e4c3b2a1f09", "audio", null, null));
    client(mode).messages().sendAsAgent(MessageSendParams.builder()
        .roomId(ROOM).type(MessageType.AUDIO).localId("crm-1002")
        .media(MessageMedia.of("note.ogg", "audio/ogg", new byte[] {'O', 'g', 'g', 'S'})).build());
    assertThat(expectMultipart(mode, "/messages/whatsapp")).containsExactly(
        text("room_id", ROOM), text("type", "audio"), text("local_id", "crm-1002"),
        "form-data; name=\"file\"; filename=\"note.ogg\" | audio/ogg | 4f676753");
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendAsAgentAsync(Mode mode) throws Exception {
    respond(201, message("b0735264-c1d5-4c90-a487-6f5d4c3b2a10", "text", "ok", null));
    client(mode).messages().sendAsAgentAsync(MessageSendParams.text(ROOM, "ok")).get(5, TimeUnit.SECONDS);
    expect(mode, "POST", "/messages/whatsapp", q("{'room_id':'" + ROOM + "','type':'text','text':'ok'}"));
  }

  // --- row 26: POST /messages/whatsapp/interactive_message/bot (community) ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendInteractiveButtons(Mode mode) throws Exception {
    respond(201, message("c1846375-d2e6-4da1-b598-7a6e5d4c3b21", "interactive", "Pilih layanan", null)
        .replace("\"file\":null", "\"file\":null,\"buttons\":[{\"id\":\"order\",\"title\":\"Cek pesanan\"}]"));
    Message m = client(mode).messages().sendInteractive(InteractiveMessageParams.builder()
        .roomId(ROOM)
        .header(InteractiveHeader.image(CDN_URL))
        .body("Pilih layanan")
        .button("order", "Cek pesanan")
        .button(new InteractiveButton("agent", "Bicara dgn agen"))
        .build());
    expect(mode, "POST", "/messages/whatsapp/interactive_message/bot", q("{'room_id':'" + ROOM + "','type':'button',"
        + "'interactive':{'header':{'format':'IMAGE','link':'" + CDN_URL + "'},'body':'Pilih layanan',"
        + "'buttons':[{'id':'order','title':'Cek pesanan'},{'id':'agent','title':'Bicara dgn agen'}]}}"));
    assertThat(m.type()).isEqualTo(MessageType.INTERACTIVE);
    assertThat(m.buttons()).isInstanceOf(List.class);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendInteractiveList(Mode mode) throws Exception {
    respond(201, message("d2957486-e3f7-4eb2-86a9-8b7f6e5d4c32", "interactive", "Menu utama", null));
    client(mode).messages().sendInteractive(InteractiveMessageParams.builder()
        .roomId(ROOM)
        .header(InteractiveHeader.text("Toko Kita"))
        .body("Menu utama")
        .list("Lihat menu", List.of(
            InteractiveSection.of("Pesanan", new InteractiveRow("track", "Lacak", "Status pengiriman"),
                InteractiveRow.of("cancel", "Batalkan")),
            InteractiveSection.of("Bantuan", InteractiveRow.of("agent", "Agen"))))
        .build());
    expect(mode, "POST", "/messages/whatsapp/interactive_message/bot", q("{'room_id':'" + ROOM + "','type':'list',"
        + "'interactive':{'header':{'format':'TEXT','text':'Toko Kita'},'body':'Menu utama','lists':{'button':'Lihat menu',"
        + "'sections':[{'title':'Pesanan','rows':[{'id':'track','title':'Lacak','description':'Status pengiriman'},"
        + "{'id':'cancel','title':'Batalkan'}]},{'title':'Bantuan','rows':[{'id':'agent','title':'Agen'}]}]}}}"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendInteractiveAsyncWithADocumentHeader(Mode mode) throws Exception {
    respond(201, message("e3a68597-f408-4fc3-97ba-9c807f6e5d43", "interactive", "Invoice", null));
    client(mode).messages().sendInteractiveAsync(InteractiveMessageParams.builder().roomId(ROOM)
        .header(InteractiveHeader.document("https://cdn.qontak.com/inv.pdf", "inv.pdf"))
        .body("Invoice").button("pay", "Bayar").build()).get(5, TimeUnit.SECONDS);
    expect(mode, "POST", "/messages/whatsapp/interactive_message/bot", q("{'room_id':'" + ROOM + "','type':'button',"
        + "'interactive':{'header':{'format':'DOCUMENT','link':'https://cdn.qontak.com/inv.pdf','filename':'inv.pdf'},"
        + "'body':'Invoice','buttons':[{'id':'pay','title':'Bayar'}]}}"));
  }

  // --- row 27: POST /messages/whatsapp/hsm (community) ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendTemplateInRoomIsMultipart(Mode mode) throws Exception {
    respond(201, message("f4b796a8-0519-4ad4-a8cb-ad918f7e6f54", "template", "Hi Burhanudin, silakan periksa invoice", null));
    Message m = client(mode).messages().sendTemplateInRoom(ROOM, "cf7a16bd-e84f-4f72-8cce-70934edfc585");
    assertThat(expectMultipart(mode, "/messages/whatsapp/hsm")).containsExactly(
        text("room_id", ROOM), text("message_template_id", "cf7a16bd-e84f-4f72-8cce-70934edfc585"));
    assertThat(m.type()).isEqualTo(MessageType.TEMPLATE);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendTemplateInRoomAsync(Mode mode) throws Exception {
    respond(201, message("05c8a7b9-162a-4be5-b9dc-bea29a8f7065", "template", "x", null));
    client(mode).messages().sendTemplateInRoomAsync(ROOM, "tmpl-1").get(5, TimeUnit.SECONDS);
    assertThat(expectMultipart(mode, "/messages/whatsapp/hsm")).containsExactly(
        text("room_id", ROOM), text("message_template_id", "tmpl-1"));
  }

  // --- sendMedia: the bytes as the binary file part, one request ---

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendMediaSendsTheBytesAsTheBinaryFilePartWithoutUploadingFirst(Mode mode) throws Exception {
    respond(201, message("16d9b8ca-273b-4cf6-8aed-cfb3a09f8176", "image", "Katalog", imageFile()));
    Message m = client(mode).messages().sendMedia(ROOM, MessageType.IMAGE,
        MessageMedia.of("katalog.png", "image/png", new byte[] {1, 2, 3}), "Katalog");
    assertThat(expectMultipart(mode, "/messages/whatsapp/bot")).containsExactly(
        text("room_id", ROOM), text("type", "image"), text("text", "Katalog"),
        "form-data; name=\"file\"; filename=\"katalog.png\" | image/png | 010203");
    assertThat(server.getRequestCount()).isEqualTo(1); // no POST /file_uploader round trip
    assertThat(m.file()).containsEntry("url", CDN_URL);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void sendMediaAsyncSendsTheBytesInOneRequest(Mode mode) throws Exception {
    respond(201, message("27eac9db-384c-4d07-9bfe-d0c4b1a09287", "document", null, null));
    client(mode).messages().sendMediaAsync(ROOM, MessageType.DOCUMENT,
        MessageMedia.of("a.pdf", "application/pdf", new byte[] {'%'}), null).get(5, TimeUnit.SECONDS);
    assertThat(expectMultipart(mode, "/messages/whatsapp/bot")).containsExactly(
        text("room_id", ROOM), text("type", "document"),
        "form-data; name=\"file\"; filename=\"a.pdf\" | application/pdf | 25");
    assertThat(server.getRequestCount()).isEqualTo(1);
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void aRefusedSendMediaIsOneRequest(Mode mode) throws Exception {
    respond(401, q("{'message':'Unauthorized'}"));
    assertThatThrownBy(() -> client(mode).messages().sendMedia(ROOM, MessageType.IMAGE,
        MessageMedia.of("a.png", "image/png", new byte[] {1}), null)).isInstanceOf(AuthenticationException.class);
    respond(401, q("{'message':'Unauthorized'}"));
    assertThatThrownBy(() -> client(mode).messages().sendMediaAsync(ROOM, MessageType.IMAGE,
        MessageMedia.of("a.png", "image/png", new byte[] {1}), null).get(5, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(AuthenticationException.class);
    assertThat(server.getRequestCount()).isEqualTo(2);
    assertThat(server.takeRequest().getTarget()).isEqualTo(prefix(mode) + "/messages/whatsapp/bot");
    assertThat(server.takeRequest().getTarget()).isEqualTo(prefix(mode) + "/messages/whatsapp/bot");
  }

  @Test
  void sendMediaValidatesBeforeSending() {
    MessageService messages = client(Mode.OAUTH).messages();
    MessageMedia png = MessageMedia.of("a.png", "image/png", new byte[] {1});
    assertThatThrownBy(() -> messages.sendMedia(ROOM, MessageType.IMAGE, MessageMedia.url(CDN_URL), null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("URL");
    assertThatThrownBy(() -> messages.sendMedia(ROOM, MessageType.TEXT, png, "x"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("media type");
    assertThatThrownBy(() -> messages.sendMediaAsync(" ", MessageType.IMAGE, png, null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("room_id");
    assertThat(server.getRequestCount()).isZero();
  }

  // --- validation ---

  @Test
  void sendParamsRequireRoomTypeTextForTextAndMediaForMediaTypes() {
    assertThatThrownBy(() -> MessageSendParams.builder().type(MessageType.TEXT).text("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("room_id");
    assertThatThrownBy(() -> MessageSendParams.builder().roomId(ROOM).text("x").build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("type");
    assertThatThrownBy(() -> MessageSendParams.text(ROOM, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text is required");
    assertThatThrownBy(() -> MessageSendParams.builder().roomId(ROOM).type(MessageType.TEXT).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("text is required");
    for (MessageType media : List.of(MessageType.IMAGE, MessageType.VIDEO, MessageType.AUDIO,
        MessageType.DOCUMENT, MessageType.VOICE)) {
      assertThatThrownBy(() -> MessageSendParams.builder().roomId(ROOM).type(media).text("caption").build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("file or URL");
    }
    assertThat(MessageSendParams.builder().roomId(ROOM).type(MessageType.LOCATION).build().isMultipart()).isFalse();
    assertThat(MessageSendParams.text(ROOM, "secret text").toString()).isEqualTo("MessageSendParams[room_id, type, text]");
  }

  @Test
  void interactiveParamsAllowAtMostThreeButtonsAndEitherButtonsOrAList() {
    InteractiveMessageParams.Builder four = InteractiveMessageParams.builder().roomId(ROOM).body("b")
        .button("1", "a").button("2", "b").button("3", "c").button("4", "d");
    assertThatThrownBy(four::build).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at most 3");
    assertThat(InteractiveMessageParams.builder().roomId(ROOM).body("b")
        .button("1", "a").button("2", "b").button("3", "c").build().toJson()).containsEntry("type", "button");
    assertThatThrownBy(() -> InteractiveMessageParams.builder().roomId(ROOM).body("b").build())
        .hasMessageContaining("either buttons or a list");
    assertThatThrownBy(() -> InteractiveMessageParams.builder().roomId(ROOM).body("b").button("1", "a")
        .list("menu", List.of(InteractiveSection.of("s", InteractiveRow.of("r", "R")))).build())
        .hasMessageContaining("either buttons or a list");
    assertThatThrownBy(() -> InteractiveMessageParams.builder().body("b").button("1", "a").build())
        .hasMessageContaining("room_id");
    assertThatThrownBy(() -> InteractiveMessageParams.builder().roomId(ROOM).button("1", "a").build())
        .hasMessageContaining("body");
    assertThatThrownBy(() -> InteractiveMessageParams.builder().roomId(ROOM).body("b").list(" ",
        List.of(InteractiveSection.of("s", InteractiveRow.of("r", "R")))).build()).hasMessageContaining("button text");
    assertThatThrownBy(() -> InteractiveMessageParams.builder().roomId(ROOM).body("b").list("menu", List.of()).build())
        .hasMessageContaining("at least one section");
    assertThatThrownBy(() -> new InteractiveSection("s", List.of())).hasMessageContaining("at least one row");
    assertThatThrownBy(() -> new InteractiveButton("", "t")).hasMessageContaining("button id");
    assertThatThrownBy(() -> new InteractiveRow("r", null, null)).hasMessageContaining("row title");
  }

  @Test
  void templateInRoomRequiresBothIds() {
    assertThatThrownBy(() -> client(Mode.OAUTH).messages().sendTemplateInRoom(ROOM, " "))
        .hasMessageContaining("messageTemplateId");
    assertThatThrownBy(() -> client(Mode.OAUTH).messages().sendTemplateInRoomAsync(null, "t"))
        .hasMessageContaining("roomId");
  }

  @Test
  void mediaHidesItsContent() {
    assertThat(MessageMedia.of("a.png", null, new byte[] {1, 2}).toString())
        .isEqualTo("MessageMedia[a.png, application/octet-stream, 2 bytes]");
    assertThat(MessageMedia.url(CDN_URL).toString()).isEqualTo("MessageMedia[url]");
    assertThatThrownBy(() -> MessageMedia.url(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> MessageMedia.of(" ", "image/png", new byte[0])).isInstanceOf(IllegalArgumentException.class);
    assertThat(new FileUpload("f.png", CDN_URL).asMedia().url()).isEqualTo(CDN_URL);
  }

  @Test
  void hmacDigestIsNeverSentForMultipartButTheSignatureStillMatches() throws Exception {
    try (QontakClient c = QontakClient.builder().baseUrl(server.url("/").toString())
        .clock(java.time.Clock.fixed(NOW, ZoneOffset.UTC)).sleeper(sleeper)
        .mekariHmac(CLIENT_ID, CLIENT_SECRET).hmacDigest(true).build()) {
      respond(201, message("38fbdaec-495d-4e18-acf0-e1d5c2b1a398", "image", null, imageFile()));
      c.messages().sendAsBot(MessageSendParams.media(ROOM, MessageType.IMAGE,
          MessageMedia.of("a.png", "image/png", new byte[] {1})));
      RecordedRequest multipart = takeSigned(Mode.HMAC, "/messages/whatsapp/bot");
      assertThat(parts(multipart)).hasSize(3);
      respond(201, message("49acebfd-5a6f-4f29-bd01-f2e6d3c2b4a9", "text", "hi", null));
      c.messages().sendAsBot(MessageSendParams.text(ROOM, "hi"));
      RecordedRequest json = server.takeRequest();
      assertAuth(Mode.HMAC, json);
      assertThat(json.getHeaders().get("Digest")).startsWith("SHA-256="); // JSON bodies do get one
    }
  }
}
