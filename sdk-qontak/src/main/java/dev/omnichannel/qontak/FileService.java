package dev.omnichannel.qontak;

import dev.omnichannel.core.ApiConnectionException;
import dev.omnichannel.core.ApiException;
import dev.omnichannel.core.RequestOptions;
import dev.omnichannel.core.internal.ApiRequest;
import dev.omnichannel.qontak.model.FileUpload;
import dev.omnichannel.qontak.model.MessageMedia;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;

/**
 * Qontak's file uploader: stores a file on Qontak's CDN and returns its URL, e.g. for template
 * header links (media hosts must answer within about 2 seconds, research §5). To send media in a
 * room, send the bytes directly ({@link MessageService#sendMedia}); sending a CDN URL as message
 * media ({@link MessageMedia#url}) is unverified.
 */
public final class FileService {

  private final ServiceContext ctx;

  FileService(ServiceContext ctx) {
    this.ctx = ctx;
  }

  /**
   * This service with per-call options for every call it makes.
   *
   * @param options the options
   * @return a derived service
   */
  public FileService withRequestOptions(RequestOptions options) {
    return new FileService(ctx.with(options));
  }

  /**
   * Uploads a file ({@code POST /file_uploader}, {@code multipart/form-data} with one
   * {@code file} part; answers 201).
   *
   * @param file the file bytes with name and media type (not a URL)
   * @return the stored file name and its CDN URL
   * @throws IllegalArgumentException when {@code file} is a URL
   * @throws ApiException when Qontak answers with an error
   * @throws ApiConnectionException when Qontak cannot be reached
   */
  public FileUpload upload(MessageMedia file) {
    return ctx.execute(uploadRequest(file));
  }

  /**
   * Async {@link #upload}.
   *
   * @param file the file bytes with name and media type (not a URL)
   * @return the stored file name and its CDN URL
   * @throws IllegalArgumentException when {@code file} is a URL
   */
  public CompletableFuture<FileUpload> uploadAsync(MessageMedia file) {
    return ctx.executeAsync(uploadRequest(file));
  }

  private ApiRequest<FileUpload> uploadRequest(MessageMedia file) {
    Objects.requireNonNull(file, "file");
    if (file.isUrl()) {
      throw new IllegalArgumentException("upload needs file bytes, not a URL");
    }
    MultipartBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", file.filename(), fileBody(file))
        .build();
    return ctx.<FileUpload>request("POST", "/file_uploader")
        .body(body)
        .decoder(ServiceContext.data(FileUpload.class))
        .build();
  }

  /** The bytes of a file as a part body with its media type. */
  static RequestBody fileBody(MessageMedia file) {
    MediaType type = MediaType.parse(file.contentType());
    return RequestBody.create(file.data(), type == null ? MediaType.get("application/octet-stream") : type);
  }
}
