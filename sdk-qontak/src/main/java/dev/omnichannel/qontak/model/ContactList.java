package dev.omnichannel.qontak.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A contact list: the recipients of a bulk broadcast, imported asynchronously from a spreadsheet
 * ({@code GET /contacts/contact_lists/{id}}). Broadcast to it only once {@link #isFinished()}.
 *
 * @param id contact list id (UUID)
 * @param organizationId owning organisation
 * @param sourceType where the contacts come from
 * @param sourceId the CRM source for {@code crm_dynamic} lists, otherwise null
 * @param name list name
 * @param contactsCount rows read so far
 * @param contactsCountSuccess rows imported
 * @param contactsCountFailed rows rejected
 * @param createdAt creation time
 * @param updatedAt last change
 * @param contactVariables the extra columns of the file (template variables), never null
 * @param finishedAt when the import finished, or null while it runs
 * @param errorMessages import errors (free-form; empty when none)
 * @param progress where the import stands
 */
public record ContactList(
    String id,
    @Json(name = "organization_id") String organizationId,
    @Json(name = "source_type") ContactListSourceType sourceType,
    @Json(name = "source_id") String sourceId,
    String name,
    @Json(name = "contacts_count") Integer contactsCount,
    @Json(name = "contacts_count_success") Integer contactsCountSuccess,
    @Json(name = "contacts_count_failed") Integer contactsCountFailed,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "updated_at") Instant updatedAt,
    @Json(name = "contact_variables") List<String> contactVariables,
    @Json(name = "finished_at") Instant finishedAt,
    @Json(name = "error_messages") Map<String, Object> errorMessages,
    ContactListProgress progress) {

  /**
   * Normalises a missing variable list to empty.
   *
   * @param id contact list id
   * @param organizationId owning organisation
   * @param sourceType source type
   * @param sourceId CRM source id
   * @param name list name
   * @param contactsCount rows read
   * @param contactsCountSuccess rows imported
   * @param contactsCountFailed rows rejected
   * @param createdAt creation time
   * @param updatedAt last change
   * @param contactVariables extra columns
   * @param finishedAt end of the import
   * @param errorMessages import errors
   * @param progress import state
   */
  public ContactList {
    contactVariables = JsonSupport.listOrEmpty(contactVariables);
  }

  /**
   * Whether the import has ended, successfully or not: {@code progress} is one of the known end
   * states {@code success} or {@code failed}, or {@code finished_at} is set. Any other progress
   * ({@code processing}, or a value this SDK does not know such as {@code pending} or
   * {@code queued}) means the import may still be running, so polling goes on (until its
   * timeout).
   *
   * @return true when polling can stop
   */
  public boolean isFinished() {
    return ContactListProgress.SUCCESS.equals(progress) || ContactListProgress.FAILED.equals(progress)
        || finishedAt != null;
  }
}
