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
    Moshi.Builder builder = JsonSupport.moshiBuilder();
    builder.add(JsonSupport.openEnumFactory(MessageType.class, MessageType::of));
    builder.add(JsonSupport.openEnumFactory(ContentType.class, ContentType::of));
    builder.add(JsonSupport.openEnumFactory(MessageStatus.class, MessageStatus::of));
    builder.add(JsonSupport.openEnumFactory(ConversationStatus.class, ConversationStatus::of));
    builder.add(JsonSupport.openEnumFactory(ConversationPriority.class, ConversationPriority::of));
    builder.add(JsonSupport.openEnumFactory(ConversationAssigneeType.class, ConversationAssigneeType::of));
    builder.add(JsonSupport.openEnumFactory(SenderType.class, SenderType::of));
    builder.add(JsonSupport.openEnumFactory(AttachmentFileType.class, AttachmentFileType::of));
    builder.add(JsonSupport.openEnumFactory(ContactSort.class, ContactSort::of));
    builder.add(JsonSupport.openEnumFactory(ContactFilterOperator.class, ContactFilterOperator::of));
    builder.add(JsonSupport.openEnumFactory(ReportMetric.class, ReportMetric::of));
    builder.add(JsonSupport.openEnumFactory(ReportType.class, ReportType::of));
    builder.add(JsonSupport.openEnumFactory(ReportGroupBy.class, ReportGroupBy::of));
    builder.add(JsonSupport.openEnumFactory(AutomationRuleEvent.class, AutomationRuleEvent::of));
    builder.add(JsonSupport.openEnumFactory(CustomFilterType.class, CustomFilterType::of));
    return builder;
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
