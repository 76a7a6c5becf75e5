package dev.assay.fact;

/**
 * Whether the account's organization opts all accounts out of AWS AI services using their content,
 * from Organizations {@code DescribeOrganization}, {@code ListPolicies(AISERVICES_OPT_OUT_POLICY)},
 * {@code DescribePolicy} and {@code ListTargetsForPolicy}.
 *
 * @param arn {@code arn:aws:organizations::<account>:ai-services-opt-out-policy}
 * @param state {@code NO_ORGANIZATION}; {@code NO_POLICY} (no policy assigns {@code optOut} to
 *     {@code default} and forbids child policies from changing it); {@code NOT_ATTACHED_TO_ROOT}
 *     (such a policy exists but is not attached to the root); or {@code ENFORCED}
 * @param policyName the enforcing (or unattached enforcing) policy, or {@code null}
 */
@ResourceKind(service = "organizations", idNoun = "ai-services-opt-out-policy", global = true)
public record AiOptOutPolicy(
    String arn, String accountId, String region, String state, String policyName)
    implements Resource {}
