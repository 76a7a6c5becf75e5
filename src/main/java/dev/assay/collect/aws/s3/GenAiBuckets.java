package dev.assay.collect.aws.s3;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceScope;
import java.util.HashSet;
import java.util.Set;
import software.amazon.awssdk.services.backup.BackupClient;
import software.amazon.awssdk.services.backup.model.ListRecoveryPointsByResourceRequest;
import software.amazon.awssdk.services.backup.model.ListRecoveryPointsByResourceResponse;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.GetBucketEncryptionRequest;
import software.amazon.awssdk.services.s3.model.GetBucketPolicyRequest;
import software.amazon.awssdk.services.s3.model.GetBucketVersioningRequest;

/**
 * The bucket-level calls about the S3 buckets GenAI resources name, made in the scope of the
 * resource that names them (the normalizers look them up there): default encryption of the buckets
 * that receive invocation logs and browser recordings, the policy of training-data buckets, and
 * versioning and AWS Backup recovery points of model-artefact buckets. Each call is made once per
 * bucket and scope, written as {@code s3.<Operation>_<bucket>.json} with {@code Bucket} in its
 * request.
 */
public final class GenAiBuckets {

  public static final String ENCRYPTION = "s3.GetBucketEncryption";
  public static final String POLICY = "s3.GetBucketPolicy";
  public static final String VERSIONING = "s3.GetBucketVersioning";
  public static final String RECOVERY_POINTS = "backup.ListRecoveryPointsByResource";

  private final ServiceScope scope;
  private final CallRecorder s3;
  private final CallRecorder backup;
  private final Set<String> done = new HashSet<>();

  public GenAiBuckets(ServiceScope scope) {
    this.scope = scope;
    this.s3 = scope.recorder("s3");
    this.backup = scope.recorder("backup");
  }

  private S3Client client() {
    // Buckets live in any region: the client follows S3's redirects to the bucket's own.
    return scope.client(
        () ->
            S3Client.builder()
                .crossRegionAccessEnabled(true)
                .forcePathStyle(scope.customEndpoint()));
  }

  /** Default encryption; a bucket without one is an answer, not a gap. */
  public void encryption(String bucket) {
    if (bucket == null || !done.add(ENCRYPTION + bucket)) {
      return;
    }
    s3.detailOrAbsent(
        "GetBucketEncryption",
        bucket,
        GetBucketEncryptionRequest.builder().bucket(bucket).build(),
        client()::getBucketEncryption,
        Set.of("ServerSideEncryptionConfigurationNotFoundError"));
  }

  /** The bucket policy of a training-data location ({@code s3://bucket/prefix}). */
  public void trainingData(String uri) {
    String bucket = bucketOf(uri);
    if (bucket == null || !done.add(POLICY + bucket)) {
      return;
    }
    s3.detailOrAbsent(
        "GetBucketPolicy",
        bucket,
        GetBucketPolicyRequest.builder().bucket(bucket).build(),
        client()::getBucketPolicy,
        Set.of("NoSuchBucketPolicy"));
  }

  /** Versioning and recovery points of a model-artefact location. */
  public void artifacts(String uri) {
    String bucket = bucketOf(uri);
    if (bucket == null || !done.add(VERSIONING + bucket)) {
      return;
    }
    s3.detail(
        "GetBucketVersioning",
        bucket,
        GetBucketVersioningRequest.builder().bucket(bucket).build(),
        client()::getBucketVersioning);
    BackupClient client = scope.client(BackupClient::builder);
    backup.listAbout(
        "ListRecoveryPointsByResource",
        bucket,
        ListRecoveryPointsByResourceRequest.builder().resourceArn("arn:aws:s3:::" + bucket).build(),
        client::listRecoveryPointsByResourcePaginator,
        ListRecoveryPointsByResourceResponse::recoveryPoints);
  }

  /** The bucket of an {@code s3://} URI, or {@code null}. */
  public static String bucketOf(String uri) {
    if (uri == null || !uri.startsWith("s3://")) {
      return null;
    }
    String rest = uri.substring(5);
    int slash = rest.indexOf('/');
    String bucket = slash < 0 ? rest : rest.substring(0, slash);
    return bucket.isEmpty() ? null : bucket;
  }
}
