package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.util.Map;

/**
 * An attachment of a Client API message ({@code public_message_attachment}). Which fields are
 * present depends on {@link #fileType()}: files carry extension, size and URLs; locations carry
 * coordinates; contacts carry {@code meta}.
 *
 * @param id the attachment id
 * @param messageId the message id
 * @param fileType the file type
 * @param accountId the account id
 * @param extension the file extension, may be null
 * @param contentType the MIME type, when sent
 * @param dataUrl the file URL, may be null
 * @param thumbUrl the thumbnail URL
 * @param fileSize the size in bytes
 * @param width the width in pixels, may be null
 * @param height the height in pixels, may be null
 * @param coordinatesLat the latitude (location)
 * @param coordinatesLong the longitude (location)
 * @param fallbackTitle the fallback title (location, fallback, contact), may be null
 * @param meta extra data (contact attachments)
 * @param transcribedText the audio transcription (audio)
 */
public record PublicMessageAttachment(
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
    @Json(name = "coordinates_lat") Double coordinatesLat,
    @Json(name = "coordinates_long") Double coordinatesLong,
    @Json(name = "fallback_title") String fallbackTitle,
    Map<String, Object> meta,
    @Json(name = "transcribed_text") String transcribedText) {}
