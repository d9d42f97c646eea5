package dev.omnichannel.core.webhook;

import dev.omnichannel.core.WebhookVerificationException;
import java.util.List;
import java.util.Map;

/**
 * A shared-secret check for providers that sign nothing: the delivery must carry a header whose
 * value (surrounding whitespace trimmed) equals one of the configured secrets. This proves only
 * that the sender knows the secret; it does not protect the body or prevent replays, so use it over
 * HTTPS only.
 *
 * <p>Header names match ignoring case; values are compared in constant time; messages never echo
 * values. Several secrets allow rotation. Immutable and thread-safe.
 */
public final class SharedSecretHeaderCheck {

  private final String headerName;
  private final SecretDigests secrets;

  private SharedSecretHeaderCheck(String headerName, List<String> secrets) {
    if (headerName == null || headerName.isBlank()) {
      throw new IllegalArgumentException("header name must not be blank");
    }
    this.headerName = headerName.trim();
    this.secrets = new SecretDigests(secrets, "header");
  }

  /**
   * Creates a check accepting any of the given secrets.
   *
   * @param headerName the header carrying the secret
   * @param secrets one or more secrets
   * @return the check
   * @throws IllegalArgumentException when the name is blank, no secret is given, or one is null or
   *     blank (values never echoed)
   */
  public static SharedSecretHeaderCheck of(String headerName, String... secrets) {
    return new SharedSecretHeaderCheck(headerName,
        secrets == null ? null : java.util.Arrays.asList(secrets));
  }

  /**
   * Creates a check accepting any of the given secrets.
   *
   * @param headerName the header carrying the secret
   * @param secrets one or more secrets
   * @return the check
   * @throws IllegalArgumentException when the name is blank, the list is null or empty, or a
   *     secret is null or blank (values never echoed)
   */
  public static SharedSecretHeaderCheck of(String headerName, List<String> secrets) {
    return new SharedSecretHeaderCheck(headerName, secrets);
  }

  /**
   * Checks single-valued headers.
   *
   * @param headers request headers, names matched ignoring case
   * @throws WebhookVerificationException when the header is missing or no value matches
   */
  public void verify(Map<String, String> headers) {
    List<String> values;
    try {
      values = Headers.single(headers, headerName);
    } catch (RuntimeException e) {
      throw new WebhookVerificationException("webhook headers cannot be read");
    }
    check(values);
  }

  /**
   * Checks multi-valued headers.
   *
   * @param headers request headers, names matched ignoring case
   * @throws WebhookVerificationException when the header is missing or no value matches
   */
  public void verifyMultiValue(Map<String, ? extends List<String>> headers) {
    List<String> values;
    try {
      values = Headers.multi(headers, headerName);
    } catch (RuntimeException e) {
      throw new WebhookVerificationException("webhook headers cannot be read");
    }
    check(values);
  }

  private void check(List<String> values) {
    if (values.isEmpty()) {
      throw new WebhookVerificationException("missing shared-secret header " + headerName);
    }
    boolean match = false;
    for (String v : values) {
      match |= secrets.matches(v.trim());
    }
    if (!match) {
      throw new WebhookVerificationException("shared-secret header " + headerName
          + " does not match");
    }
  }

  /**
   * Describes the check without secrets.
   *
   * @return a short description
   */
  @Override
  public String toString() {
    return "SharedSecretHeaderCheck{header=" + headerName + ", secrets=" + secrets.size() + "}";
  }
}
