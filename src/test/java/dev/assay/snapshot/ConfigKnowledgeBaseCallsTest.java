package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.KnowledgeBase;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS Config {@code AWS::Bedrock::KnowledgeBase} items become ListKnowledgeBases, giving the
 * knowledge-base facts a hand-made snapshot gives; their data sources, which Config does not record
 * in the item, stay uncollected gaps.
 */
class ConfigKnowledgeBaseCallsTest {

  static final Path FILE =
      Path.of(
          "src/test/resources/configsnapshot/"
              + "111111111111_Config_us-east-1_ConfigHistory_KnowledgeBase.json");

  private static final Normalization NORMALIZATION = Normalization.standard();

  @TempDir Path tmp;

  private static NormalizedSnapshot normalize(Path input) {
    return NORMALIZATION.normalize(new SnapshotReader(NORMALIZATION.knownOperations()).read(input));
  }

  private static List<KnowledgeBase> kbs(NormalizedSnapshot n) {
    return n.facts().stream()
        .filter(KnowledgeBase.class::isInstance)
        .map(KnowledgeBase.class::cast)
        .toList();
  }

  @Test
  void knowledgeBaseItemsGiveTheFactsACollectedSnapshotGives() throws IOException {
    Path dir = tmp.resolve("collected/111111111111/us-east-1");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("bedrock-agent.ListKnowledgeBases.json"),
        "{\"knowledgeBaseSummaries\": [{\"knowledgeBaseId\": \"KB12345678\","
            + " \"name\": \"docs-kb\", \"status\": \"ACTIVE\"}]}");
    List<KnowledgeBase> fromConfig = kbs(normalize(FILE));
    assertEquals(kbs(normalize(tmp.resolve("collected"))), fromConfig);
    assertEquals(1, fromConfig.size());
  }

  @Test
  void dataSourcesStayUncollected() {
    NormalizedSnapshot n = normalize(FILE);
    assertTrue(
        n.gaps().stream()
            .anyMatch(
                g ->
                    g.operation().equals("ListDataSources")
                        && g.errorCode().equals(CollectionGap.NOT_COLLECTED)),
        n.gaps().toString());
  }
}
