package dev.omnichannel.chatwoot;

import org.junit.jupiter.api.AfterEach;

/** {@link ChatwootTestSupport} with a {@link ChatwootPlatformClient} using {@link #TOKEN} as the platform token. */
abstract class PlatformTestSupport extends ChatwootTestSupport {

  private ChatwootPlatformClient platform;

  ChatwootPlatformClient platform() {
    if (platform == null) {
      platform = ChatwootPlatformClient.builder()
          .baseUrl(server.url("/").toString())
          .platformAccessToken(TOKEN)
          .sleeper(sleeper)
          .build();
    }
    return platform;
  }

  @AfterEach
  void closePlatform() {
    if (platform != null) {
      platform.close();
    }
  }
}
