package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.internal.ResponseDecoder;
import dev.omnichannel.qontak.model.MessageInteractionParams;
import dev.omnichannel.qontak.model.OrganizationSettings;
import dev.omnichannel.qontak.model.RoomInteractionParams;
import dev.omnichannel.qontak.model.WabaInteractionParams;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Webhook configuration ("interactions", research §6.7 rows 59-63): which events Qontak POSTs to
 * your URL. Message and room interactions answer with the whole {@link OrganizationSettings};
 * read {@code receiveMessageFromCustomer()}, {@code roomResolved()} and so on to confirm.
 * Qontak signs no webhook: put a secret in the URL and check it on receipt
 * ({@code dev.omnichannel.core.webhook} has a constant-time check).
 */
public final class InteractionService {

  private final ServiceContext ctx;

  InteractionService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public InteractionService withRequestOptions(RequestOptions options) {
    return new InteractionService(ctx.with(options));
  }

  /**
   * Enables or disables the message webhooks and sets their one URL
   * ({@code PUT /message_interactions}, JSON body).
   *
   * @param params the flags and the URL
   * @return the organisation settings after the change
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public OrganizationSettings updateMessageInteractions(MessageInteractionParams params) {
    return ctx.execute(updateMessageInteractionsRequest(params));
  }

  /**
   * Async {@link #updateMessageInteractions}.
   *
   * @param params the flags and the URL
   * @return the organisation settings after the change
   */
  public CompletableFuture<OrganizationSettings> updateMessageInteractionsAsync(MessageInteractionParams params) {
    return ctx.executeAsync(updateMessageInteractionsRequest(params));
  }

  private ApiRequest<OrganizationSettings> updateMessageInteractionsRequest(MessageInteractionParams params) {
    return ctx.<OrganizationSettings>request("PUT", "/message_interactions")
        .jsonBody(require(params).toJson())
        .decoder(ServiceContext.data(OrganizationSettings.class))
        .build();
  }

  /**
   * Reads the organisation settings, message webhooks included ({@code GET /message_interactions}).
   * Known only from community integrations; not in Qontak's docs.
   *
   * @return the organisation settings
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public OrganizationSettings getMessageInteractions() {
    return ctx.execute(getMessageInteractionsRequest());
  }

  /**
   * Async {@link #getMessageInteractions}.
   *
   * @return the organisation settings
   */
  public CompletableFuture<OrganizationSettings> getMessageInteractionsAsync() {
    return ctx.executeAsync(getMessageInteractionsRequest());
  }

  private ApiRequest<OrganizationSettings> getMessageInteractionsRequest() {
    return ctx.<OrganizationSettings>request("GET", "/message_interactions")
        .decoder(ServiceContext.data(OrganizationSettings.class))
        .build();
  }

  /**
   * Enables or disables the {@code room_resolved} webhook and sets its URL
   * ({@code PUT /room_interactions}, JSON body).
   *
   * @param params the flag and the URL
   * @return the organisation settings after the change
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public OrganizationSettings updateRoomInteractions(RoomInteractionParams params) {
    return ctx.execute(updateRoomInteractionsRequest(params));
  }

  /**
   * Async {@link #updateRoomInteractions}.
   *
   * @param params the flag and the URL
   * @return the organisation settings after the change
   */
  public CompletableFuture<OrganizationSettings> updateRoomInteractionsAsync(RoomInteractionParams params) {
    return ctx.executeAsync(updateRoomInteractionsRequest(params));
  }

  private ApiRequest<OrganizationSettings> updateRoomInteractionsRequest(RoomInteractionParams params) {
    return ctx.<OrganizationSettings>request("PUT", "/room_interactions")
        .jsonBody(require(params).toJson())
        .decoder(ServiceContext.data(OrganizationSettings.class))
        .build();
  }

  /**
   * Reads the organisation settings, room webhooks included ({@code GET /room_interactions}).
   * Known only from community integrations; not in Qontak's docs.
   *
   * @return the organisation settings
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public OrganizationSettings getRoomInteractions() {
    return ctx.execute(getRoomInteractionsRequest());
  }

  /**
   * Async {@link #getRoomInteractions}.
   *
   * @return the organisation settings
   */
  public CompletableFuture<OrganizationSettings> getRoomInteractionsAsync() {
    return ctx.executeAsync(getRoomInteractionsRequest());
  }

  private ApiRequest<OrganizationSettings> getRoomInteractionsRequest() {
    return ctx.<OrganizationSettings>request("GET", "/room_interactions")
        .decoder(ServiceContext.data(OrganizationSettings.class))
        .build();
  }

  /**
   * Enables or disables the WhatsApp template-status webhook ({@code status_template}) and sets its
   * URL ({@code PUT /waba_interactions}, JSON body). Known only from community integrations; not in
   * Qontak's docs. Community code only checks for a 200, so the response body is not known.
   *
   * @param params the flag and the URL
   * @return the organisation settings when the response carries them in {@code data}, else null
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public OrganizationSettings updateWabaInteractions(WabaInteractionParams params) {
    return ctx.execute(updateWabaInteractionsRequest(params));
  }

  /**
   * Async {@link #updateWabaInteractions}.
   *
   * @param params the flag and the URL
   * @return the organisation settings when sent, else null
   */
  public CompletableFuture<OrganizationSettings> updateWabaInteractionsAsync(WabaInteractionParams params) {
    return ctx.executeAsync(updateWabaInteractionsRequest(params));
  }

  private ApiRequest<OrganizationSettings> updateWabaInteractionsRequest(WabaInteractionParams params) {
    return ctx.<OrganizationSettings>request("PUT", "/waba_interactions")
        .jsonBody(require(params).toJson())
        .decoder(settingsIfPresent())
        .build();
  }

  /** {@code data} as settings when it is an object; null for an empty body or any other shape. */
  private static ResponseDecoder<OrganizationSettings> settingsIfPresent() {
    return response -> {
      if (response.bodyString().isBlank()) {
        return null;
      }
      Object doc = response.json(Object.class);
      if (doc instanceof Map<?, ?> m && m.get("data") instanceof Map<?, ?> data) {
        return response.moshi().adapter(OrganizationSettings.class).fromJsonValue(data);
      }
      return null;
    };
  }

  private static <P> P require(P params) {
    if (params == null) {
      throw new NullPointerException("params");
    }
    return params;
  }
}
