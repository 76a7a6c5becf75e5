package dev.assay.fact;

/**
 * Whether the account's organization governs Bedrock with an Organizations Bedrock policy, from
 * {@code DescribeOrganization}, {@code ListRoots} (enabled policy types), {@code
 * ListPolicies(BEDROCK_POLICY)} and {@code ListTargetsForPolicy}.
 *
 * @param arn {@code arn:aws:organizations::<account>:bedrock-policy}
 * @param state {@code NO_ORGANIZATION}, {@code TYPE_NOT_ENABLED} (not enabled at the root), {@code
 *     NOT_ATTACHED} (enabled, but no Bedrock policy is attached anywhere) or {@code ATTACHED}
 */
@ResourceKind(service = "organizations", idNoun = "bedrock-policy", global = true)
public record BedrockOrgPolicy(String arn, String accountId, String region, String state)
    implements Resource {}
