package dev.omnichannel.qontak.model;

/**
 * A file stored on Qontak's CDN by {@code POST /file_uploader}.
 *
 * @param filename the stored file name, e.g. {@code image-20240618-101724.png}
 * @param url its URL (e.g. {@code https://cdn.qontak.com/...}), e.g. for a template header link;
 *     as message media ({@link #asMedia()}) it is unverified
 */
public record FileUpload(String filename, String url) {

  /**
   * This file as message media by URL. Unverified: Qontak documents the message {@code file}
   * field as binary only, and no source shows a URL accepted there; prefer sending the bytes
   * ({@link MessageMedia#of}).
   *
   * @return {@link MessageMedia#url(String)} of {@link #url()}
   * @throws IllegalArgumentException when the answer had no URL
   */
  public MessageMedia asMedia() {
    if (url == null) {
      throw new IllegalArgumentException("the upload answer has no url");
    }
    return MessageMedia.url(url);
  }
}
