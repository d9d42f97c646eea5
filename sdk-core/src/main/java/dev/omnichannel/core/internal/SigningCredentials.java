package dev.omnichannel.core.internal;

import dev.omnichannel.core.Credentials;
import dev.omnichannel.core.RequestSigner;
import java.io.IOException;
import java.time.Clock;
import java.util.Objects;
import okhttp3.Request;

/** Signs every attempt with a {@link RequestSigner}. Not public API. */
public final class SigningCredentials implements Credentials {
  private final RequestSigner signer;

  /**
   * Wraps a signer.
   *
   * @param signer the signer
   */
  public SigningCredentials(RequestSigner signer) {
    this.signer = Objects.requireNonNull(signer, "signer");
  }

  @Override
  public Request authenticate(Request request, Clock clock) throws IOException {
    return signer.sign(request, clock);
  }

  @Override
  public String toString() {
    return "SigningCredentials{" + signer + "}";
  }
}
