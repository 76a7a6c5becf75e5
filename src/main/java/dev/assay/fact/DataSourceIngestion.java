package dev.assay.fact;

import java.time.Instant;

/**
 * When a knowledge-base data source last finished an ingestion (sync) successfully, from {@code
 * ListIngestionJobs}. Kept apart from {@link KnowledgeBaseDataSource} so that an unreadable job
 * list makes only the freshness check ERROR.
 *
 * @param arn the data source's id (see {@link KnowledgeBaseDataSource})
 * @param lastCompletedAt when the newest {@code COMPLETE} job was last updated, or {@code null}
 *     when no ingestion ever completed
 */
@ResourceKind(service = "bedrock", idNoun = "data-source-ingestion")
public record DataSourceIngestion(
    String arn, String accountId, String region, String name, Instant lastCompletedAt)
    implements Resource {}
