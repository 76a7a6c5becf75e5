package dev.assay.fact;

/**
 * An S3 bucket that holds GenAI model artefacts (a SageMaker training job's output, a Bedrock
 * custom model's output), with its versioning status ({@code GetBucketVersioning}). The region is
 * that of the jobs naming it.
 *
 * @param arn {@code arn:aws:s3:::<bucket>}
 * @param versioning {@code Enabled}, {@code Suspended}, or {@code null} when never enabled
 */
@ResourceKind(service = "s3", idNoun = "model-artifact-bucket")
public record ModelArtifactBucket(
    String arn, String accountId, String region, String bucketName, String versioning)
    implements Resource {}
