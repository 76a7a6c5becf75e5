package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.DataSourceIngestion;
import dev.assay.fact.KnowledgeBase;
import dev.assay.fact.KnowledgeBaseDataSource;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Amazon Bedrock knowledge bases, their data sources and the data sources' ingestion jobs. */
public final class BedrockKnowledgeBasesNormalizer implements Normalizer {

  private static final String BA = "bedrock-agent";
  private static final String DS = "KnowledgeBaseDataSource";
  private static final String INGESTION = "DataSourceIngestion";

  @Override
  public Set<String> reads() {
    return Set.of(
        "bedrock-agent.ListKnowledgeBases",
        "bedrock-agent.ListDataSources",
        "bedrock-agent.GetDataSource",
        "bedrock-agent.ListIngestionJobs");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    for (JsonNode item :
        calls.listItems(
            BA, "ListKnowledgeBases", "knowledgeBaseSummaries", "KnowledgeBase", DS, INGESTION)) {
      String kbId = Json.text(item, "knowledgeBaseId");
      String kbArn = calls.arn("bedrock", kbId == null ? null : "knowledge-base/" + kbId);
      out.add(
          new KnowledgeBase(
              kbArn, calls.accountId(), calls.region(), kbId, Json.text(item, "name")));
      if (kbId != null) {
        dataSources(calls, out, kbId, kbArn);
      }
    }
  }

  private static void dataSources(ScopeCalls calls, FactSink out, String kbId, String kbArn) {
    // A data-source list that cannot be read is an ERROR reported against its knowledge base.
    List<JsonNode> pages =
        DetailCalls.pagesAbout(
                calls,
                BA,
                "ListDataSources",
                kbArn,
                List.of(Map.entry("knowledgeBaseId", kbId)),
                DS,
                INGESTION)
            .orElse(List.of());
    for (JsonNode page : pages) {
      for (JsonNode summary : Json.array(page, "dataSourceSummaries")) {
        String dsId = Json.text(summary, "dataSourceId");
        if (dsId == null) {
          // An unnamed data source cannot be looked up: a gap against its knowledge base.
          calls.detail(BA, "GetDataSource", "dataSourceId", null, kbArn, DS, INGESTION);
          continue;
        }
        String arn = kbArn + "/data-source/" + dsId;
        String name = Json.text(summary, "name");
        List<Map.Entry<String, String>> key =
            List.of(Map.entry("knowledgeBaseId", kbId), Map.entry("dataSourceId", dsId));
        DetailCalls.byFields(calls, BA, "GetDataSource", arn, key, DS)
            .map(r -> r.path("dataSource"))
            .ifPresent(
                d ->
                    out.add(
                        new KnowledgeBaseDataSource(
                            arn,
                            calls.accountId(),
                            calls.region(),
                            kbArn,
                            dsId,
                            Json.text(d, "name", name),
                            Json.text(d.path("serverSideEncryptionConfiguration"), "kmsKeyArn"))));
        DetailCalls.pagesAbout(calls, BA, "ListIngestionJobs", arn, key, INGESTION)
            .ifPresent(
                jobs ->
                    out.add(
                        new DataSourceIngestion(
                            arn, calls.accountId(), calls.region(), name, lastCompleted(jobs))));
      }
    }
  }

  /** The newest time a {@code COMPLETE} ingestion job finished, or {@code null} if none did. */
  private static Instant lastCompleted(List<JsonNode> pages) {
    Instant last = null;
    for (JsonNode page : pages) {
      for (JsonNode job : Json.array(page, "ingestionJobSummaries")) {
        Instant at = Json.instant(job, "updatedAt");
        if ("COMPLETE".equals(Json.text(job, "status"))
            && at != null
            && (last == null || at.isAfter(last))) {
          last = at;
        }
      }
    }
    return last;
  }
}
