package dev.omnichannel.chatwoot.model;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * A file to upload with a new message (one {@code attachments[]} part of the multipart body).
 * Holds the bytes in memory; {@code toString()} shows the name, type and size only.
 */
public final class MessageAttachmentFile {

  private final String filename;
  private final String contentType;
  private final byte[] data;

  private MessageAttachmentFile(String filename, String contentType, byte[] data) {
    this.filename = Objects.requireNonNull(filename, "filename");
    if (filename.isBlank()) {
      throw new IllegalArgumentException("filename must not be blank");
    }
    this.contentType = contentType == null || contentType.isBlank()
        ? "application/octet-stream" : contentType;
    this.data = Objects.requireNonNull(data, "data").clone();
  }

  /**
   * A file from bytes.
   *
   * @param filename the file name the server stores, e.g. {@code screenshot.png}
   * @param contentType the media type, e.g. {@code image/png}; null means
   *     {@code application/octet-stream}
   * @param data the content (copied)
   * @return the file
   */
  public static MessageAttachmentFile of(String filename, String contentType, byte[] data) {
    return new MessageAttachmentFile(filename, contentType, data);
  }

  /**
   * A file read from disk now; the media type is probed from the file, else
   * {@code application/octet-stream}.
   *
   * @param path the file
   * @return the file
   * @throws UncheckedIOException when the file cannot be read
   */
  public static MessageAttachmentFile of(Path path) {
    Objects.requireNonNull(path, "path");
    try {
      return new MessageAttachmentFile(
          path.getFileName().toString(), Files.probeContentType(path), Files.readAllBytes(path));
    } catch (IOException e) {
      throw new UncheckedIOException("could not read " + path, e);
    }
  }

  /**
   * The file name.
   *
   * @return the name
   */
  public String filename() {
    return filename;
  }

  /**
   * The media type.
   *
   * @return the media type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * A copy of the content.
   *
   * @return the bytes
   */
  public byte[] data() {
    return data.clone();
  }

  /** Shows the name, type and size, never the content. */
  @Override
  public String toString() {
    return "MessageAttachmentFile[" + filename + ", " + contentType + ", " + data.length + " bytes]";
  }
}
