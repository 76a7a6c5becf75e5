package dev.assay.assessment.store;

import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code api_key}. The API key itself ({@code dev.assay.auth.ApiKey}) stays free of
 * Micronaut; this is its stored form, with the roles as one comma-separated column and the hash.
 */
@MappedEntity("api_key")
public record ApiKeyRow(
    @Id String id,
    String name,
    String subject,
    String roles,
    String keyPrefix,
    String keyHash,
    Instant createdAt,
    String createdBy,
    @Nullable Instant expiresAt,
    @Nullable Instant revokedAt,
    @Nullable String revokedBy,
    @Nullable Instant lastUsedAt) {}
