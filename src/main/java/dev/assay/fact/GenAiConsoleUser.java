package dev.assay.fact;

/**
 * An IAM user who can sign in to the console ({@code GetLoginProfile}) and whose policies (own and
 * groups') allow Bedrock or SageMaker actions; other users have no such fact.
 *
 * @param arn the user's ARN
 * @param mfaDevices how many MFA devices {@code ListMFADevices} reports for the user
 */
@ResourceKind(service = "iam", idNoun = "genai-console-user", global = true)
public record GenAiConsoleUser(
    String arn, String accountId, String region, String userName, int mfaDevices)
    implements Resource {}
