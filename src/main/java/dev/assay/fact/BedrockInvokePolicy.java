package dev.assay.fact;

/**
 * A customer-managed or inline IAM policy that allows invoking Bedrock models ({@code
 * bedrock:InvokeModel*}, {@code bedrock:Converse*}); other policies have no such fact.
 *
 * @param arn the managed policy's ARN, or the inline policy's id as in {@link InlinePolicy}
 * @param unguardedStatements the statements (Sid, or position) that allow invocation without a
 *     {@code bedrock:GuardrailIdentifier} condition, comma-separated; empty when every one has it
 */
@ResourceKind(service = "iam", idNoun = "bedrock-invoke-policy", global = true)
public record BedrockInvokePolicy(
    String arn, String accountId, String region, String name, String unguardedStatements)
    implements Resource {

  public boolean guardrailEnforced() {
    return unguardedStatements.isEmpty();
  }
}
