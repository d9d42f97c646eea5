package dev.omnichannel.core;

import java.io.IOException;
import java.time.Clock;
import okhttp3.Request;

/**
 * Signs a request just before it is sent (every attempt is signed anew, so retries carry a fresh
 * date). Implementations must not put the secret in {@code toString()}.
 */
@FunctionalInterface
public interface RequestSigner {

  /**
   * Returns the request with its signature headers added.
   *
   * @param request the request as it will go on the wire (final URL, headers, body)
   * @param clock the client's clock, for date headers
   * @return the signed request
   * @throws IOException when the body cannot be read for a digest
   */
  Request sign(Request request, Clock clock) throws IOException;
}
