package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.fact.BedrockTrailLogging;
import dev.assay.fact.CollectionGap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS Config {@code AWS::CloudTrail::Trail} items become DescribeTrails, GetTrailStatus and
 * GetEventSelectors, giving the trail facts a hand-made snapshot gives; a trail item without
 * logging status or selectors leaves them uncollected, never a qualifying trail.
 */
class ConfigTrailCallsTest {

  static final Path FILE =
      Path.of(
          "src/test/resources/configsnapshot/"
              + "111111111111_Config_us-east-1_ConfigHistory_CloudTrail.json");

  private static final Normalization NORMALIZATION = Normalization.standard();

  @TempDir Path tmp;

  private static NormalizedSnapshot normalize(Path input) {
    return NORMALIZATION.normalize(new SnapshotReader(NORMALIZATION.knownOperations()).read(input));
  }

  private static List<BedrockTrailLogging> trailFacts(NormalizedSnapshot n) {
    return n.facts().stream()
        .filter(BedrockTrailLogging.class::isInstance)
        .map(BedrockTrailLogging.class::cast)
        .toList();
  }

  @Test
  void trailItemsGiveTheFactsACollectedSnapshotGives() throws IOException {
    Path dir = tmp.resolve("collected/111111111111/us-east-1");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("cloudtrail.DescribeTrails.json"),
        "{\"trailList\": [{\"Name\": \"bare\"}, {\"Name\": \"bedrock-audit\"},"
            + " {\"Name\": \"paused\"}]}");
    Files.writeString(
        dir.resolve("cloudtrail.GetTrailStatus_bedrock-audit.json"), "{\"IsLogging\": true}");
    Files.writeString(
        dir.resolve("cloudtrail.GetTrailStatus_paused.json"), "{\"IsLogging\": false}");
    Files.writeString(
        dir.resolve("cloudtrail.GetEventSelectors_bedrock-audit.json"),
        "{\"EventSelectors\": [{\"ReadWriteType\": \"All\", \"IncludeManagementEvents\": true}]}");
    List<BedrockTrailLogging> fromConfig = trailFacts(normalize(FILE));
    assertEquals(trailFacts(normalize(tmp.resolve("collected"))), fromConfig);
    assertEquals(
        List.of(new BedrockTrailLogging("111111111111", "us-east-1", "bedrock-audit", false)),
        fromConfig);
  }

  @Test
  void aTrailWithoutRecordedStatusIsAGapNotAQualifyingTrail() throws IOException {
    // bedrock-audit without its logging status: no trail is then known to record Bedrock.
    Path file = tmp.resolve("111111111111_Config_us-east-1_ConfigSnapshot.json");
    Files.writeString(file, Files.readString(FILE).replace("\"isLogging\": true,", ""));
    NormalizedSnapshot n = normalize(file);
    assertEquals("", trailFacts(n).get(0).qualifyingTrails());
    List<CollectionGap> gaps =
        n.gaps().stream().filter(g -> g.operation().equals("GetTrailStatus")).toList();
    assertTrue(
        gaps.stream().anyMatch(g -> g.errorCode().equals(CollectionGap.NOT_COLLECTED)),
        n.gaps().toString());
  }
}
