package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import dev.omnichannel.core.json.JsonSupport;
import java.util.List;
import java.util.Map;

/**
 * A help-center category (spec schema {@code category}). Every component may be null except
 * {@link #linkedCategories()}.
 *
 * @param id the category id
 * @param name the name
 * @param slug the URL slug
 * @param locale the locale, e.g. {@code en}
 * @param description the description
 * @param position sort position in the portal
 * @param accountId the owning account
 * @param portalId the portal it belongs to (in the spec; not all servers send it)
 * @param icon an emoji icon
 * @param parentCategoryId the parent category id (spec form)
 * @param associatedCategoryId the associated category id (spec form)
 * @param linkedCategories associated categories in other locales, as the server describes them
 * @param parentCategory the parent category, as the server describes it
 */
public record HelpCenterCategory(
    Long id,
    String name,
    String slug,
    String locale,
    String description,
    Integer position,
    @Json(name = "account_id") Long accountId,
    @Json(name = "portal_id") Long portalId,
    String icon,
    @Json(name = "parent_category_id") Long parentCategoryId,
    @Json(name = "associated_category_id") Long associatedCategoryId,
    @Json(name = "linked_categories") List<Map<String, Object>> linkedCategories,
    @Json(name = "parent_category") Map<String, Object> parentCategory) {

  /**
   * Normalises a missing linked-category list to an empty one.
   *
   * @param id the category id
   * @param name the name
   * @param slug the URL slug
   * @param locale the locale
   * @param description the description
   * @param position sort position
   * @param accountId the owning account
   * @param portalId the portal
   * @param icon the icon
   * @param parentCategoryId the parent category id
   * @param associatedCategoryId the associated category id
   * @param linkedCategories linked categories, may be null
   * @param parentCategory the parent category
   */
  public HelpCenterCategory {
    linkedCategories = JsonSupport.listOrEmpty(linkedCategories);
  }
}
