package dev.assay.assessment;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.time.Instant;

/**
 * A control set of an assessment delegated to a reviewer, as in Audit Manager's delegations.
 *
 * @param delegate the subject of the reviewer's token (a JWT's {@code sub} or an API key's subject)
 * @param comment the owner's note to the delegate
 * @param submitComment the delegate's summary when submitting the set back for review
 */
public record Delegation(
    String id,
    String assessmentId,
    String controlSetId,
    String delegate,
    DelegationStatus status,
    String comment,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant createdAt,
    String createdBy,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant updatedAt,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant submittedAt,
    String submitComment,
    @JsonFormat(shape = JsonFormat.Shape.STRING) Instant completedAt,
    String completedBy) {}
