package dev.omnichannel.qontak;

import com.squareup.moshi.Types;
import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.OmnichannelException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.Sleeper;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.qontak.model.Contact;
import dev.omnichannel.qontak.model.ContactBlock;
import dev.omnichannel.qontak.model.ContactBlockParams;
import dev.omnichannel.qontak.model.ContactList;
import dev.omnichannel.qontak.model.ContactListAddContactsParams;
import dev.omnichannel.qontak.model.ContactListCreateParams;
import dev.omnichannel.qontak.model.ContactUnblockResult;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import java.io.IOException;
import java.lang.reflect.Type;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Contact lists (the recipients of bulk broadcasts), their contacts, and blocking the contact of a
 * room.
 *
 * <p>Contact lists are imported asynchronously: {@link #createContactList} uploads a
 * spreadsheet and answers at once; the list can be broadcast to only when
 * {@link ContactList#isFinished()}. {@link #createContactListAndWait} does both and polls for you.
 */
public final class ContactService {

  /** How long {@link #createContactListAndWait(ContactListCreateParams, Duration)} waits between polls. */
  public static final Duration DEFAULT_POLL_INTERVAL = Duration.ofSeconds(2);

  private static final Type SETTINGS = Types.newParameterizedType(Map.class, String.class, Object.class);
  private static final List<String> LEADING_FIELDS = List.of("name", "source_type", "source_id");

  private final ServiceContext ctx;

  ContactService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options (timeouts, retries, headers) for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public ContactService withRequestOptions(RequestOptions options) {
    return new ContactService(ctx.with(options));
  }

  // --- row 29: list contact lists ---

  /**
   * Lists contact lists ({@code GET /contacts/contact_lists}). Known only from community
   * integrations; not in Qontak's docs.
   *
   * @param params search and paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<ContactList> listContactLists(ListParams params) {
    return ctx.execute(listContactListsRequest(params));
  }

  /**
   * Async {@link #listContactLists}. Known only from community integrations; not in Qontak's docs.
   *
   * @param params search and paging
   * @return the page
   */
  public CompletableFuture<QontakList<ContactList>> listContactListsAsync(ListParams params) {
    return ctx.executeAsync(listContactListsRequest(params));
  }

  /**
   * Every contact list, page after page by cursor, fetched lazily. Known only from community
   * integrations; not in Qontak's docs.
   *
   * @param params search
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<ContactList> listContactListsAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::listContactListsRequest);
  }

  private ApiRequest<QontakList<ContactList>> listContactListsRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<ContactList>>request("GET", "/contacts/contact_lists"), params)
        .decoder(ServiceContext.list(ContactList.class))
        .build();
  }

  // --- row 30: create a contact list from a spreadsheet ---

  /**
   * Uploads a spreadsheet and starts importing it as a new contact list
   * ({@code POST /contacts/contact_lists/async}, {@code multipart/form-data}). Qontak answers before
   * the import ends: the returned list has its {@code id}; poll {@link #retrieveContactList} until
   * {@link ContactList#isFinished()}, or use {@link #createContactListAndWait}. Not retried after
   * the request may have reached Qontak (a repeat would create a second list). The endpoint is
   * known from community integrations and a docs.qontak.com example; the MAG spec does not list it.
   *
   * @param params name, source type and the file
   * @return the new list (at least its {@code id})
   * @throws ApiException when Qontak answers with an error (422 for a bad file or missing name)
   * @throws ApiConnectionException when Qontak cannot be reached
   * @throws dev.omnichannel.core.InvalidResponseException when the answer has no list id
   */
  public ContactList createContactList(ContactListCreateParams params) {
    return ctx.execute(createContactListRequest(params));
  }

  /**
   * Async {@link #createContactList}: the future completes when Qontak has accepted the upload
   * (the import itself still runs on Qontak's side).
   *
   * @param params name, source type and the file
   * @return the new list (at least its {@code id})
   */
  public CompletableFuture<ContactList> createContactListAsync(ContactListCreateParams params) {
    return ctx.executeAsync(createContactListRequest(params));
  }

  private ApiRequest<ContactList> createContactListRequest(ContactListCreateParams params) {
    Objects.requireNonNull(params, "params");
    ResponseDecoder<ContactList> data = ServiceContext.data(ContactList.class);
    return ctx.<ContactList>request("POST", "/contacts/contact_lists/async")
        .body(multipart(params))
        .decoder(response -> {
          ContactList list = data.decode(response);
          if (list == null || list.id() == null || list.id().isBlank()) {
            throw new IOException("the contact list create answer has no data.id");
          }
          return list;
        })
        .build();
  }

  /** The form: name, source_type, source_id, other fields in order, then the file. */
  static MultipartBody multipart(ContactListCreateParams params) {
    MultipartBody.Builder form = new MultipartBody.Builder().setType(MultipartBody.FORM);
    Map<String, Object> fields = params.toJson();
    for (String name : LEADING_FIELDS) {
      if (fields.containsKey(name)) {
        form.addFormDataPart(name, String.valueOf(fields.get(name)));
      }
    }
    fields.forEach((name, value) -> {
      if (!LEADING_FIELDS.contains(name)) {
        form.addFormDataPart(name, String.valueOf(value));
      }
    });
    if (params.filename() != null) {
      form.addFormDataPart("file", params.filename(),
          RequestBody.create(params.fileData(), MediaType.parse(params.contentType())));
    }
    return form.build();
  }

  // --- row 30 + 31: create and wait ---

  /**
   * Creates a contact list ({@link #createContactList}) and waits until its import ends,
   * polling {@link #retrieveContactList} every {@link #DEFAULT_POLL_INTERVAL}.
   *
   * @param params name, source type and the file
   * @param timeout how long to wait in total, counted from this call with the client's clock
   * @return the finished list; check {@link ContactList#progress()}, it may be {@code failed}
   * @throws ContactListTimeoutException when the list has not finished at the timeout
   *     ({@link ContactList#isFinished()}: only {@code success}, {@code failed} or a
   *     {@code finished_at} end the wait; it keeps importing, continue with its id)
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public ContactList createContactListAndWait(ContactListCreateParams params, Duration timeout) {
    return createContactListAndWait(params, timeout, DEFAULT_POLL_INTERVAL);
  }

  /**
   * Creates a contact list and waits until its import ends, polling {@link #retrieveContactList}.
   * It waits {@code pollInterval} before each poll (less before the last one, so that the last
   * poll happens at the deadline) with the client's {@link Sleeper}, and measures the timeout with
   * the client's {@link Clock} (both set on the client builder, so tests need not wait).
   *
   * @param params name, source type and the file
   * @param timeout how long to wait in total, counted from this call
   * @param pollInterval the wait between polls
   * @return the finished list; check {@link ContactList#progress()}, it may be {@code failed}
   * @throws ContactListTimeoutException when the list has not finished at the timeout
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   * @throws OmnichannelException when the thread is interrupted while waiting (the interrupt flag
   *     is set again)
   * @throws IllegalArgumentException when the timeout or interval is not positive
   */
  public ContactList createContactListAndWait(ContactListCreateParams params, Duration timeout,
      Duration pollInterval) {
    checkDurations(timeout, pollInterval);
    Clock clock = ctx.transport.options().clock();
    Sleeper sleeper = ctx.transport.options().sleeper();
    Instant deadline = clock.instant().plus(timeout);
    ContactList last = createContactList(params);
    String id = last.id();
    int polls = 0;
    while (true) {
      Duration remaining = Duration.between(clock.instant(), deadline);
      if (remaining.isNegative() || remaining.isZero()) {
        throw new ContactListTimeoutException(id, last, timeout, polls);
      }
      try {
        sleeper.sleep(min(pollInterval, remaining));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new OmnichannelException("interrupted while waiting for contact list " + id, e);
      }
      last = retrieveContactList(id);
      polls++;
      if (last.isFinished()) {
        return last;
      }
    }
  }

  /**
   * Async {@link #createContactListAndWait(ContactListCreateParams, Duration, Duration)}: waits with
   * the client's {@link Sleeper#after} executor, so no thread is blocked while waiting.
   *
   * @param params name, source type and the file
   * @param timeout how long to wait in total, counted from this call with the client's clock
   * @param pollInterval the wait between polls
   * @return the finished list, or a future failed with {@link ContactListTimeoutException} or the
   *     exceptions {@link #createContactList} and {@link #retrieveContactList} throw
   * @throws IllegalArgumentException when the timeout or interval is not positive
   */
  public CompletableFuture<ContactList> createContactListAndWaitAsync(ContactListCreateParams params,
      Duration timeout, Duration pollInterval) {
    checkDurations(timeout, pollInterval);
    Instant deadline = ctx.transport.options().clock().instant().plus(timeout);
    return createContactListAsync(params)
        .thenCompose(created -> poll(created.id(), created, deadline, timeout, pollInterval, 0));
  }

  private CompletableFuture<ContactList> poll(String id, ContactList last, Instant deadline,
      Duration timeout, Duration pollInterval, int polls) {
    Duration remaining = Duration.between(ctx.transport.options().clock().instant(), deadline);
    if (remaining.isNegative() || remaining.isZero()) {
      return CompletableFuture.failedFuture(new ContactListTimeoutException(id, last, timeout, polls));
    }
    return CompletableFuture.runAsync(() -> { }, ctx.transport.options().sleeper().after(min(pollInterval, remaining)))
        .thenCompose(ignored -> retrieveContactListAsync(id))
        .thenCompose(list -> list.isFinished() ? CompletableFuture.completedFuture(list)
            : poll(id, list, deadline, timeout, pollInterval, polls + 1));
  }

  private static void checkDurations(Duration timeout, Duration pollInterval) {
    if (timeout == null || timeout.isNegative() || timeout.isZero()) {
      throw new IllegalArgumentException("timeout must be positive");
    }
    if (pollInterval == null || pollInterval.isNegative() || pollInterval.isZero()) {
      throw new IllegalArgumentException("pollInterval must be positive");
    }
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }

  // --- row 31: retrieve a contact list ---

  /**
   * One contact list with its import progress ({@code GET /contacts/contact_lists/{id}}).
   *
   * @param contactListId the contact list id
   * @return the list
   * @throws ApiException when Qontak answers with an error (an unknown id is a 422
   *     {@code Couldn't find contact list with 'id'=...}, i.e. {@code UnprocessableEntityException})
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public ContactList retrieveContactList(String contactListId) {
    return ctx.execute(retrieveContactListRequest(contactListId));
  }

  /**
   * Async {@link #retrieveContactList}.
   *
   * @param contactListId the contact list id
   * @return the list
   */
  public CompletableFuture<ContactList> retrieveContactListAsync(String contactListId) {
    return ctx.executeAsync(retrieveContactListRequest(contactListId));
  }

  private ApiRequest<ContactList> retrieveContactListRequest(String contactListId) {
    return ctx.<ContactList>request("GET", "/contacts/contact_lists/{}", contactListId)
        .decoder(ServiceContext.data(ContactList.class))
        .build();
  }

  // --- row 32: contacts of a list ---

  /**
   * The contacts inside a list ({@code GET /contacts/contact_lists/contacts/{id}}).
   *
   * @param contactListId the contact list id
   * @param params search and paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error (422 for an unknown list)
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<Contact> listContacts(String contactListId, ListParams params) {
    return ctx.execute(listContactsRequest(contactListId, params));
  }

  /**
   * Async {@link #listContacts}.
   *
   * @param contactListId the contact list id
   * @param params search and paging
   * @return the page
   */
  public CompletableFuture<QontakList<Contact>> listContactsAsync(String contactListId, ListParams params) {
    return ctx.executeAsync(listContactsRequest(contactListId, params));
  }

  /**
   * Every contact of a list, page after page by cursor, fetched lazily.
   *
   * @param contactListId the contact list id
   * @param params search
   * @return the first page; iterate {@code autoPager()} or {@code stream()} for all
   * @throws ApiException when Qontak answers with an error
   */
  public Page<Contact> listContactsAutoPaging(String contactListId, ListParams params) {
    Objects.requireNonNull(contactListId, "contactListId");
    return ctx.autoPage(params, p -> listContactsRequest(contactListId, p));
  }

  private ApiRequest<QontakList<Contact>> listContactsRequest(String contactListId, ListParams params) {
    return ServiceContext.query(ctx.<QontakList<Contact>>request("GET",
            "/contacts/contact_lists/contacts/{}", contactListId), params)
        .decoder(ServiceContext.list(Contact.class))
        .build();
  }

  // --- row 33: override contact names by upload ---

  /**
   * Lets (or stops) spreadsheet uploads overwrite the names of existing contacts
   * ({@code PUT /contacts/contact_lists/override_contact_by_upload}, body {@code {"enabled": ...}}).
   *
   * @param enabled whether uploads may overwrite contact names
   * @return the organisation's settings after the change (free-form: webhook settings, feature
   *     flags, {@code is_override_contact_by_upload}, upload limits, ...)
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Map<String, Object> overrideContactByUpload(boolean enabled) {
    return ctx.execute(overrideContactByUploadRequest(enabled));
  }

  /**
   * Async {@link #overrideContactByUpload}.
   *
   * @param enabled whether uploads may overwrite contact names
   * @return the organisation's settings after the change
   */
  public CompletableFuture<Map<String, Object>> overrideContactByUploadAsync(boolean enabled) {
    return ctx.executeAsync(overrideContactByUploadRequest(enabled));
  }

  private ApiRequest<Map<String, Object>> overrideContactByUploadRequest(boolean enabled) {
    return ctx.<Map<String, Object>>request("PUT", "/contacts/contact_lists/override_contact_by_upload")
        .jsonBody(Map.of("enabled", enabled))
        .decoder(ServiceContext.data(SETTINGS))
        .build();
  }

  // --- row 34: add contacts to a list ---

  /**
   * Appends contacts to an existing list ({@code POST /contacts/contact_lists/add_contacts}). Known
   * only from community integrations; not in Qontak's docs (the answer's shape is unknown, so it
   * is returned as parsed JSON). Not retried after the request may have reached Qontak.
   *
   * @param params the list id and the contacts
   * @return the answer's {@code data} when it has one, otherwise the whole answer, as parsed JSON
   *     (maps, lists, strings, numbers, booleans); null for an empty answer
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public Object addContacts(ContactListAddContactsParams params) {
    return ctx.execute(addContactsRequest(params));
  }

  /**
   * Async {@link #addContacts}. Known only from community integrations; not in Qontak's docs.
   *
   * @param params the list id and the contacts
   * @return the answer as parsed JSON
   */
  public CompletableFuture<Object> addContactsAsync(ContactListAddContactsParams params) {
    return ctx.executeAsync(addContactsRequest(params));
  }

  private ApiRequest<Object> addContactsRequest(ContactListAddContactsParams params) {
    Objects.requireNonNull(params, "params");
    return ctx.<Object>request("POST", "/contacts/contact_lists/add_contacts")
        .jsonBody(params.toJson())
        .decoder(response -> {
          if (response.body().size() == 0 || response.bodyString().isBlank()) {
            return null;
          }
          Object root = response.json(Object.class);
          return root instanceof Map<?, ?> map && map.containsKey("data") ? map.get("data") : root;
        })
        .build();
  }

  // --- row 35: block ---

  /**
   * Blocks the contact of a room ({@code POST /contact_block}, answered with 201).
   *
   * @param params the room and the reason
   * @return the block, with the {@code contact_id} to unblock later
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public ContactBlock block(ContactBlockParams params) {
    return ctx.execute(blockRequest(params));
  }

  /**
   * Async {@link #block}.
   *
   * @param params the room and the reason
   * @return the block
   */
  public CompletableFuture<ContactBlock> blockAsync(ContactBlockParams params) {
    return ctx.executeAsync(blockRequest(params));
  }

  private ApiRequest<ContactBlock> blockRequest(ContactBlockParams params) {
    Objects.requireNonNull(params, "params");
    return ctx.<ContactBlock>request("POST", "/contact_block")
        .jsonBody(params.toJson())
        .decoder(ServiceContext.data(ContactBlock.class))
        .build();
  }

  // --- row 36: unblock ---

  /**
   * Unblocks a contact ({@code DELETE /contact_block/{contact_id}} with the JSON body
   * {@code {"room_id": ...}}, as Qontak's JS SDK sends it; the MAG example sends no body).
   *
   * @param contactId the blocked contact ({@link ContactBlock#contactId()})
   * @param roomId the room the contact was blocked from
   * @return {@code {"status":"success"}}
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public ContactUnblockResult unblock(String contactId, String roomId) {
    return ctx.execute(unblockRequest(contactId, roomId));
  }

  /**
   * Async {@link #unblock}.
   *
   * @param contactId the blocked contact
   * @param roomId the room the contact was blocked from
   * @return the result
   */
  public CompletableFuture<ContactUnblockResult> unblockAsync(String contactId, String roomId) {
    return ctx.executeAsync(unblockRequest(contactId, roomId));
  }

  private ApiRequest<ContactUnblockResult> unblockRequest(String contactId, String roomId) {
    if (roomId == null || roomId.isBlank()) {
      throw new IllegalArgumentException("roomId is required");
    }
    return ctx.<ContactUnblockResult>request("DELETE", "/contact_block/{}", contactId)
        .jsonBody(Map.of("room_id", roomId))
        .decoder(ServiceContext.data(ContactUnblockResult.class))
        .build();
  }
}
