package dev.assay.assessment.evidence;

import java.net.URI;
import java.nio.file.Path;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;

/** Builds the configured blob store, and the S3 client for the S3 store and s3:// imports. */
public final class BlobStores {

  private BlobStores() {}

  /**
   * @param kind {@code local} or {@code s3}
   */
  public static BlobStore create(
      String kind, Path localDir, S3Client s3, String bucket, String prefix) {
    return "s3".equals(kind) ? new S3BlobStore(s3, bucket, prefix) : new LocalBlobStore(localDir);
  }

  /**
   * An S3 client for a region and, when given, one endpoint (path-style, as moto and MinIO need).
   */
  public static S3Client s3(String region, String endpointUrl) {
    var builder =
        S3Client.builder().region(Region.of(region)).httpClient(UrlConnectionHttpClient.create());
    if (endpointUrl != null && !endpointUrl.isBlank()) {
      builder.endpointOverride(URI.create(endpointUrl)).forcePathStyle(true);
    } else {
      builder.crossRegionAccessEnabled(true);
    }
    return builder.build();
  }
}
