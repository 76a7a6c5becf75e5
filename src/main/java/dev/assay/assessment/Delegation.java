package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A control set of an assessment delegated to a reviewer, as in Audit Manager's delegations.
 *
 * @param delegate the subject of the reviewer's token (a JWT's {@code sub} or an API key's subject)
 * @param comment the owner's note to the delegate
 * @param submitComment the delegate's summary when submitting the set back for review
 */
@MappedEntity("delegation")
public record Delegation(
    @Id String id,
    String assessmentId,
    String controlSetId,
    String delegate,
    DelegationStatus status,
    @Nullable String comment,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    String createdBy,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt,
    @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) Instant submittedAt,
    @Nullable String submitComment,
    @Nullable @JsonFormat(shape = JsonFormat.Shape.STRING) Instant completedAt,
    @Nullable String completedBy) {}
