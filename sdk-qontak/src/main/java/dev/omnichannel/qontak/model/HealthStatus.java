package dev.omnichannel.qontak.model;

/**
 * The health check's answer.
 *
 * @param status {@code ok} when the service is up
 */
public record HealthStatus(String status) {}
