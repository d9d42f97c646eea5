package dev.omnichannel.qontak.model;

import com.squareup.moshi.Moshi;
import dev.omnichannel.core.json.JsonSupport;

/** Builds the Moshi every Qontak client and webhook parser shares: core adapters plus Qontak's open enums. */
public final class QontakJson {

  private QontakJson() {}

  /**
   * A builder with the core adapters and every Qontak open enum registered.
   *
   * @return a new builder
   */
  public static Moshi.Builder moshiBuilder() {
    Moshi.Builder builder = JsonSupport.moshiBuilder();
    builder.add(JsonSupport.openEnumFactory(Channel.class, Channel::of));
    builder.add(JsonSupport.openEnumFactory(UserRole.class, UserRole::of));
    builder.add(JsonSupport.openEnumFactory(MessageStatus.class, MessageStatus::of));
    builder.add(JsonSupport.openEnumFactory(RoomStatus.class, RoomStatus::of));
    builder.add(JsonSupport.openEnumFactory(RoomSession.class, RoomSession::of));
    builder.add(JsonSupport.openEnumFactory(ParticipantType.class, ParticipantType::of));
    builder.add(JsonSupport.openEnumFactory(SenderType.class, SenderType::of));
    builder.add(JsonSupport.openEnumFactory(MessageType.class, MessageType::of));
    builder.add(JsonSupport.openEnumFactory(BroadcastExecuteType.class, BroadcastExecuteType::of));
    builder.add(JsonSupport.openEnumFactory(TemplateStatus.class, TemplateStatus::of));
    builder.add(JsonSupport.openEnumFactory(TemplateCategory.class, TemplateCategory::of));
    builder.add(JsonSupport.openEnumFactory(TemplateComponentType.class, TemplateComponentType::of));
    builder.add(JsonSupport.openEnumFactory(TemplateHeaderFormat.class, TemplateHeaderFormat::of));
    builder.add(JsonSupport.openEnumFactory(TemplateButtonType.class, TemplateButtonType::of));
    builder.add(OrganizationSettings.JSON_ADAPTER_FACTORY);
    builder.add(JsonSupport.openEnumFactory(ContactListProgress.class, ContactListProgress::of));
    builder.add(JsonSupport.openEnumFactory(ContactListSourceType.class, ContactListSourceType::of));
    builder.add(JsonSupport.openEnumFactory(RoomInfoTarget.class, RoomInfoTarget::of));
    return builder;
  }

  /**
   * The shared instance, built once.
   *
   * @return the Moshi
   */
  public static Moshi moshi() {
    return Holder.MOSHI;
  }

  private static final class Holder {
    static final Moshi MOSHI = moshiBuilder().build();
  }
}
