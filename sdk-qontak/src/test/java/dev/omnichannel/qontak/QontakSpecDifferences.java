package dev.omnichannel.qontak;

import dev.omnichannel.core.testing.openapi.Allowance;
import dev.omnichannel.core.testing.openapi.Violation;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Where the Qontak API as the SDK uses it (research {@code shared/research/qontak.md}) differs from
 * the MAG OpenAPI subset ({@code qontak-chat-mag-subset.derived.openapi.json}, 43 operations
 * converted from a Postman collection): endpoints the subset does not contain, and fields or query
 * parameters the export lost. Each entry names the operation, the violation location it forgives
 * and the reason with its evidence (O official, C community, I inferred, as in the research).
 */
final class QontakSpecDifferences {

  private QontakSpecDifferences() {}

  /** The MAG resource prefix the spec's paths carry. */
  static final String PREFIX = "/qontak/chat/v1";

  /**
   * An endpoint the SDK calls that is not an operation of the MAG subset: its requests are
   * counted as unvalidated, never failed.
   *
   * @param row the research §6 row
   * @param method the HTTP method
   * @param path the resource path after the prefix, with {@code {name}} placeholders
   * @param reason why it is absent, with evidence
   */
  record NotInSpec(int row, String method, String path, String reason) {
    boolean matches(String m, String resourcePath) {
      return method.equals(m) && Pattern.compile(path.replaceAll("\\{[^}/]+}", "[^/]+")).matcher(resourcePath).matches();
    }

    @Override
    public String toString() {
      return "row " + row + " " + method + " " + path + ": " + reason;
    }
  }

  /**
   * A forgiven violation of a spec operation.
   *
   * @param research the research reference
   * @param method the operation's method
   * @param path the operation's normalised resource path after the prefix (sample UUIDs as
   *     {@code {<segment>_id}}, see {@code OpenApiSpec.normalise})
   * @param location the violation location glob ({@code *} matches anything)
   * @param messagePattern a regular expression the message must contain, or null
   * @param reason why the SDK sends it anyway
   */
  record Difference(String research, String method, String path, String location, String messagePattern,
      String reason) implements Allowance {

    String operationId() {
      return method + " " + PREFIX + path;
    }

    @Override
    public boolean covers(Violation v) {
      if (!operationId().equals(v.operationId())) {
        return false;
      }
      Pattern glob = Pattern.compile(List.of(location.split("\\*", -1)).stream().map(Pattern::quote)
          .collect(Collectors.joining(".*")));
      return glob.matcher(v.location()).matches()
          && (messagePattern == null || Pattern.compile(messagePattern).matcher(v.message()).find());
    }

    @Override
    public String toString() {
      return "[" + research + "] " + operationId() + " @ " + location + ": " + reason;
    }
  }

  private static final String NO_QUERY = "the Postman export declares no query parameters for this operation";

  /** Endpoints outside the MAG subset (research §6: O from the 2021 docs or MAG prose, C community, I inferred). */
  static final List<NotInSpec> NOT_IN_SPEC = List.of(
      new NotInSpec(3, "GET", "/health", "O: 2021 qontak-dev/chat Swagger 2.0 only"),
      new NotInSpec(17, "DELETE", "/templates/{id}/whatsapp",
          "I: only a 2021 doc link names a template delete; the SDK infers the path from retrieve (TemplateService.delete)"),
      new NotInSpec(19, "POST", "/broadcasts/whatsapp", "O: named in MAG prose, not an operation of the export; body C"),
      new NotInSpec(23, "POST", "/broadcasts/contacts", "C: omclabs/go-qontak, pushm0v/goqontak"),
      new NotInSpec(24, "POST", "/messages/whatsapp/bot", "O: 2021 qontak-dev/chat Swagger 2.0 only"),
      new NotInSpec(25, "POST", "/messages/whatsapp", "C: maskentir/qontalk and others"),
      new NotInSpec(26, "POST", "/messages/whatsapp/interactive_message/bot", "C: community code"),
      new NotInSpec(27, "POST", "/messages/whatsapp/hsm", "C: one app"),
      new NotInSpec(29, "GET", "/contacts/contact_lists", "C: community code"),
      new NotInSpec(30, "POST", "/contacts/contact_lists/async", "C: community code; multipart in docs.qontak.com extracts"),
      new NotInSpec(34, "POST", "/contacts/contact_lists/add_contacts", "C: one Apps Script"),
      new NotInSpec(57, "POST", "/rooms/{id}/handover/{user_id}", "C: one app"),
      new NotInSpec(58, "GET", "/rooms/auto_takeover/agents/assignable",
          "C: one app (would otherwise be taken for GET /rooms/{id}/agents/assignable)"),
      new NotInSpec(59, "PUT", "/message_interactions", "O: 2021 qontak-dev/chat Swagger 2.0 and Message-Interaction.md"),
      new NotInSpec(60, "GET", "/message_interactions", "C: community code"),
      new NotInSpec(61, "PUT", "/room_interactions", "O: 2021 qontak-dev/chat Swagger 2.0"),
      new NotInSpec(62, "GET", "/room_interactions", "C: community code"),
      new NotInSpec(63, "PUT", "/waba_interactions", "C: impack-pratama/qontak"));

  /** Forgiven violations of MAG operations. */
  static final List<Difference> ALL = List.of(
      new Difference("§6 row 4", "GET", "/integrations", "query *", null,
          NO_QUERY + "; target_channel, all and the common list parameters are documented (O: qontak-api-js types, docs.qontak.com)"),
      new Difference("§6 row 37", "GET", "/rooms", "query *", null,
          NO_QUERY + "; the filters are listed only in its description text (O)"),
      new Difference("§6 row 39", "GET", "/rooms/list/expired", "query *", null, NO_QUERY + "; same filters as GET /rooms (O)"),
      new Difference("§6 row 40", "GET", "/rooms/specific/info", "query type", null,
          "type (customer_service/comment/review) is documented in the operation text, not declared (O)"),
      new Difference("§6 row 42", "GET", "/rooms/{rooms_id}/histories", "query *", null, NO_QUERY + "; offset, limit, query (O)"),
      new Difference("§6 row 43", "GET", "/rooms/{rooms_id}/agents/assignable", "query *", null,
          NO_QUERY + "; list parameters and is_online (O)"),
      new Difference("§6 row 41", "GET", "/rooms/{rooms_id}/participants", "query *", null,
          NO_QUERY + "; its description lists the room filters (O)"),
      new Difference("§6 row 20", "GET", "/broadcasts/whatsapp", "query *", null,
          NO_QUERY + "; common list parameters, category, start_date, end_date, target_channel[], execute_types[] (O)"),
      new Difference("§6 row 22", "GET", "/broadcasts/{broadcasts_id}/whatsapp/log", "query *", null,
          NO_QUERY + "; list parameters (O)"),
      new Difference("§6 row 10", "GET", "/templates/whatsapp", "query *", null,
          NO_QUERY + "; status, statuses[], category[], excluded_category[], hsm_chat, list parameters (O: qontak-api-js)"),
      new Difference("§6 row 16", "GET", "/templates/languages", "query *", null, NO_QUERY + "; list parameters (O)"),
      new Difference("§6 row 32", "GET", "/contacts/contact_lists/contacts/{contacts_id}", "query *", null,
          NO_QUERY + "; list parameters (O)"),
      new Difference("§5", "GET", "/users", "query cursor*", null,
          "cursor and cursor_direction are common list parameters (O: qontak-api-js types) the export omits"),
      new Difference("§5", "GET", "/divisions", "query cursor*", null,
          "cursor and cursor_direction are common list parameters (O: qontak-api-js types) the export omits"),
      new Difference("§5", "GET", "/divisions", "query is_counted", null,
          "is_counted is a common list parameter (O: qontak-api-js types) the export omits"),
      new Difference("§7.1", "POST", "/broadcasts/whatsapp/direct", "body $.language.code", "expected one of",
          "the schema's enum shows only id/en; the code must equal the template's language, e.g. en_US (O examples)"),
      new Difference("§7.1", "POST", "/broadcasts/whatsapp/direct", "body $.name", null,
          "optional broadcast name (C: mimamch/qontak)"),
      new Difference("§7.1", "POST", "/broadcasts/whatsapp/direct", "body $.parameters", "required property missing",
          "parameters may be omitted for templates without variables (C)"),
      new Difference("§6 row 36", "DELETE", "/contact_block/{contact_block_id}", "body", null,
          "Qontak's SDK types send {room_id}; the export declares no body (O)"),
      new Difference("§6 row 54", "DELETE", "/rooms/{rooms_id}/tags", "body", null,
          "the tag to remove goes in the body like POST ({tag}); the export declares none (I)"),
      new Difference("§6 row 48", "PUT", "/rooms/{id}/resolve", "content-type", null,
          "the export's request body has no content; one app sends {status} (C)"));
}
