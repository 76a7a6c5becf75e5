package dev.assay.fact;

/**
 * What the owner of a {@link BedrockApiKey} may do: its user's attached and inline policies and
 * those of its groups. Kept apart from the key so unreadable policies make only the privilege rule
 * ERROR.
 *
 * @param arn the key's id, as {@link BedrockApiKey}
 */
@ResourceKind(service = "iam", idNoun = "bedrock-api-key-privileges", global = true)
public record BedrockApiKeyPrivileges(
    String arn,
    String accountId,
    String region,
    String userName,
    boolean ownerGrantsAdmin,
    boolean ownerGrantsPrivilegeEscalation,
    boolean ownerGrantsBedrockFullAccess)
    implements Resource {}
