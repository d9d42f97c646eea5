package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * A Chatwoot message attachment ({@code push_event_data}). Which fields are present depends
 * on {@link #fileType()}: stored files carry {@code extension}, {@code content_type}, size and
 * dimensions; locations carry coordinates; contacts carry {@code meta}.
 *
 * @param id the attachment id
 * @param messageId the message id
 * @param fileType the file type
 * @param accountId the account id
 * @param extension the file extension, may be null
 * @param contentType the MIME type
 * @param dataUrl the file URL (an ActiveStorage redirect URL) or the external URL
 * @param thumbUrl the thumbnail URL, {@code ""} unless an image
 * @param fileSize the size in bytes
 * @param width the width in pixels, may be null
 * @param height the height in pixels, may be null
 * @param transcribedText the audio transcription, {@code ""} when none (audio)
 * @param coordinatesLat the latitude (location)
 * @param coordinatesLong the longitude (location)
 * @param fallbackTitle the fallback title (location, fallback, contact)
 * @param meta extra data (contact attachments)
 */
public record Attachment(
    Long id,
    @Json(name = "message_id") Long messageId,
    @Json(name = "file_type") AttachmentFileType fileType,
    @Json(name = "account_id") Long accountId,
    String extension,
    @Json(name = "content_type") String contentType,
    @Json(name = "data_url") String dataUrl,
    @Json(name = "thumb_url") String thumbUrl,
    @Json(name = "file_size") Long fileSize,
    Integer width,
    Integer height,
    @Json(name = "transcribed_text") String transcribedText,
    @Json(name = "coordinates_lat") Double coordinatesLat,
    @Json(name = "coordinates_long") Double coordinatesLong,
    @Json(name = "fallback_title") String fallbackTitle,
    Map<String, Object> meta) {}
