package dev.assay.fact;

/**
 * An S3 bucket that holds GenAI training data (named in a SageMaker training job's input channels
 * or a Bedrock custom model's training or validation data), with what its bucket policy ({@code
 * GetBucketPolicy}) allows. The region is that of the jobs naming it.
 *
 * @param arn {@code arn:aws:s3:::<bucket>}
 * @param hasPolicy whether the bucket has a bucket policy at all
 * @param publicWithoutCondition an Allow statement names {@code Principal: "*"} without a condition
 * @param deniesInsecureTransport a Deny statement refuses requests where {@code
 *     aws:SecureTransport} is false
 */
@ResourceKind(service = "s3", idNoun = "training-data-bucket")
public record TrainingDataBucket(
    String arn,
    String accountId,
    String region,
    String bucketName,
    boolean hasPolicy,
    boolean publicWithoutCondition,
    boolean deniesInsecureTransport)
    implements Resource {}
