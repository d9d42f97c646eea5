package dev.omnichannel.qontak.model;

/**
 * A file stored on Qontak's CDN by {@code POST /file_uploader}.
 *
 * @param filename the stored file name, e.g. {@code image-20240618-101724.png}
 * @param url its URL (e.g. {@code https://cdn.qontak.com/...}), usable as message media
 *     ({@link MessageMedia#url(String)}) or as a template header link
 */
public record FileUpload(String filename, String url) {

  /**
   * This file as message media.
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
