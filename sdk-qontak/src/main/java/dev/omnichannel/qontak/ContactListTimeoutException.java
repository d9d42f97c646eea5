package dev.omnichannel.qontak;

import dev.omnichannel.core.OmnichannelException;
import dev.omnichannel.qontak.model.ContactList;
import java.time.Duration;

/**
 * {@link ContactService#createContactListAndWait} gave up: the list was created, but its import was
 * not finished ({@code processing}, or a progress this SDK does not know, see
 * {@link ContactList#isFinished()}) when the timeout (measured with the client's clock) ran out. Nothing
 * failed on Qontak's side and the list keeps importing: continue with
 * {@link ContactService#retrieveContactList} and {@link #contactListId()} instead of creating it
 * again.
 *
 * <p>It is deliberately neither an {@code ApiConnectionException}/{@code ApiTimeoutException}
 * (Qontak answered every call; code that retries connection failures must not re-upload the file
 * and create a duplicate list) nor an {@code InvalidResponseException} (every answer was valid).
 */
public class ContactListTimeoutException extends OmnichannelException {
  private static final long serialVersionUID = 1L;

  /** The created list that is still importing. */
  private final String contactListId;
  private final transient ContactList lastSeen;
  /** The timeout that ran out. */
  private final Duration timeout;
  /** How many times the list was retrieved. */
  private final int polls;

  /**
   * Creates the exception.
   *
   * @param contactListId the created list
   * @param lastSeen the list as last retrieved (or as created when never retrieved)
   * @param timeout the timeout that ran out
   * @param polls how many times the list was retrieved
   */
  public ContactListTimeoutException(String contactListId, ContactList lastSeen, Duration timeout, int polls) {
    super("contact list " + contactListId + " was still processing after " + timeout + " (" + polls
        + " polls); keep polling retrieveContactList(id) instead of creating it again");
    this.contactListId = contactListId;
    this.lastSeen = lastSeen;
    this.timeout = timeout;
    this.polls = polls;
  }

  /**
   * The id of the list that was created and is still importing.
   *
   * @return the contact list id
   */
  public String contactListId() {
    return contactListId;
  }

  /**
   * The list as last retrieved (counts so far), or as the create call returned it.
   *
   * @return the last state seen; null after deserialisation of the exception
   */
  public ContactList lastSeen() {
    return lastSeen;
  }

  /**
   * The timeout that ran out.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * How many times the list was retrieved before giving up.
   *
   * @return the number of polls
   */
  public int polls() {
    return polls;
  }
}
