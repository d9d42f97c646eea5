package dev.omnichannel.core.webhook;

import dev.omnichannel.core.WebhookParseException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns a webhook body into an event. Implementations never return null and never throw a
 * {@link NullPointerException}; every problem with the body is a {@link WebhookParseException}.
 * Parse only after the delivery has been verified.
 *
 * @param <E> the event type
 */
@FunctionalInterface
public interface WebhookParser<E> {

  /**
   * Parses a raw body as received.
   *
   * @param body the raw body bytes, may be null (rejected)
   * @return the event, never null
   * @throws WebhookParseException when the body is null, empty, not UTF-8, not a JSON object, or
   *     cannot be decoded into an event
   */
  E parse(byte[] body);

  /**
   * Parses a body given as text, encoded as UTF-8.
   *
   * @param body the body, may be null (rejected)
   * @return the event, never null
   * @throws WebhookParseException when the text holds an unpaired surrogate or {@link
   *     #parse(byte[])} rejects it
   */
  default E parse(String body) {
    if (body == null) {
      throw new WebhookParseException("webhook body is null", null, null);
    }
    CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    CharBuffer in = CharBuffer.wrap(body);
    ByteBuffer out = ByteBuffer.allocate(body.length() * 3);
    CoderResult result = encoder.encode(in, out, true);
    if (result.isError()) {
      throw new WebhookParseException("webhook body is not valid UTF-16 text: unpaired surrogate at"
          + " char index " + in.position(), null, null);
    }
    try {
      result = encoder.flush(out);
      if (result.isError()) {
        result.throwException();
      }
    } catch (CharacterCodingException e) {
      throw new WebhookParseException("webhook body cannot be encoded as UTF-8", null, e);
    }
    byte[] bytes = new byte[out.position()];
    out.flip();
    out.get(bytes);
    return parse(bytes);
  }
}
