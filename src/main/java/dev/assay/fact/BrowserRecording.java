package dev.assay.fact;

/**
 * Where an AgentCore browser stores its session recordings and how that S3 bucket encrypts them by
 * default ({@code s3 GetBucketEncryption}). Kept apart from {@link AgentCoreBrowser} so that an
 * unreadable bucket makes only the recording check ERROR.
 *
 * @param arn the browser's ARN
 * @param enabled whether session recording is on ({@code recording.enabled})
 * @param bucket the recording bucket, or {@code null} when recording is off
 * @param sseAlgorithm the bucket's default {@code SSEAlgorithm} ({@code AES256}, {@code aws:kms},
 *     {@code aws:kms:dsse}), or {@code null} when recording is off or the bucket has no default
 */
@ResourceKind(service = "bedrock-agentcore", idNoun = "browser-recording")
public record BrowserRecording(
    String arn,
    String accountId,
    String region,
    String name,
    boolean enabled,
    String bucket,
    String sseAlgorithm)
    implements Resource {}
