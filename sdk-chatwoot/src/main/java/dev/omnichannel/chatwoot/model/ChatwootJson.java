package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.json.JsonSupport;

/**
 * The Moshi setup of the Chatwoot module: the core adapters ({@link JsonSupport#moshiBuilder()})
 * plus the adapters of every Chatwoot open enum. {@link #moshi()} is built once and shared.
 */
public final class ChatwootJson {

  private ChatwootJson() {}

  /**
   * A new builder with the core adapters and the Chatwoot open enum adapters registered.
   *
   * @return a builder; add further adapters, then build once
   */
  public static Moshi.Builder moshiBuilder() {
    return JsonSupport.moshiBuilder()
        .add(JsonSupport.openEnumFactory(MessageType.class, MessageType::of))
        .add(JsonSupport.openEnumFactory(ContentType.class, ContentType::of))
        .add(JsonSupport.openEnumFactory(MessageStatus.class, MessageStatus::of))
        .add(JsonSupport.openEnumFactory(ConversationStatus.class, ConversationStatus::of))
        .add(JsonSupport.openEnumFactory(ConversationPriority.class, ConversationPriority::of))
        .add(JsonSupport.openEnumFactory(SenderType.class, SenderType::of))
        .add(JsonSupport.openEnumFactory(AttachmentFileType.class, AttachmentFileType::of));
  }

  /**
   * The shared instance built from {@link #moshiBuilder()}.
   *
   * @return the instance, built once
   */
  public static Moshi moshi() {
    return Holder.MOSHI;
  }

  private static final class Holder {
    static final Moshi MOSHI = moshiBuilder().build();
  }
}
