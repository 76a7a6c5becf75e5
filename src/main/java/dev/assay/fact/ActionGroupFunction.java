package dev.assay.fact;

/**
 * A Lambda-backed action group of an Amazon Bedrock agent's working draft ({@code
 * GetAgentActionGroup} with {@code actionGroupExecutor.lambda}) and the execution role of its
 * function ({@code Role} of Lambda {@code GetFunctionConfiguration}), judged against the role's
 * {@link RolePermissions}. Action groups that return control to the caller run no function and are
 * not facts.
 *
 * @param arn {@code arn:aws:bedrock:<region>:<account>:agent/<agentId>/action-group/<id>} (AWS
 *     gives action groups no ARN)
 * @param functionArn the function the action group names
 * @param functionFound whether Lambda knows the function ({@code false}: {@code
 *     ResourceNotFoundException})
 * @param roleArn the function's execution role, or {@code null} when the function was not found
 */
@ResourceKind(service = "bedrock", idNoun = "agent-action-group")
public record ActionGroupFunction(
    String arn,
    String accountId,
    String region,
    String name,
    String agentName,
    String functionArn,
    boolean functionFound,
    String roleArn)
    implements RoleReference {}
