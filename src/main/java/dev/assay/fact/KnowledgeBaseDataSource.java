package dev.assay.fact;

/**
 * One data source of a Bedrock knowledge base, from {@code GetDataSource}. AWS gives it no ARN; its
 * id is {@code arn:aws:bedrock:<region>:<account>:knowledge-base/<kbId>/data-source/<dsId>}.
 *
 * @param knowledgeBaseArn the knowledge base it feeds
 * @param kmsKeyArn {@code serverSideEncryptionConfiguration.kmsKeyArn} (transient data during
 *     ingestion), or {@code null} for an AWS-owned key
 */
@ResourceKind(service = "bedrock", idNoun = "data-source", usageFamily = "bedrock")
public record KnowledgeBaseDataSource(
    String arn,
    String accountId,
    String region,
    String knowledgeBaseArn,
    String dataSourceId,
    String name,
    String kmsKeyArn)
    implements Resource {}
