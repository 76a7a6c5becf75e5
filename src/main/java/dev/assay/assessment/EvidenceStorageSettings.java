package dev.assay.assessment;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.time.Period;

/**
 * Where evidence files are kept and for how long: more {@code assay.assessments.*} keys, in a
 * record of their own so the quotas and schedule beside them stay as they are.
 *
 * @param blobStore {@code local} (files under {@code blob-dir}) or {@code s3}
 * @param s3Bucket the bucket of the S3 blob store
 * @param s3Prefix the key prefix of the S3 blob store ({@code evidence/} by default)
 * @param s3Region the region of S3 calls (blob store and {@code s3://} imports)
 * @param s3EndpointUrl one endpoint for S3 calls (moto, MinIO), or {@code null} for AWS
 * @param retention how long evidence of an INACTIVE assessment is kept before its content may be
 *     purged (its hashes stay, so the chain still verifies)
 */
@ConfigurationProperties("assay.assessments")
public record EvidenceStorageSettings(
    @Bindable(defaultValue = "local") String blobStore,
    @Nullable String s3Bucket,
    @Bindable(defaultValue = "evidence/") String s3Prefix,
    @Bindable(defaultValue = "us-east-1") String s3Region,
    @Nullable String s3EndpointUrl,
    @Bindable(defaultValue = "P7Y") String retention) {

  public static final EvidenceStorageSettings DEFAULTS =
      new EvidenceStorageSettings("local", null, "evidence/", "us-east-1", null, "P7Y");

  public EvidenceStorageSettings {
    if (!"local".equals(blobStore) && !"s3".equals(blobStore)) {
      throw new IllegalArgumentException(
          "assay.assessments.blob-store must be local or s3, not " + blobStore);
    }
    if ("s3".equals(blobStore) && (s3Bucket == null || s3Bucket.isBlank())) {
      throw new IllegalArgumentException(
          "assay.assessments.blob-store is s3, so assay.assessments.s3-bucket must be set");
    }
    retentionPeriod(retention);
  }

  /** The retention as a period. */
  public Period retentionPeriod() {
    return retentionPeriod(retention);
  }

  private static Period retentionPeriod(String text) {
    try {
      Period period = Period.parse(text);
      if (!period.isNegative() && !period.isZero()) {
        return period;
      }
    } catch (RuntimeException e) {
      // One message below.
    }
    throw new IllegalArgumentException(
        "assay.assessments.retention must be a positive ISO-8601 period such as P7Y, not " + text);
  }

  public EvidenceStorageSettings withS3(String bucket, String endpointUrl) {
    return new EvidenceStorageSettings("s3", bucket, s3Prefix, s3Region, endpointUrl, retention);
  }

  public EvidenceStorageSettings withRetention(Period value) {
    return new EvidenceStorageSettings(
        blobStore, s3Bucket, s3Prefix, s3Region, s3EndpointUrl, value.toString());
  }

  public EvidenceStorageSettings withEndpoint(String endpointUrl) {
    return new EvidenceStorageSettings(
        blobStore, s3Bucket, s3Prefix, s3Region, endpointUrl, retention);
  }
}
