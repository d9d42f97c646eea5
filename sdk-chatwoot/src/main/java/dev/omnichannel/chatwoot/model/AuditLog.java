package dev.omnichannel.chatwoot.model;

import com.squareup.moshi.Json;
import java.time.Instant;
import java.util.Map;

/**
 * One audit-log entry (Enterprise editions only; spec schema {@code audit_log}). Every component
 * may be null.
 *
 * @param id the entry id
 * @param auditableId the id of the changed object
 * @param auditableType the type of the changed object, e.g. {@code Inbox}, {@code User}
 * @param auditable the changed object's data, when the server includes it
 * @param associatedId the associated object's id (usually the account)
 * @param associatedType the associated object's type, e.g. {@code Account}
 * @param userId the id of the user who acted
 * @param userType the type of the actor, e.g. {@code User}
 * @param username the actor's email or name
 * @param action {@code create}, {@code update}, {@code destroy}, or another action name
 * @param auditedChanges the changes: attribute name to new value or {@code [old, new]}
 * @param version the entry's version number
 * @param comment an optional comment
 * @param requestUuid the id of the request that caused the change
 * @param createdAt when it happened (epoch seconds on the wire)
 * @param remoteAddress the client IP (masked unless the account enables full addresses)
 * @param location the approximate location of the IP, when the server adds it
 */
public record AuditLog(
    Long id,
    @Json(name = "auditable_id") Long auditableId,
    @Json(name = "auditable_type") String auditableType,
    Map<String, Object> auditable,
    @Json(name = "associated_id") Long associatedId,
    @Json(name = "associated_type") String associatedType,
    @Json(name = "user_id") Long userId,
    @Json(name = "user_type") String userType,
    String username,
    String action,
    @Json(name = "audited_changes") Map<String, Object> auditedChanges,
    Integer version,
    String comment,
    @Json(name = "request_uuid") String requestUuid,
    @Json(name = "created_at") Instant createdAt,
    @Json(name = "remote_address") String remoteAddress,
    String location) {}
