package dev.omnichannel.qontak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.qontak.model.FileUpload;
import dev.omnichannel.qontak.model.MessageMedia;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class FileServiceTest extends MessageMultipartSupport {

  @ParameterizedTest
  @EnumSource(Mode.class)
  void uploadSendsOneFilePartAndReadsTheCdnUrl(Mode mode) throws Exception {
    respond(201, q("{'status':'success','data':{'filename':'image-20240618-101724.png','url':'https://cdn.qontak.com/xxxx-xxxxx-xxxx'}}"));
    FileUpload up = client(mode).files().upload(MessageMedia.of("image.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    assertThat(expectMultipart(mode, "/file_uploader"))
        .containsExactly("form-data; name=\"file\"; filename=\"image.png\" | image/png | 89504e47");
    assertThat(up).isEqualTo(new FileUpload("image-20240618-101724.png", "https://cdn.qontak.com/xxxx-xxxxx-xxxx"));
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void uploadAsyncFromDisk(Mode mode, @TempDir Path dir) throws Exception {
    Path doc = Files.write(dir.resolve("price list.pdf"), new byte[] {'%', 'P', 'D', 'F'});
    respond(201, q("{'status':'success','data':{'filename':'price-list-20250328.pdf','url':'https://cdn.qontak.com/p.pdf'}}"));
    FileUpload up = client(mode).files().uploadAsync(MessageMedia.of(doc, "application/pdf")).get(5, TimeUnit.SECONDS);
    assertThat(expectMultipart(mode, "/file_uploader"))
        .containsExactly("form-data; name=\"file\"; filename=\"price list.pdf\" | application/pdf | 25504446");
    assertThat(up.url()).isEqualTo("https://cdn.qontak.com/p.pdf");
    assertThat(up.asMedia().isUrl()).isTrue();
  }

  @ParameterizedTest
  @EnumSource(Mode.class)
  void gatewayRejectionIsAnAuthenticationError(Mode mode) throws Exception {
    respond(401, q("{'message':'Unauthorized'}"));
    assertThatThrownBy(() -> client(mode).files().upload(MessageMedia.of("a.txt", "text/plain", new byte[] {'a'})))
        .isInstanceOf(AuthenticationException.class).hasMessageContaining("Unauthorized");
    assertThat(expectMultipart(mode, "/file_uploader")).containsExactly(
        "form-data; name=\"file\"; filename=\"a.txt\" | text/plain | 61");
  }

  @Test
  void uploadNeedsBytesNotAUrl() {
    assertThatThrownBy(() -> client(Mode.OAUTH).files().upload(MessageMedia.url("https://example.com/a.png")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("not a URL");
    assertThatThrownBy(() -> client(Mode.HMAC).files().uploadAsync(MessageMedia.url("https://example.com/a.png")))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(server.getRequestCount()).isZero();
  }
}
