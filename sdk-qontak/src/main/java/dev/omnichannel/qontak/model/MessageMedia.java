package dev.omnichannel.qontak.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * The media of a message, or a file to upload: either the bytes of a file (sent as the binary
 * {@code file} part of a multipart body, with its file name and media type: the documented way)
 * or, as an explicit and unverified option, the URL of a file already hosted
 * ({@link #url(String)}).
 *
 * <p>Bytes are held in memory (so a retried request can be sent again); {@code toString()} shows
 * the name, type and size, never the content.
 */
public final class MessageMedia {

  private static final String OCTET_STREAM = "application/octet-stream";

  private final String filename;
  private final String contentType;
  private final byte[] data;
  private final String url;

  private MessageMedia(String filename, String contentType, byte[] data, String url) {
    this.filename = filename;
    this.contentType = contentType;
    this.data = data;
    this.url = url;
  }

  /**
   * A file from bytes.
   *
   * @param filename the file name Qontak stores, e.g. {@code invoice.pdf}
   * @param contentType the media type, e.g. {@code application/pdf}; null means
   *     {@code application/octet-stream}
   * @param data the content (copied)
   * @return the media
   * @throws IllegalArgumentException when the file name is blank
   */
  public static MessageMedia of(String filename, String contentType, byte[] data) {
    Objects.requireNonNull(filename, "filename");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("filename must not be blank");
    }
    return new MessageMedia(filename,
        contentType == null || contentType.isBlank() ? OCTET_STREAM : contentType,
        Objects.requireNonNull(data, "data").clone(), null);
  }

  /**
   * A file read from disk now, with its own file name and a media type probed from the file
   * (else {@code application/octet-stream}).
   *
   * @param path the file
   * @return the media
   * @throws UncheckedIOException when the file cannot be read
   */
  public static MessageMedia of(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      return of(path, Files.probeContentType(path));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  /**
   * A file read from disk now, with its own file name and the given media type.
   *
   * @param path the file
   * @param contentType the media type; null means {@code application/octet-stream}
   * @return the media
   * @throws UncheckedIOException when the file cannot be read
   */
  public static MessageMedia of(Path path, String contentType) {
    Objects.requireNonNull(path, "path");
    try {
      return of(path.getFileName().toString(), contentType, Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  /**
   * A file already hosted at a URL (e.g. the {@code url} of a {@link FileUpload}).
   * <b>Unverified, inferred</b>: Qontak documents the message {@code file} field as binary only
   * and no source shows a URL accepted there; a message sends this URL as the text value of that
   * {@code file} form field. Prefer the file's bytes ({@link #of(String, String, byte[])}). If you
   * use a URL, the host must answer within about 2 seconds or WhatsApp delivery fails
   * (research §5), so prefer Qontak's own CDN ({@code POST /file_uploader}) over slow hosts.
   *
   * @param url the absolute URL
   * @return the media
   * @throws IllegalArgumentException when the URL is blank
   */
  public static MessageMedia url(String url) {
    Objects.requireNonNull(url, "url");
    if (url.isBlank()) {
      throw new IllegalArgumentException("url must not be blank");
    }
    return new MessageMedia(null, null, null, url);
  }

  /**
   * Whether this is a hosted URL rather than file bytes.
   *
   * @return true for {@link #url(String)} media
   */
  public boolean isUrl() {
    return url != null;
  }

  /**
   * The hosted URL.
   *
   * @return the URL, or null for file bytes
   */
  public String url() {
    return url;
  }

  /**
   * The file name.
   *
   * @return the name, or null for a URL
   */
  public String filename() {
    return filename;
  }

  /**
   * The media type.
   *
   * @return the media type, or null for a URL
   */
  public String contentType() {
    return contentType;
  }

  /**
   * A copy of the content.
   *
   * @return the bytes, or null for a URL
   */
  public byte[] data() {
    return data == null ? null : data.clone();
  }

  /** Shows the name, type and size (or that it is a URL), never the content. */
  @Override
  public String toString() {
    return isUrl() ? "MessageMedia[url]"
        : "MessageMedia[" + filename + ", " + contentType + ", " + data.length + " bytes]";
  }
}
