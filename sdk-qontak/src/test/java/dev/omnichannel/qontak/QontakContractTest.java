package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.omnichannel.core.testing.openapi.ContractValidator;
import dev.omnichannel.core.testing.openapi.OpenApiSpec;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Checks the contract check itself against the MAG subset (skipped when the spec is absent). */
class QontakContractTest {

  static final String P = QontakSpecDifferences.PREFIX;
  ContractValidator v;

  @BeforeEach
  void spec() {
    v = QontakContract.validator();
    assumeTrue(v != null, "the MAG spec is absent (" + QontakContract.SPEC + "): nothing to check");
  }

  private Set<String> operationIds() {
    Set<String> ids = new TreeSet<>();
    v.spec().operations().forEach(op -> ids.add(op.operationId()));
    return ids;
  }

  @Test
  void theSubsetHas43OperationsWithSampleUuidsAsParameters() {
    assertThat(v.spec().operations()).hasSize(43);
    assertThat(operationIds()).hasSize(43)
        .contains("GET " + P + "/rooms/{rooms_id}", "PUT " + P + "/rooms/{rooms_id}/mark_all_as_read",
            "GET " + P + "/rooms/{rooms_id}/participants", "AssignAgentToRoom")
        .noneMatch(id -> OpenApiSpec.UUID_SEGMENT.matcher(id).find());
  }

  @Test
  void everyRecordedDifferenceNamesASpecOperation() {
    for (QontakSpecDifferences.Difference d : QontakSpecDifferences.ALL) {
      assertThat(operationIds()).as(d.toString()).contains(d.operationId());
    }
  }

  @Test
  void everyEndpointOutsideTheSubsetReallyIsOutside() {
    for (QontakSpecDifferences.NotInSpec n : QontakSpecDifferences.NOT_IN_SPEC) {
      String target = P + n.path().replaceAll("\\{[^}/]+}", "0f5c2d1e-1234-4abc-8def-0123456789ab");
      ContractValidator.Result r = v.validate(n.method(), target, null, "");
      boolean isOperation = r.violations().stream().noneMatch(x -> x.location().equals("path") || x.location().equals("method"));
      if (n.row() == 58) {
        // The literal path also matches GET /rooms/{id}/agents/assignable; the list entry takes precedence.
        assertThat(r.operationId()).isEqualTo("GET " + P + "/rooms/{rooms_id}/agents/assignable");
      } else {
        assertThat(isOperation).as(n.toString()).isFalse();
      }
    }
  }

  @Test
  void realRequestsPassAndBrokenOnesFail() {
    String room = "0f5c2d1e-1234-4abc-8def-0123456789ab";
    assertThat(v.validate("GET", P + "/rooms/" + room, null, "").ok()).isTrue();
    assertThat(v.validate("PUT", P + "/rooms/" + room + "/mark_all_as_read", null, "").ok()).isTrue();
    assertThat(v.validate("PUT", P + "/rooms/resolve_expired", null, "").operationId())
        .isEqualTo("PUT " + P + "/rooms/resolve_expired");
    assertThat(v.validate("GET", P + "/rooms/" + room + "/histories?offset=1&limit=10", null, "").ok()).isTrue();
    String direct = "{\"to_number\":\"6281234567890\",\"to_name\":\"Test User\",\"message_template_id\":\"t\","
        + "\"channel_integration_id\":\"c\",\"language\":{\"code\":\"en_US\"},\"parameters\":{\"body\":"
        + "[{\"key\":\"1\",\"value\":\"name\",\"value_text\":\"Budi\"}]}}";
    assertThat(v.validate("POST", P + "/broadcasts/whatsapp/direct", "application/json", direct).ok()).isTrue();
    assertThat(v.validate("POST", P + "/broadcasts/whatsapp/direct", "application/json",
        direct.replace("\"to_number\":\"6281234567890\"", "\"to_number\":6281234567890")).ok()).isFalse();
    assertThat(v.validate("POST", P + "/broadcasts/whatsapp/direct", "application/json",
        "{\"to_number\":\"1\",\"language\":{\"code\":\"id\"},\"parameters\":{}}").violations())
        .extracting(x -> x.location()).contains("body $.to_name", "body $.message_template_id");
    assertThat(v.validate("DELETE", P + "/users", null, "").ok()).isFalse();
    assertThat(v.validate("GET", P + "/users?role=agent&colour=red", null, "").violations())
        .extracting(x -> x.location()).containsExactly("query colour");
  }
}
