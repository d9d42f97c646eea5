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
        .doesNotContain("FAILED");
  }
}
