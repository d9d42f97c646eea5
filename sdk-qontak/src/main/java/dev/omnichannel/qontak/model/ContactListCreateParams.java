package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;

/**
 * Form fields of {@code POST /contacts/contact_lists/async}, sent as {@code multipart/form-data}:
 * {@code name}, {@code source_type} ({@code spreadsheet} unless set), {@code source_id} when set,
 * other fields set with {@link Builder#extra}, then the {@code file} part. A spreadsheet list needs a
 * file: CSV, XLS or XLSX with a header row such as {@code full_name,phone_number,<variables...>}
 * (Qontak's org settings cap uploads at 20,000 CSV or 5,000 Excel rows). A {@code crm_dynamic}
 * list needs a {@code source_id}. Immutable; {@code toString()} shows field names and the file name
 * only.
 */
public final class ContactListCreateParams extends JsonParams {

  /** Content type of {@code .csv} files. */
  public static final String CSV = "text/csv";
  /** Content type of {@code .xls} files. */
  public static final String XLS = "application/vnd.ms-excel";
  /** Content type of {@code .xlsx} files. */
  public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private final String filename;
  private final String contentType;
  private final byte[] fileData;

  private ContactListCreateParams(Builder b) {
    super(b);
    this.filename = b.filename;
    this.contentType = b.contentType;
    this.fileData = b.fileData;
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A spreadsheet list from a file on disk; the content type follows the extension.
   *
   * @param name the list name
   * @param file a {@code .csv}, {@code .xls} or {@code .xlsx} file
   * @return the parameters
   * @throws UncheckedIOException when the file cannot be read
   */
  public static ContactListCreateParams spreadsheet(String name, Path file) {
    return builder().name(name).file(file).build();
  }

  /**
   * The file name sent in the {@code file} part, or null when no file is sent.
   *
   * @return the file name
   */
  public String filename() {
    return filename;
  }

  /**
   * The content type of the {@code file} part, or null when no file is sent.
   *
   * @return the content type
   */
  public String contentType() {
    return contentType;
  }

  /**
   * The file's bytes, or null when no file is sent.
   *
   * @return a copy of the bytes
   */
  public byte[] fileData() {
    return fileData == null ? null : fileData.clone();
  }

  /**
   * The content type for a file name: {@link #CSV}, {@link #XLS}, {@link #XLSX}, otherwise
   * {@code application/octet-stream}.
   *
   * @param filename the file name
   * @return the content type
   */
  public static String contentTypeOf(String filename) {
    String n = filename.toLowerCase(Locale.ROOT);
    if (n.endsWith(".csv")) {
      return CSV;
    }
    if (n.endsWith(".xlsx")) {
      return XLSX;
    }
    return n.endsWith(".xls") ? XLS : "application/octet-stream";
  }

  /** Shows the field names and the file name only. */
  @Override
  public String toString() {
    return super.toString() + (filename == null ? "" : "+file " + filename);
  }

  /** Builder for {@link ContactListCreateParams}. Not thread-safe. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private String name;
    private String filename;
    private String contentType;
    private byte[] fileData;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * Sets {@code name} (required): the list name shown in Qontak.
     *
     * @param name the name
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return put("name", name);
    }

    /**
     * Sets {@code source_type} (default {@link ContactListSourceType#SPREADSHEET}).
     *
     * @param sourceType the source type
     * @return this builder
     */
    public Builder sourceType(ContactListSourceType sourceType) {
      return put("source_type", sourceType == null ? null : sourceType.value());
    }

    /**
     * Sets {@code source_id}: the CRM source of a {@code crm_dynamic} list.
     *
     * @param sourceId the source id
     * @return this builder
     */
    public Builder sourceId(String sourceId) {
      return put("source_id", sourceId);
    }

    /**
     * Sets the {@code file} part.
     *
     * @param filename the file name sent to Qontak (its extension tells CSV from Excel)
     * @param contentType the content type, e.g. {@link #CSV}, {@link #XLS} or {@link #XLSX}
     * @param data the file's bytes
     * @return this builder
     */
    public Builder file(String filename, String contentType, byte[] data) {
      this.filename = Objects.requireNonNull(filename, "filename");
      this.contentType = Objects.requireNonNull(contentType, "contentType");
      this.fileData = Objects.requireNonNull(data, "data").clone();
      return this;
    }

    /**
     * Sets the {@code file} part; the content type follows the extension ({@link #contentTypeOf}).
     *
     * @param filename the file name sent to Qontak
     * @param data the file's bytes
     * @return this builder
     */
    public Builder file(String filename, byte[] data) {
      return file(filename, contentTypeOf(filename), data);
    }

    /**
     * Reads the {@code file} part from disk; the content type follows the extension.
     *
     * @param path the file
     * @return this builder
     * @throws UncheckedIOException when the file cannot be read
     */
    public Builder file(Path path) {
      try {
        return file(path.getFileName().toString(), Files.readAllBytes(path));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + path.getFileName(), e);
      }
    }

    /**
     * Builds the parameters, defaulting {@code source_type} to {@code spreadsheet}.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code name} is missing, a spreadsheet list has no
     *     file, or a {@code crm_dynamic} list has no {@code source_id}
     */
    public ContactListCreateParams build() {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException("name is required");
      }
      if (!has("source_type")) {
        sourceType(ContactListSourceType.SPREADSHEET);
      }
      ContactListCreateParams p = new ContactListCreateParams(this);
      Object type = p.get("source_type");
      if (ContactListSourceType.SPREADSHEET.value().equals(type) && fileData == null) {
        throw new IllegalArgumentException("file is required for a spreadsheet list");
      }
      if (ContactListSourceType.CRM_DYNAMIC.value().equals(type) && !has("source_id")) {
        throw new IllegalArgumentException("sourceId is required for a crm_dynamic list");
      }
      return p;
    }
  }
}
