package dev.assay.api;

import io.micronaut.core.annotation.Introspected;
import io.micronaut.core.annotation.Nullable;
import java.util.List;
import java.util.Map;

/** Request bodies of {@code /api/v1/assessments}. */
final class AssessmentRequests {

  private AssessmentRequests() {}

  /**
   * @param framework the framework ID, or {@code null} for the default framework
   * @param snapshotDir a snapshot directory (on the server) to evaluate instead of collecting
   */
  @Introspected
  record Create(
      @Nullable String name,
      @Nullable String description,
      @Nullable String framework,
      @Nullable List<String> accounts,
      @Nullable List<String> regions,
      @Nullable List<String> owners,
      @Nullable String reportDestination,
      @Nullable Map<String, String> tags,
      @Nullable String snapshotDir) {}

  @Introspected
  record Status(@Nullable String status, @Nullable String comment) {}

  @Introspected
  record CommentBody(@Nullable String body) {}

  /** A run; {@code snapshotDir} evaluates that directory (on the server) instead of collecting. */
  @Introspected
  record RunRequest(@Nullable String snapshotDir) {}

  @Introspected
  record TextEvidence(@Nullable String text, @Nullable String resourceArn) {}

  @Introspected
  record S3Evidence(@Nullable String s3, @Nullable String resourceArn) {}
}
