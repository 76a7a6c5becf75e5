package dev.assay.report;

import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.core.bind.annotation.Bindable;
import java.nio.file.Path;

/**
 * The {@code assay.reports.*} keys; application.yml lists each with its default and comment.
 *
 * @param signingKey a PEM file with the PKCS#8 private key that signs reports (Ed25519 or EC), or
 *     {@code null} to use the key pair generated under {@code keyDir}
 * @param publicKey a PEM file with the matching public key (X.509 SubjectPublicKeyInfo), needed
 *     when {@code signingKey} does not hold a PUBLIC KEY block itself
 * @param keyDir where a generated key pair is kept (private key readable by the owner only)
 * @param defaultDestination where reports go when the assessment names no report destination: a
 *     directory or {@code s3://bucket/prefix}
 * @param maxEvidenceItems the most evidence items one report may hold (Audit Manager: 22,000)
 * @param s3EndpointUrl send S3 uploads to this endpoint (moto, MinIO), or {@code null} for AWS
 * @param s3Region the region of the S3 client, or {@code null} for the default provider chain
 */
@ConfigurationProperties("assay.reports")
public record ReportSettings(
    @Nullable Path signingKey,
    @Nullable Path publicKey,
    @Bindable(defaultValue = "data/keys") Path keyDir,
    @Bindable(defaultValue = "data/reports") String defaultDestination,
    @Bindable(defaultValue = "22000") int maxEvidenceItems,
    @Nullable String s3EndpointUrl,
    @Nullable String s3Region) {

  public static final int AUDIT_MANAGER_LIMIT = 22_000;

  /** The defaults under a data directory, for code that runs without a Micronaut context. */
  public static ReportSettings defaults(Path dataDir) {
    return new ReportSettings(
        null,
        null,
        dataDir.resolve("keys"),
        dataDir.resolve("reports").toString(),
        AUDIT_MANAGER_LIMIT,
        null,
        null);
  }

  public ReportSettings withMaxEvidenceItems(int max) {
    return new ReportSettings(
        signingKey, publicKey, keyDir, defaultDestination, max, s3EndpointUrl, s3Region);
  }

  public ReportSettings withS3(String endpointUrl, String region) {
    return new ReportSettings(
        signingKey, publicKey, keyDir, defaultDestination, maxEvidenceItems, endpointUrl, region);
  }
}
