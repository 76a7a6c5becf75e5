package dev.assay.fact;

/**
 * An identity ({@code userIdentity.arn}) seen in the CloudTrail event history of one account and
 * region; its calls are {@link TrailIdentityCall} facts.
 */
public record TrailIdentity(String accountId, String region, String identityArn) {}
