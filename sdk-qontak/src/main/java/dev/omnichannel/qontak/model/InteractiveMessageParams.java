package dev.omnichannel.qontak.model;

import dev.omnichannel.core.JsonParams;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An interactive WhatsApp message sent by the bot
 * ({@code POST /messages/whatsapp/interactive_message/bot}, known only from community
 * integrations): {@code {room_id, type, interactive:{header?, body, buttons? | lists?}}}.
 *
 * <p>Either up to 3 reply {@link Builder#button buttons} ({@code type} {@code button}) or one
 * {@link Builder#list list} of sections ({@code type} {@code list}). {@code toString()} shows
 * field names only.
 */
public final class InteractiveMessageParams extends JsonParams {

  /** WhatsApp's limit of reply buttons per message. */
  public static final int MAX_BUTTONS = 3;

  private InteractiveMessageParams(Builder b) {
    super(b);
  }

  /**
   * Starts a builder.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builder for {@link InteractiveMessageParams}. */
  public static final class Builder extends JsonParams.Builder<Builder> {
    private String roomId;
    private InteractiveHeader header;
    private String body;
    private final List<InteractiveButton> buttons = new ArrayList<>();
    private String listButton;
    private List<InteractiveSection> sections;

    private Builder() {}

    @Override
    protected Builder self() {
      return this;
    }

    /**
     * The room ({@code room_id}, required).
     *
     * @param roomId the room id
     * @return this builder
     */
    public Builder roomId(String roomId) {
      this.roomId = roomId;
      return this;
    }

    /**
     * The optional header ({@code interactive.header}).
     *
     * @param header the header, or null
     * @return this builder
     */
    public Builder header(InteractiveHeader header) {
      this.header = header;
      return this;
    }

    /**
     * The message text ({@code interactive.body}, required).
     *
     * @param body the text
     * @return this builder
     */
    public Builder body(String body) {
      this.body = body;
      return this;
    }

    /**
     * Adds a reply button ({@code interactive.buttons[]}; makes it a {@code button} message).
     *
     * @param button the button
     * @return this builder
     */
    public Builder button(InteractiveButton button) {
      buttons.add(java.util.Objects.requireNonNull(button, "button"));
      return this;
    }

    /**
     * Adds a reply button by id and title.
     *
     * @param id the button id
     * @param title the label
     * @return this builder
     */
    public Builder button(String id, String title) {
      return button(new InteractiveButton(id, title));
    }

    /**
     * Makes it a {@code list} message ({@code interactive.lists}).
     *
     * @param buttonText the label of the button that opens the list ({@code lists.button})
     * @param sections the sections ({@code lists.sections})
     * @return this builder
     */
    public Builder list(String buttonText, List<InteractiveSection> sections) {
      this.listButton = buttonText;
      this.sections = sections == null ? null : List.copyOf(sections);
      return this;
    }

    /**
     * Validates and builds the parameters.
     *
     * @return the parameters
     * @throws IllegalArgumentException when {@code room_id} or the body is missing, there are
     *     neither buttons nor a list (or both), more than 3 buttons, or a list without button
     *     text or sections
     */
    public InteractiveMessageParams build() {
      if (roomId == null || roomId.isBlank()) {
        throw new IllegalArgumentException("room_id is required");
      }
      if (body == null || body.isBlank()) {
        throw new IllegalArgumentException("body is required");
      }
      boolean isList = sections != null;
      if (isList == !buttons.isEmpty()) {
        throw new IllegalArgumentException("an interactive message has either buttons or a list");
      }
      if (buttons.size() > MAX_BUTTONS) {
        throw new IllegalArgumentException("at most " + MAX_BUTTONS + " buttons are allowed, got " + buttons.size());
      }
      Map<String, Object> interactive = new LinkedHashMap<>();
      if (header != null) {
        interactive.put("header", header);
      }
      interactive.put("body", body);
      if (isList) {
        if (listButton == null || listButton.isBlank()) {
          throw new IllegalArgumentException("a list needs its button text");
        }
        if (sections.isEmpty()) {
          throw new IllegalArgumentException("a list needs at least one section");
        }
        Map<String, Object> lists = new LinkedHashMap<>();
        lists.put("button", listButton);
        lists.put("sections", sections);
        interactive.put("lists", lists);
      } else {
        interactive.put("buttons", List.copyOf(buttons));
      }
      put("room_id", roomId);
      put("type", isList ? "list" : "button");
      put("interactive", interactive);
      return new InteractiveMessageParams(this);
    }
  }
}
