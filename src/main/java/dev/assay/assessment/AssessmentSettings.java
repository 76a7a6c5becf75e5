package dev.assay.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * The {@code assay.assessments.*} keys; application.yml lists each with its default and comment.
 *
 * @param blobDir where uploaded evidence files are kept, one file per SHA-256
 * @param snapshotDir where collections for assessments write their snapshots
 * @param collectOnCreate whether a new assessment runs its first collection right away
 * @param scheduleEnabled whether active assessments are collected on {@code scheduleCron}
 * @param scheduleCron when scheduled collections run (cron, server time zone)
 * @param maxActiveAssessments the active-assessment quota
 * @param maxUploadBytes the largest manual evidence file
 * @param maxUploadsPerControlPerDay manual uploads per control per UTC day
 * @param awsEndpointUrl one endpoint for every AWS call of a collection (moto), or {@code null}
 * @param awsRoleName role assumed in the scope's other accounts, or {@code null}
 */
@ConfigurationProperties("assay.assessments")
public record AssessmentSettings(
    @Bindable(defaultValue = "data/blobs") Path blobDir,
    @Bindable(defaultValue = "data/snapshots") Path snapshotDir,
    @Bindable(defaultValue = "true") boolean collectOnCreate,
    @Bindable(defaultValue = "true") boolean scheduleEnabled,
    @Bindable(defaultValue = "0 0 3 * * *") String scheduleCron,
    @Bindable(defaultValue = "100") int maxActiveAssessments,
    @Bindable(defaultValue = "104857600") long maxUploadBytes,
    @Bindable(defaultValue = "100") int maxUploadsPerControlPerDay,
    @Nullable String awsEndpointUrl,
    @Nullable String awsRoleName) {

  /** The defaults, for code that runs without a Micronaut context (tests, tools). */
  public static AssessmentSettings defaults(Path dataDir) {
    return new AssessmentSettings(
        dataDir.resolve("blobs"),
        dataDir.resolve("snapshots"),
        true,
        true,
        "0 0 3 * * *",
        100,
        100L * 1024 * 1024,
        100,
        null,
        null);
  }

  public AssessmentSettings withCollectOnCreate(boolean value) {
    return new AssessmentSettings(
        blobDir,
        snapshotDir,
        value,
        scheduleEnabled,
        scheduleCron,
        maxActiveAssessments,
        maxUploadBytes,
        maxUploadsPerControlPerDay,
        awsEndpointUrl,
        awsRoleName);
  }

  public AssessmentSettings withQuotas(int activeAssessments, long uploadBytes, int uploadsPerDay) {
    return new AssessmentSettings(
        blobDir,
        snapshotDir,
        collectOnCreate,
        scheduleEnabled,
        scheduleCron,
        activeAssessments,
        uploadBytes,
        uploadsPerDay,
        awsEndpointUrl,
        awsRoleName);
  }
}
