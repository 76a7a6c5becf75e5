package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.evaluation.AssayEngine;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS Config {@code AWS::KMS::Key} and {@code AWS::KMS::Alias} items feed the KMS rules for the
 * keys Config-recorded notebooks name (by ARN, key id or alias); a key without a recorded rotation
 * status is ERROR, and without alias items the region is ERROR (a key named by alias could be
 * missed).
 */
class ConfigKmsKeyCallsTest {

  private static final Path FILE =
      Path.of(
          "src/test/resources/configsnapshot/111111111111_Config_us-east-1_ConfigSnapshot_KMS.json");
  private static final String KEY =
      "arn:aws:kms:us-east-1:111111111111:key/5e6f7a8b-0000-4000-8000-00000000b00";

  private static AssayEngine engine;

  @BeforeAll
  static void load() {
    engine = AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-best-practices-v2");
  }

  private static Map<String, Status> statuses(Path input, String rule) {
    Map<String, Status> out = new TreeMap<>();
    for (Finding f :
        engine
            .evaluate(
                engine.snapshotReader().read(input),
                "genai-best-practices-v2",
                Instant.parse("2026-11-20T00:00:00Z"))
            .findings()) {
      if (f.ruleId().equals(rule)) {
        out.put(f.resourceArn(), f.status());
      }
    }
    return out;
  }

  @Test
  void keysNotebooksNameAreJudgedFromTheirConfigItems() {
    assertEquals(
        Map.of(
            KEY + "1", Status.PASS,
            KEY + "2", Status.FAIL,
            KEY + "3", Status.PASS,
            KEY + "4", Status.ERROR),
        statuses(FILE, "kms_cmk_rotation_enabled"));
    Map<String, Status> deletion = statuses(FILE, "kms_cmk_not_deleted_unintentionally");
    assertEquals(Status.FAIL, deletion.get(KEY + "3"));
    assertEquals(Status.PASS, deletion.get(KEY + "1"));
  }

  @Test
  void withoutAliasItemsNoKeyPasses(@TempDir Path tmp) throws IOException {
    Path file = tmp.resolve("111111111111_Config_us-east-1_ConfigSnapshot_KMS.json");
    Files.writeString(
        file, Files.readString(FILE).replace("\"AWS::KMS::Alias\"", "\"AWS::KMS::Replica\""));
    Map<String, Status> rotation = statuses(file, "kms_cmk_rotation_enabled");
    // Keys named by ARN or id are still judged; one named only by alias may be missed, so the
    // region as a whole is ERROR instead of the stale key passing unseen.
    assertEquals(Status.ERROR, rotation.get("arn:aws:kms:us-east-1:111111111111:key/*"));
    assertEquals(Status.PASS, rotation.get(KEY + "1"));
    assertTrue(!rotation.containsKey(KEY + "2"), rotation.toString());
  }
}
