package dev.omnichannel.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The README's first command must work on a fresh machine: every example passes against its fake. */
class RunExamplesTest {

  @Test
  void everyExampleRunsAgainstItsEmbeddedFake() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int failures = RunExamples.runAll(Map.of(), List.of(), new Transcript(new PrintStream(bytes, true, StandardCharsets.UTF_8)));
    String transcript = bytes.toString(StandardCharsets.UTF_8);
    assertThat(failures).as(transcript).isZero();
    assertThat(transcript)
        .contains("== core (embedded fake server)")
        .contains("token requests so far: 1")
        .contains("one refresh, one re-send -> Siti; token requests so far: 2")
        .contains("NotFoundException: HTTP 404: Resource could not be found")
        .contains("signed webhook verified and parsed -> ContactCreated")
        .contains("tampered webhook rejected")
        .contains("== chatwoot (embedded fake server)")
        .contains("opened conversation #")
        .contains("sent incoming message #")
        .contains("verified and parsed webhook message_created: message #104 from Siti Rahma")
        .contains("a delivery signed with another secret is rejected")
        .contains("== qontak (embedded fake server)")
        .contains("authenticated (OAuth password grant, resources under /api/open/v1) and listed WhatsApp integrations: 1 found")
        .contains("> POST /oauth/token -> 200 (no auth)")
        .contains("> GET /api/open/v1/integrations?target_channel=wa -> 200 (Bearer)")
        .contains("using \"order_shipped\" (id, 2 body placeholders)")
        .contains("sent template \"order_shipped\" to 62812****890: broadcast 98b463bc-a8f1-4f19-84df-ae62967ff795")
        .contains("> POST /api/open/v1/broadcasts/whatsapp/direct -> 201 (Bearer)")
        .contains("broadcast log: 62812****890 delivered, WhatsApp message wamid.")
        .contains("message webhooks configured -> customer messages on, agent messages off, statuses on, broadcast logs on")
        .contains("> PUT /api/open/v1/message_interactions -> 200 (Bearer)")
        .contains("URL token accepted; parsed receive_message_from_customer: \"Terima kasih! Bisa dikirim sore?\" from Siti Rahma")
        .contains("a delivery with a wrong URL token is rejected")
        .contains("sent (accepted), read (accepted), delivered (stale, dropped); furthest is read")
        .contains("token requests the fake answered: 1")
        .doesNotContain("FAILED");
  }
}
