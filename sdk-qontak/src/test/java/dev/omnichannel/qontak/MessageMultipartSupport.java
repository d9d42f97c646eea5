package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.MultipartReader;
import okio.Buffer;
import okio.ByteString;

/** Multipart assertions for the message and file tests: the exact parts, parsed with {@link MultipartReader}. */
abstract class MessageMultipartSupport extends QontakTestSupport {

  /**
   * Asserts a multipart request: method, target, the same auth checks as {@link #expect} (for HMAC
   * the signature covers date and request line only), no Digest header, and returns its parts as
   * {@code disposition | content type | hex bytes}.
   */
  List<String> expectMultipart(Mode mode, String pathAfterPrefix) throws Exception {
    return parts(takeSigned(mode, pathAfterPrefix));
  }

  RecordedRequest takeSigned(Mode mode, String pathAfterPrefix) throws InterruptedException {
    RecordedRequest r = server.takeRequest();
    assertThat(r.getMethod()).isEqualTo("POST");
    assertThat(r.getTarget()).isEqualTo(prefix(mode) + pathAfterPrefix);
    assertAuth(mode, r);
    assertThat(r.getHeaders().get("Digest")).isNull();
    if (mode == Mode.HMAC) {
      QontakContract.verify(r);
    }
    return r;
  }

  static List<String> parts(RecordedRequest r) throws Exception {
    MediaType type = MediaType.parse(r.getHeaders().get("Content-Type"));
    assertThat(type.type() + "/" + type.subtype()).isEqualTo("multipart/form-data");
    List<String> parts = new ArrayList<>();
    try (MultipartReader reader = new MultipartReader(new Buffer().write(r.getBody()), type.parameter("boundary"))) {
      MultipartReader.Part part;
      while ((part = reader.nextPart()) != null) {
        String partType = part.headers().get("Content-Type");
        parts.add(part.headers().get("Content-Disposition") + (partType == null ? "" : " | " + partType)
            + " | " + part.body().readByteString().hex());
      }
    }
    return parts;
  }

  static String text(String name, String value) {
    return "form-data; name=\"" + name + "\" | " + hex(value);
  }

  static String hex(String s) {
    return ByteString.encodeUtf8(s).hex();
  }
}
