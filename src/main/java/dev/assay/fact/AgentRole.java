package dev.assay.fact;

/**
 * An IAM service role an agent holds: the draft's role, or the role of a version that a prepared
 * alias accepting invocations routes to.
 */
public record AgentRole(String agentArn, String agentName, String roleArn) {}
