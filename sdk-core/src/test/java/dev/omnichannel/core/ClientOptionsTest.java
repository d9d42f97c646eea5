package dev.omnichannel.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

  private static ClientOptions.Builder valid() {
    return ClientOptions.builder().baseUrl("https://example.test/api/").credentials(Credentials.bearer("s3cr3t"));
  }

  @Test
  void defaultsFollowTheDesign() {
    ClientOptions o = valid().build();
    assertThat(o.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
    assertThat(o.callTimeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(o.maxRetries()).isEqualTo(2);
    assertThat(o.maxRetryAfter()).isEqualTo(Duration.ofSeconds(60));
    assertThat(o.logBodies()).isFalse();
    assertThat(o.okHttpClient()).isNull();
    assertThat(o.appName()).isNull();
    assertThat(o.baseUrl().toString()).isEqualTo("https://example.test/api/");
  }

  @Test
  void toBuilderCopiesEverything() {
    OkHttpClient http = new OkHttpClient();
    ClientOptions o = valid().readTimeout(Duration.ofSeconds(3)).maxRetries(5).appInfo("app", "1.0")
        .logBodies(true).okHttpClient(http).clock(Clock.systemDefaultZone()).build();
    ClientOptions copy = o.toBuilder().build();
    assertThat(copy.readTimeout()).isEqualTo(Duration.ofSeconds(3));
    assertThat(copy.maxRetries()).isEqualTo(5);
    assertThat(copy.appName()).isEqualTo("app");
    assertThat(copy.logBodies()).isTrue();
    assertThat(copy.okHttpClient()).isSameAs(http);
    assertThat(copy.credentials()).isSameAs(o.credentials());
    assertThat(o.toBuilder().maxRetries(0).build().maxRetries()).isZero();
    assertThat(o.maxRetries()).isEqualTo(5);
  }

  @Test
  void invalidSettingsFailAtBuildTime() {
    assertThatThrownBy(() -> ClientOptions.builder().credentials(Credentials.none()).build())
        .isInstanceOf(IllegalArgumentException.class).hasMessage("baseUrl is required");
    assertThatThrownBy(() -> valid().baseUrl("  ").build()).hasMessage("baseUrl is required");
    assertThatThrownBy(() -> valid().baseUrl("ftp://x").build()).hasMessageContaining("not a valid http(s) URL");
    assertThatThrownBy(() -> valid().credentials(null).build()).hasMessage("credentials are required");
    assertThatThrownBy(() -> valid().readTimeout(Duration.ofSeconds(-1)).build()).hasMessageContaining("readTimeout");
    assertThatThrownBy(() -> valid().connectTimeout(null).build()).hasMessageContaining("connectTimeout");
    assertThatThrownBy(() -> valid().maxRetries(11).build()).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> valid().maxRetries(-1).build()).hasMessageContaining("maxRetries");
    assertThatThrownBy(() -> valid().appInfo("my app", "1").build()).hasMessageContaining("appInfo");
    assertThatThrownBy(() -> valid().appInfo("app", null).build()).hasMessageContaining("appInfo");
  }

  @Test
  void toStringNeverShowsCredentials() {
    assertThat(valid().build().toString()).doesNotContain("s3cr3t").contains("example.test");
  }

  @Test
  void requestOptionsValidateAndHideHeaderValues() {
    RequestOptions ro = RequestOptions.builder().header("Authorization", "s3cr3t").queryParameter("a", "b")
        .maxRetries(0).retryNonIdempotent(true).readTimeout(Duration.ofSeconds(1)).build();
    assertThat(ro.headers()).containsEntry("Authorization", "s3cr3t");
    assertThat(ro.toString()).doesNotContain("s3cr3t");
    assertThat(ro.retryNonIdempotent()).isTrue();
    assertThatThrownBy(() -> RequestOptions.builder().maxRetries(11)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().header("", "x")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> RequestOptions.builder().callTimeout(Duration.ofMillis(-1)))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void clientBuilderSharesCommonSettings() {
    final class DemoBuilder extends ClientBuilder<DemoBuilder> {
      DemoBuilder() {
        super("https://default.test/");
      }

      @Override
      protected DemoBuilder self() {
        return this;
      }

      ClientOptions build() {
        return buildOptions(Credentials.none());
      }
    }
    ClientOptions o = new DemoBuilder().readTimeout(Duration.ofSeconds(2)).maxRetries(1).build();
    assertThat(o.baseUrl().host()).isEqualTo("default.test");
    assertThat(o.readTimeout()).isEqualTo(Duration.ofSeconds(2));
    assertThat(new DemoBuilder().baseUrl("http://localhost:1/").build().baseUrl().port()).isEqualTo(1);
  }
}
