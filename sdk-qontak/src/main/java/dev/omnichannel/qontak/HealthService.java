package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.qontak.model.HealthStatus;
import java.util.concurrent.CompletableFuture;

/** The service's health check. */
public final class HealthService {

  private final ServiceContext ctx;

  HealthService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options.
   *
   * @param options the options
   * @return a derived service
   */
  public HealthService withRequestOptions(RequestOptions options) {
    return new HealthService(ctx.with(options));
  }

  /**
   * Checks the service ({@code GET /health}); also a cheap way to test credentials.
   *
   * @return the status, {@code ok} when up
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public HealthStatus check() {
    return ctx.execute(checkRequest());
  }

  /**
   * Async {@link #check}.
   *
   * @return the status
   */
  public CompletableFuture<HealthStatus> checkAsync() {
    return ctx.executeAsync(checkRequest());
  }

  private ApiRequest<HealthStatus> checkRequest() {
    return ctx.<HealthStatus>request("GET", "/health").responseType(HealthStatus.class).build();
  }
}
