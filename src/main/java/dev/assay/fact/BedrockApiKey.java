package dev.assay.fact;

/**
 * A long-term Amazon Bedrock API key: an IAM service-specific credential for {@code
 * bedrock.amazonaws.com}, from {@code ListServiceSpecificCredentials}.
 *
 * @param arn {@code arn:aws:iam::<account>:user/<user>/credential/<credential id>}
 * @param status {@code Active} or {@code Inactive}
 * @param expiration when it expires, or {@code null} when AWS reports no expiry
 */
@ResourceKind(service = "iam", idNoun = "bedrock-api-key", global = true)
public record BedrockApiKey(
    String arn,
    String accountId,
    String region,
    String userName,
    String credentialId,
    String status,
    java.time.Instant expiration)
    implements Resource {

  public boolean active() {
    return !"Inactive".equals(status);
  }
}
