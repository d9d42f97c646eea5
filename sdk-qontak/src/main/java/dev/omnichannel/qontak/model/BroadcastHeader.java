package dev.omnichannel.qontak.model;

import dev.omnichannel.core.json.JsonSupport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The media header of a template broadcast ({@code parameters.header}):
 * {@code {"format":"DOCUMENT","params":[{"key":"url","value":...},{"key":"filename","value":...}]}}.
 * Build it with {@link #image}, {@link #video} or {@link #document}. The media must answer within
 * about 2 seconds or sending fails; upload it to Qontak's CDN first when in doubt.
 *
 * @param format {@code IMAGE}, {@code VIDEO} or {@code DOCUMENT}
 * @param params the {@code url} and optional {@code filename} parameters
 */
public record BroadcastHeader(String format, List<Param> params) {

  /** {@code IMAGE}. */
  public static final String IMAGE = "IMAGE";
  /** {@code VIDEO}. */
  public static final String VIDEO = "VIDEO";
  /** {@code DOCUMENT}. */
  public static final String DOCUMENT = "DOCUMENT";

  /**
   * Validates the header.
   *
   * @param format {@code IMAGE}, {@code VIDEO} or {@code DOCUMENT}
   * @param params the parameters
   * @throws IllegalArgumentException when {@code format} is blank
   */
  public BroadcastHeader {
    if (format == null || format.isBlank()) {
      throw new IllegalArgumentException("header format is required");
    }
    params = List.copyOf(JsonSupport.listOrEmpty(params));
  }

  /**
   * An image header.
   *
   * @param url the image URL
   * @param filename the file name, or null
   * @return the header
   */
  public static BroadcastHeader image(String url, String filename) {
    return media(IMAGE, url, filename);
  }

  /**
   * A video header.
   *
   * @param url the video URL
   * @param filename the file name, or null
   * @return the header
   */
  public static BroadcastHeader video(String url, String filename) {
    return media(VIDEO, url, filename);
  }

  /**
   * A document header.
   *
   * @param url the document URL
   * @param filename the file name shown to the recipient, or null
   * @return the header
   */
  public static BroadcastHeader document(String url, String filename) {
    return media(DOCUMENT, url, filename);
  }

  /**
   * A header of any format with a {@code url} and optional {@code filename} parameter.
   *
   * @param format the format
   * @param url the media URL (in a bulk broadcast, possibly a contact-list column)
   * @param filename the file name, or null
   * @return the header
   * @throws IllegalArgumentException when {@code url} is blank
   */
  public static BroadcastHeader media(String format, String url, String filename) {
    if (url == null || url.isBlank()) {
      throw new IllegalArgumentException("header url is required");
    }
    List<Param> params = new ArrayList<>();
    params.add(new Param("url", url));
    if (filename != null) {
      params.add(new Param("filename", filename));
    }
    return new BroadcastHeader(format, params);
  }

  /**
   * One header parameter.
   *
   * @param key {@code url} or {@code filename}
   * @param value its value
   */
  public record Param(String key, String value) {

    /**
     * Validates the parameter.
     *
     * @param key the key
     * @param value the value
     */
    public Param {
      Objects.requireNonNull(key, "key");
      Objects.requireNonNull(value, "value");
    }
  }
}
