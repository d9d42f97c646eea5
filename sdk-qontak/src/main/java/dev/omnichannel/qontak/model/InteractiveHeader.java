package dev.omnichannel.qontak.model;

/**
 * The optional header of an interactive message ({@code interactive.header}): text, or media by
 * link. The format values ({@code TEXT}, {@code IMAGE}, {@code VIDEO}, {@code DOCUMENT}) follow
 * Qontak's template header formats; the interactive endpoint is known only from community
 * integrations, so use the canonical constructor for other values.
 *
 * @param format the header kind
 * @param text the header text ({@code TEXT}), or null
 * @param link the media URL (media headers), or null; it must answer within about 2 seconds
 * @param filename the document's file name ({@code DOCUMENT}), or null
 */
public record InteractiveHeader(String format, String text, String link, String filename) {

  /**
   * A text header.
   *
   * @param text the text
   * @return the header
   */
  public static InteractiveHeader text(String text) {
    return new InteractiveHeader("TEXT", text, null, null);
  }

  /**
   * An image header.
   *
   * @param link the image URL
   * @return the header
   */
  public static InteractiveHeader image(String link) {
    return new InteractiveHeader("IMAGE", null, link, null);
  }

  /**
   * A video header.
   *
   * @param link the video URL
   * @return the header
   */
  public static InteractiveHeader video(String link) {
    return new InteractiveHeader("VIDEO", null, link, null);
  }

  /**
   * A document header.
   *
   * @param link the document URL
   * @param filename the file name shown
   * @return the header
   */
  public static InteractiveHeader document(String link, String filename) {
    return new InteractiveHeader("DOCUMENT", null, link, filename);
  }
}
