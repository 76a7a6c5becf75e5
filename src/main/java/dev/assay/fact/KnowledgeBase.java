package dev.assay.fact;

/**
 * An Amazon Bedrock knowledge base, from {@code ListKnowledgeBases}. Its data sources are {@link
 * KnowledgeBaseDataSource} facts.
 */
@ResourceKind(service = "bedrock", idNoun = "knowledge-base", usageFamily = "bedrock")
public record KnowledgeBase(
    String arn, String accountId, String region, String knowledgeBaseId, String name)
    implements Resource {}
