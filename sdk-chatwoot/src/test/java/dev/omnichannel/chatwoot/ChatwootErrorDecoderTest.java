package dev.omnichannel.chatwoot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.omnichannel.core.AuthenticationException;
import dev.omnichannel.core.NotFoundException;
import dev.omnichannel.core.ProviderError;
import dev.omnichannel.core.RateLimitException;
import dev.omnichannel.core.UnprocessableEntityException;
import mockwebserver3.MockResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChatwootErrorDecoderTest extends ChatwootTestSupport {

  private final ChatwootErrorDecoder decoder = new ChatwootErrorDecoder();

  @Test
  void errorString() {
    assertThat(decoder.decode(404, q("{'error':'Resource could not be found'}")))
        .isEqualTo(ProviderError.ofMessage("Resource could not be found"));
  }

  @Test
  void errorsArrayIsJoined() {
    assertThat(decoder.decode(401, q("{'errors':['You need to sign in or sign up before continuing.','Second']}")).message())
        .isEqualTo("You need to sign in or sign up before continuing.; Second");
  }

  @Test
  void documentedErrorsObjectsContributeTheirMessage() {
    assertThat(decoder.decode(400, q("{'description':'bad','errors':[{'field':'name','message':'is blank','code':'blank'}]}")).message())
        .isEqualTo("is blank");
  }

  @Test
  void messageWithAttributes() {
    assertThat(decoder.decode(422, q("{'message':'Title has already been taken','attributes':['title']}")).message())
        .isEqualTo("Title has already been taken (attributes: title)");
    assertThat(decoder.decode(403, q("{'message':'Custom domain blocked'}")).message())
        .isEqualTo("Custom domain blocked");
  }

  @Test
  void plainTextIsTheMessage() {
    assertThat(decoder.decode(429, "Retry later\n")).isEqualTo(ProviderError.ofMessage("Retry later"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "<html><body>502 Bad Gateway</body></html>", "{not json", "[1,2]", "{}",
      "{\"error\":42}", "{\"errors\":[]}", "null", "{\"error\":", "\u0000\u0001"})
  void unrecognisedBodiesGiveNoneAndNeverThrow(String body) {
    ProviderError pe = decoder.decode(500, body);
    assertThat(pe).isNotNull();
    if (!body.startsWith("\u0000")) {
      assertThat(pe).isEqualTo(ProviderError.NONE);
    }
  }

  @Test
  void nullBodyGivesNone() {
    assertThat(decoder.decode(500, null)).isEqualTo(ProviderError.NONE);
  }

  @Test
  void veryLongTextIsNotUsed() {
    assertThat(decoder.decode(500, "x".repeat(1000))).isEqualTo(ProviderError.NONE);
  }

  @Test
  void invalidTokenIs401Authentication() {
    respond(401, q("{'error':'Invalid Access Token'}"));
    assertThatThrownBy(() -> client().labels().list())
        .isInstanceOfSatisfying(AuthenticationException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(401);
          assertThat(e.providerErrorMessage()).isEqualTo("Invalid Access Token");
          assertThat(e.getMessage()).doesNotContain(TOKEN);
        });
  }

  @Test
  void permissionDenialIsAlso401() {
    respond(401, q("{'error':'You are not authorized to do this action'}"));
    assertThatThrownBy(() -> client().agents().delete(5))
        .isInstanceOfSatisfying(AuthenticationException.class,
            e -> assertThat(e.providerErrorMessage()).isEqualTo("You are not authorized to do this action"));
  }

  @Test
  void validationFailureIs422() {
    respond(422, q("{'message':'Title has already been taken','attributes':['title']}"));
    assertThatThrownBy(() -> client().labels().create(dev.omnichannel.chatwoot.model.LabelParams.builder().title("vip").build()))
        .isInstanceOfSatisfying(UnprocessableEntityException.class,
            e -> assertThat(e.providerErrorMessage()).isEqualTo("Title has already been taken (attributes: title)"));
  }

  @Test
  void notFoundIs404() {
    respond(404, q("{'error':'Resource could not be found'}"));
    assertThatThrownBy(() -> client().teams().retrieve(999)).isInstanceOf(NotFoundException.class);
  }

  @Test
  void throttledPlainText429IsRateLimitAfterRetries() {
    for (int i = 0; i < 3; i++) {
      server.enqueue(new MockResponse.Builder().code(429).addHeader("Content-Type", "text/plain").body("Retry later").build());
    }
    assertThatThrownBy(() -> client().labels().list())
        .isInstanceOfSatisfying(RateLimitException.class, e -> {
          assertThat(e.providerErrorMessage()).isEqualTo("Retry later");
          assertThat(e.attempts()).isEqualTo(3);
        });
    assertThat(sleeper.sleeps()).hasSize(2);
  }
}
