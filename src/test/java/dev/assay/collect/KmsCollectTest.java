package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.collect.Runs.Run;
import dev.assay.evaluation.AssayEngine;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.kms.KmsClient;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.InstanceType;

/**
 * KMS end to end through moto: keys made with the SDK, notebooks that name three of them (by ARN,
 * alias and id), {@code collect}, then {@code evaluate}: the rotated key passes, the unrotated one
 * and the one pending deletion fail, and the key no notebook names is not judged.
 */
class KmsCollectTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;

  private static final String ACCOUNT = "888888888888";
  private static final String REGION = "us-east-1";

  private static AwsStub stub;
  private static Run collect;
  private static Path collected;
  private static String rotated;
  private static String stale;
  private static String leaving;
  private static String unused;

  @BeforeAll
  static void collect() throws IOException {
    Runs.useTestCredentials();
    MotoWorld moto = new MotoWorld(MOTO.url());
    try (KmsClient kms = moto.client(KmsClient.builder(), ACCOUNT, REGION)) {
      rotated = kms.createKey(k -> k.description("rotated")).keyMetadata().arn();
      kms.enableKeyRotation(r -> r.keyId(rotated));
      stale = kms.createKey(k -> k.description("stale")).keyMetadata().keyId();
      kms.createAlias(a -> a.aliasName("alias/genai-notebooks").targetKeyId(stale));
      leaving = kms.createKey(k -> k.description("leaving")).keyMetadata().keyId();
      kms.enableKeyRotation(r -> r.keyId(leaving));
      kms.scheduleKeyDeletion(d -> d.keyId(leaving).pendingWindowInDays(7));
      unused = kms.createKey(k -> k.description("unused")).keyMetadata().keyId();
    }
    try (SageMakerClient sm = moto.client(SageMakerClient.builder(), ACCOUNT, REGION)) {
      String role = "arn:aws:iam::" + ACCOUNT + ":role/SageMakerRole";
      String alias = "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":alias/genai-notebooks";
      for (String[] nb :
          new String[][] {{"nb-rotated", rotated}, {"nb-alias", alias}, {"nb-leaving", leaving}}) {
        sm.createNotebookInstance(
            n ->
                n.notebookInstanceName(nb[0])
                    .instanceType(InstanceType.ML_T3_MEDIUM)
                    .roleArn(role)
                    .kmsKeyId(nb[1]));
      }
    }
    stub = new AwsStub(MOTO.url());
    Recorded.missingInMoto(stub);
    collected = tmp.resolve("kms");
    collect =
        Runs.cli(
            "collect",
            "--output",
            collected.toString(),
            "--accounts",
            ACCOUNT,
            "--role-name",
            "AssayReadOnly",
            "--regions",
            REGION,
            "--services",
            "kms,sagemaker",
            "--endpoint-url",
            stub.url().toString());
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  private static String arn(String keyId) {
    return keyId.startsWith("arn:")
        ? keyId
        : "arn:aws:kms:" + REGION + ":" + ACCOUNT + ":key/" + keyId;
  }

  @Test
  void keysTheNotebooksNameAreJudged() {
    assertEquals(0, collect.exit(), collect.out() + collect.err());
    AssayEngine engine =
        AssayEngine.load(Path.of("rules"), Path.of("frameworks"), "genai-best-practices-v2");
    Map<String, String> statuses = new TreeMap<>();
    engine
        .evaluate(
            engine.snapshotReader().read(collected),
            "genai-best-practices-v2",
            Instant.parse(Runs.AT))
        .findings()
        .stream()
        .filter(f -> f.ruleId().startsWith("kms_"))
        .forEach(f -> statuses.put(f.ruleId() + " | " + f.resourceArn(), f.status().name()));
    assertEquals(
        Map.of(
            "kms_cmk_rotation_enabled | " + arn(rotated), "PASS",
            "kms_cmk_rotation_enabled | " + arn(stale), "FAIL",
            "kms_cmk_rotation_enabled | " + arn(leaving), "PASS",
            "kms_cmk_not_deleted_unintentionally | " + arn(rotated), "PASS",
            "kms_cmk_not_deleted_unintentionally | " + arn(stale), "PASS",
            "kms_cmk_not_deleted_unintentionally | " + arn(leaving), "FAIL"),
        statuses);
    List<String> facts = Runs.facts(collected);
    assertTrue(facts.stream().noneMatch(f -> f.contains(unused)), String.join("\n", facts));
  }
}
