package dev.omnichannel.qontak.model;

/**
 * The answer of {@code DELETE /contact_block/{contact_id}}: {@code data} is {@code {"status":"success"}}.
 *
 * @param status {@code success}
 */
public record ContactUnblockResult(String status) {

  /**
   * Whether Qontak reported success.
   *
   * @return true for {@code success}
   */
  public boolean isSuccess() {
    return "success".equals(status);
  }
}
