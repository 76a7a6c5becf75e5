package dev.assay.fact;

/**
 * An IAM role that people or other accounts can assume: its trust policy allows an {@code AWS} or
 * {@code Federated} principal (also next to a {@code Service} one). Service roles, which only AWS
 * services assume, have no such fact. Its attached policies are {@link AttachedPolicy} facts.
 */
@ResourceKind(service = "iam", idNoun = "assumable-role", global = true)
public record AssumableRole(String arn, String accountId, String region, String name)
    implements Resource {}
