package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;

/**
 * An API-channel inbox as the Client API shows it ({@code public_inbox}). The inbox identifier
 * acts as a secret (anyone who has it may create contacts and messages), so {@link #toString()}
 * leaves it out.
 *
 * @param identifier the inbox identifier, as sent in the path
 * @param name the inbox name
 * @param timezone the inbox time zone, e.g. {@code UTC}
 * @param workingHours the weekly schedule (only day, open/closed flags and hours are set), never null
 * @param workingHoursEnabled whether working hours are enforced
 * @param csatSurveyEnabled whether the CSAT survey is sent on resolution
 * @param greetingEnabled whether the greeting message is on
 * @param identityValidationEnabled whether contacts must send an {@code identifier_hash}
 *     (the inbox's {@code hmac_mandatory})
 */
public record PublicInbox(
    String identifier,
    String name,
    String timezone,
    @Json(name = "working_hours") List<WorkingHours> workingHours,
    @Json(name = "working_hours_enabled") Boolean workingHoursEnabled,
    @Json(name = "csat_survey_enabled") Boolean csatSurveyEnabled,
    @Json(name = "greeting_enabled") Boolean greetingEnabled,
    @Json(name = "identity_validation_enabled") Boolean identityValidationEnabled) {

  /**
   * Normalises a missing schedule to an empty list.
   *
   * @param identifier the inbox identifier, as sent in the path
   * @param name the inbox name
   * @param timezone the inbox time zone, e.g. {@code UTC}
   * @param workingHours the weekly schedule, never null
   * @param workingHoursEnabled whether working hours are enforced
   * @param csatSurveyEnabled whether the CSAT survey is sent on resolution
   * @param greetingEnabled whether the greeting message is on
   * @param identityValidationEnabled whether contacts must send an {@code identifier_hash}
   */
  public PublicInbox {
    workingHours = JsonSupport.listOrEmpty(workingHours);
  }

  /**
   * Describes the inbox without its identifier.
   *
   * @return a description
   */
  @Override
  public String toString() {
    return "PublicInbox[name=" + name + ", timezone=" + timezone
        + ", workingHoursEnabled=" + workingHoursEnabled + ", csatSurveyEnabled=" + csatSurveyEnabled
        + ", greetingEnabled=" + greetingEnabled + ", identityValidationEnabled=" + identityValidationEnabled
        + "]";
  }
}
