package dev.assay.fact;

import java.time.Instant;

/**
 * The AWS Backup recovery points of a bucket holding GenAI model artefacts, from {@code
 * ListRecoveryPointsByResource}. Kept apart from {@link ModelArtifactBucket} so that a failed
 * Backup call makes only the backup rule ERROR.
 *
 * @param arn {@code arn:aws:s3:::<bucket>}
 * @param latestCompleted the newest {@code COMPLETED} recovery point, or {@code null} when none
 */
@ResourceKind(service = "backup", idNoun = "model-artifact-backup")
public record ModelArtifactBackup(
    String arn, String accountId, String region, String bucketName, Instant latestCompleted)
    implements Resource {}
