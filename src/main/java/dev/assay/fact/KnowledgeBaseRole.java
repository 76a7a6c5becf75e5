package dev.assay.fact;

/**
 * The IAM service role an Amazon Bedrock knowledge base runs as ({@code roleArn} of {@code
 * GetKnowledgeBase}); judged against the role's {@link RolePermissions}.
 *
 * @param arn the knowledge base's ARN
 * @param roleArn the service role, or {@code null} when the response names none
 */
@ResourceKind(service = "bedrock", idNoun = "knowledge-base-role")
public record KnowledgeBaseRole(
    String arn, String accountId, String region, String name, String roleArn)
    implements RoleReference {}
