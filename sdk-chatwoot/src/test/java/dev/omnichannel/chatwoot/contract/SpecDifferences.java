package dev.omnichannel.chatwoot.contract;

import dev.omnichannel.core.testing.openapi.Allowance;
import dev.omnichannel.core.testing.openapi.Violation;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The one place where the contract check ({@link ContractCheck}, on the sdk-core test-jar's
 * {@code dev.omnichannel.core.testing.openapi.ContractValidator}) records how the real Chatwoot server (v4.15.1) differs
 * from its OpenAPI spec. The SDK follows the server; each entry says why, citing the research
 * notes ({@code shared/research/chatwoot.md}, section 1.1, or another section when named).
 *
 * <p>An entry with a {@code location} forgives matching request violations: same operationId,
 * location glob ({@code *} matches anything, e.g. {@code body $.subscriptions[*]}) and, when given,
 * a message pattern. An entry without a location is a recorded difference that the request
 * validator handles structurally or that concerns responses or auth only (it cannot be seen in a
 * request), listed so the summary shows all of them.
 */
public final class SpecDifferences {

  private SpecDifferences() {}

  /**
   * One spec-versus-server difference.
   *
   * @param research the research reference, e.g. {@code 1.1 #8}
   * @param operationId the operation concerned ({@code *} for several)
   * @param location the violation location glob this forgives, or null when informational
   * @param messagePattern a regular expression the violation message must contain, or null for any
   * @param reason why the SDK follows the server here
   */
  public record Difference(String research, String operationId, String location, String messagePattern,
      String reason) implements Allowance {

    /**
     * Whether this entry forgives a violation.
     *
     * @param v the violation
     * @return true when operationId, location and message match
     */
    @Override
    public boolean covers(Violation v) {
      if (location == null || !(operationId.equals("*") || operationId.equals(v.operationId()))) {
        return false;
      }
      if (!glob(location).matcher(v.location()).matches()) {
        return false;
      }
      return messagePattern == null || Pattern.compile(messagePattern).matcher(v.message()).find();
    }

    private static Pattern glob(String g) {
      return Pattern.compile(List.of(g.split("\\*", -1)).stream().map(Pattern::quote)
          .collect(Collectors.joining(".*")));
    }

    @Override
    public String toString() {
      return "[" + research + "] " + operationId + (location == null ? "" : " @ " + location) + ": " + reason;
    }
  }

  /** Operations left out of the index entirely. */
  public static final Set<String> EXCLUDED_OPERATIONS = Set.of("getConversationMessages");

  /** Every recorded difference. */
  public static final List<Difference> ALL = List.of(
      // ---- research 1.1: the twelve documented defects ----
      new Difference("1.1 #1", "getConversationMessages", null, null,
          "stray duplicate of list-all-messages without the /api/v1 prefix: excluded from the index "
              + "(EXCLUDED_OPERATIONS), so a request to it fails as an unknown path"),
      new Difference("1.1 #2", "get-details-of-a-inbox", null, null,
          "Client API inbox details is only in swagger.json (not client_swagger.json): the check reads swagger.json"),
      new Difference("1.1 #3", "get-agent-conversation-metrics", null, null,
          "account and agent conversation metrics differ only by a trailing slash on one server route: paths "
              + "are matched ignoring a trailing slash and every candidate operation is tried; `type` tells them apart"),
      new Difference("1.1 #4", "*", null, null,
          "18 operations declare a path parameter twice: parameters are keyed by location and name, "
              + "operation-level overriding path-level"),
      new Difference("1.1 #5", "*", null, null,
          "OAS 3.1 type arrays ([integer, string], [string, null]): the validator accepts type lists and `nullable`"),
      new Difference("1.1 #6", "*", null, null,
          "documented error schema differs from the server's three error shapes: response-only, "
              + "covered by ChatwootErrorDecoderTest"),
      new Difference("1.1 #7", "contactUpdate", null, null,
          "documented 204, server answers 200 {payload:{contact}}: response-only"),
      new Difference("1.1 #8", "create-a-webhook", "body $.subscriptions[*]", "actual \"inbox_(created|updated)\"",
          "the server's Webhook::ALLOWED_WEBHOOK_EVENTS also accepts inbox_created and inbox_updated"),
      new Difference("1.1 #8", "update-a-webhook", "body $.subscriptions[*]", "actual \"inbox_(created|updated)\"",
          "the server's Webhook::ALLOWED_WEBHOOK_EVENTS also accepts inbox_created and inbox_updated"),
      new Difference("1.1 #9", "create-a-message", "content-type", "multipart/form-data",
          "the Client API message create also accepts multipart attachments[] (messages_controller#build_attachment)"),
      new Difference("1.1 #10", "*", null, null,
          "agent-bot tokens reach more operations than the spec's security lists: auth-only, not visible in a request"),
      new Difference("1.1 #11", "*", null, null,
          "message_type is a string in request bodies, an integer 0-3 in REST responses: response-side "
              + "(the request schemas already use strings)"),
      new Difference("1.1 #12", "list-all-webhooks", null, null,
          "webhook list/create/update answers are wrapped in payload: response-only"),
      // ---- found by this check in the SDK's own requests (add below, with the evidence) ----
      new Difference("server code", "get-account-custom-attribute", "query attribute_model",
          "required query parameter missing",
          "optional on the server: CustomAttributeDefinition.with_attribute_model ignores a blank value and lists "
              + "every model (app/models/custom_attribute_definition.rb)"),
      new Difference("server code", "get-account-custom-attribute", "query attribute_model",
          "actual '(conversation|contact|company)_attribute'",
          "attribute_model is a Rails enum, so where(attribute_model:) also takes the names; the spec lists only "
              + "the codes 0 and 1 (app/models/custom_attribute_definition.rb)"),
      new Difference("server code", "add-new-custom-attribute-to-account", "body $.attribute_*",
          "expected integer, actual string",
          "attribute_display_type and attribute_model are Rails enums: the names (text, list, contact_attribute, ...) "
              + "are accepted as well as the integer codes the spec documents (app/models/custom_attribute_definition.rb)"),
      new Difference("server code", "update-custom-attribute-in-account", "body $.attribute_*",
          "expected integer, actual string",
          "attribute_display_type and attribute_model are Rails enums: the names are accepted as well as the codes "
              + "(app/models/custom_attribute_definition.rb)"),
      new Difference("deployment", "*", "path", "^base path prefix",
          "a self-hosted Chatwoot may be served under a path prefix (base URL https://host/chat/); the spec's "
              + "server has none. The rest of the path is still validated (ChatwootClientTest)"),
      new Difference("server code", "update-agents-in-inbox", "body $.inbox_id", "expected string, actual integer",
          "the spec types inbox_id as a string here (with the example 1) but as an integer on add-new-agent-to-inbox; "
              + "the server looks it up with Current.account.inboxes.find(params[:inbox_id]), and Rails ids are accepted "
              + "as integer or string (app/controllers/api/v1/accounts/inbox_members_controller.rb)"),
      new Difference("server code", "delete-agent-in-inbox", "body $.inbox_id", "expected string, actual integer",
          "as for update-agents-in-inbox: Current.account.inboxes.find(params[:inbox_id]) takes an integer or a string "
              + "(app/controllers/api/v1/accounts/inbox_members_controller.rb)"),
      new Difference("server code", "updateAgentBot", "body $.agent_bot", "actual null",
          "agent_bot: null disconnects the bot: fetch_agent_bot only looks one up `if params[:agent_bot]`, and "
              + "set_agent_bot destroys the inbox's agent_bot_inbox when none was found "
              + "(app/controllers/api/v1/accounts/inboxes_controller.rb)"),
      new Difference("server code", "assign-a-conversation", "body $.assignee_type", "property not in the schema",
          "assignee_type: \"AgentBot\" assigns an agent bot (v4.8.0+, research 3.5): AssignmentsController#create "
              + "checks params[:assignee_type] and Conversations::AssignmentService assigns the bot "
              + "(app/controllers/api/v1/accounts/conversations/assignments_controller.rb)"),
      new Difference("server code", "assign-a-conversation", "body $.*_id", "actual null",
          "an explicit null unassigns: the controller tests params.key?(:assignee_id) / key?(:team_id), and "
              + "find_by(id: nil) yields no assignee / team, which is saved "
              + "(app/controllers/api/v1/accounts/conversations/assignments_controller.rb)"),
      new Difference("server code", "delete-an-account-user", "body", "takes no request body",
          "the spec documents no parameter at all, but the server needs the user: destroy reads "
              + "params.permit(:user_id)[:user_id], and Rails merges a JSON body into params "
              + "(app/controllers/platform/api/v1/account_users_controller.rb)"),
      new Difference("server code", "create-an-integration-hook", "body $.app_id", "expected integer, actual string",
          "integration apps are identified by string ids (dialogflow, slack, openai, ... from config/integration/apps.yml): "
              + "integrations_hooks.app_id is a string column (app/models/integrations/hook.rb)"),
      new Difference("server code", "create-a-custom-filter", "body $.filter_type", "property not in the schema",
          "the server persists filter_type, not the spec's type: permitted_payload is "
              + "params.require(:custom_filter).permit(:name, :filter_type, :is_board, query: {}), so the SDK sends both "
              + "(app/controllers/api/v1/accounts/custom_filters_controller.rb)"),
      new Difference("server code", "update-a-custom-filter", "body $.filter_type", "property not in the schema",
          "as for create-a-custom-filter: the server reads filter_type "
              + "(app/controllers/api/v1/accounts/custom_filters_controller.rb)"),
      new Difference("server code", "list-all-conversation-statistics", "query metric",
          "actual '(reply_time|bot_resolutions_count|bot_handoffs_count)'",
          "V2::ReportBuilder#timeseries dispatches on params[:metric], and the builders also define reply_time, "
              + "bot_resolutions_count and bot_handoffs_count (app/builders/v2/report_builder.rb and its count builders)"),
      new Difference("server code", "list-all-conversation-statistics", "query group_by", "unknown query parameter",
          "ReportsController#common_params passes params[:group_by] (day, week, month, year, hour; default day) "
              + "to the report builder (app/controllers/api/v2/accounts/reports_controller.rb)"),
      new Difference("server code", "list-all-conversation-statistics", "query timezone_offset",
          "unknown query parameter",
          "ReportsController#report_params passes params[:timezone_offset], which V2::ReportBuilder uses to bucket "
              + "and stamp the points (app/controllers/api/v2/accounts/reports_controller.rb)"),
      new Difference("research 4.2", "contactInboxCreation", "body $.hmac_verified", "property not in the schema",
          "the Application API can mark a contact_inbox as verified with hmac_verified=true on contact_inbox create "
              + "(research 4.2; app/controllers/concerns/hmac_concern.rb casts params[:hmac_verified])"),
      new Difference("server code", "create-a-contact", "body $.avatar_url", "property not in the schema",
          "Client API contact create permits avatar_url (params.permit(:identifier, :identifier_hash, :email, :name, "
              + ":avatar_url, ...), app/controllers/public/api/v1/inboxes/contacts_controller.rb); the spec's own avatar "
              + "description says \"or use the avatar_url\""),
      new Difference("research 5.1", "list-all-conversation-messages", "query before", "unknown query parameter",
          "Client API messages page backwards with `before` (research 5.1: \"Messages use before only\"; "
              + "message_finder_params passes params[:before], app/controllers/public/api/v1/inboxes/messages_controller.rb)"),
      new Difference("server code", "update-a-message", "body $.submitted_values", "expected object, actual array",
          "form messages submit one {name, title, value} per field: message_update_params is "
              + "params.permit(submitted_values: [:name, :title, :value]), which takes an array of such hashes "
              + "(app/controllers/public/api/v1/inboxes/messages_controller.rb)"),
      new Difference("server code", "toggle-priority-of-a-conversation", "body $.priority", "actual null",
          "priority: null clears the priority. The spec's `none` is not accepted: Conversation's priority is "
              + "enum { low, medium, high, urgent } with no none (app/models/conversation.rb), and toggle_priority "
              + "does @conversation.priority = params[:priority].presence, so `none` raises ArgumentError while "
              + "null saves a nil priority (app/controllers/api/v1/accounts/conversations_controller.rb)"),
      new Difference("server code", "update-conversation", "body $.priority", "actual null",
          "as for toggle-priority-of-a-conversation: null unsets the priority enum, the spec's `none` is not one of "
              + "its values (app/models/conversation.rb) and would be rejected by the enum assignment"),
      new Difference("test only", "update-account", "body $.future_flag", "property not in the schema",
          "AccountAndProfileServiceTest sends an invented field through the extra() escape hatch on purpose")
  );
}
