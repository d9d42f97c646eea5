package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.core.paging.Page;
import dev.omnichannel.qontak.model.ChannelIntegration;
import dev.omnichannel.qontak.model.Division;
import dev.omnichannel.qontak.model.ListParams;
import dev.omnichannel.qontak.model.QontakList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/** Divisions: groups of agents and the channels they serve. */
public final class DivisionService {

  private final ServiceContext ctx;

  DivisionService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public DivisionService withRequestOptions(RequestOptions options) {
    return new DivisionService(ctx.with(options));
  }

  /**
   * Lists divisions ({@code GET /divisions}).
   *
   * @param params search and paging
   * @return one page with its pagination
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public QontakList<Division> list(ListParams params) {
    return ctx.execute(listRequest(params));
  }

  /**
   * Async {@link #list}.
   *
   * @param params search and paging
   * @return the page
   */
  public CompletableFuture<QontakList<Division>> listAsync(ListParams params) {
    return ctx.executeAsync(listRequest(params));
  }

  /**
   * Every division, page after page, fetched lazily.
   *
   * @param params search
   * @return the first page
   * @throws ApiException when Qontak answers with an error
   */
  public Page<Division> listAutoPaging(ListParams params) {
    return ctx.autoPage(params, this::listRequest);
  }

  private ApiRequest<QontakList<Division>> listRequest(ListParams params) {
    return ServiceContext.query(ctx.<QontakList<Division>>request("GET", "/divisions"), params)
        .decoder(ServiceContext.list(Division.class))
        .build();
  }

  /**
   * The caller's own divisions ({@code GET /divisions/me}).
   *
   * @return the divisions
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public List<Division> mine() {
    return ctx.execute(mineRequest());
  }

  /**
   * Async {@link #mine}.
   *
   * @return the divisions
   */
  public CompletableFuture<List<Division>> mineAsync() {
    return ctx.executeAsync(mineRequest());
  }

  private ApiRequest<List<Division>> mineRequest() {
    return ctx.<List<Division>>request("GET", "/divisions/me")
        .decoder(ServiceContext.data(ServiceContext.listOf(Division.class)))
        .build();
  }

  /**
   * The channels a division serves ({@code GET /divisions/{id}/channels}).
   *
   * @param divisionId the division id
   * @return its channel integrations
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public List<ChannelIntegration> channels(String divisionId) {
    return ctx.execute(channelsRequest(divisionId));
  }

  /**
   * Async {@link #channels}.
   *
   * @param divisionId the division id
   * @return its channel integrations
   */
  public CompletableFuture<List<ChannelIntegration>> channelsAsync(String divisionId) {
    return ctx.executeAsync(channelsRequest(divisionId));
  }

  private ApiRequest<List<ChannelIntegration>> channelsRequest(String divisionId) {
    return ctx.<List<ChannelIntegration>>request("GET", "/divisions/{}/channels", divisionId)
        .decoder(ServiceContext.data(ServiceContext.listOf(ChannelIntegration.class)))
        .build();
  }
}
