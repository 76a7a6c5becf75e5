package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.fact.GroundingFilter;
import dev.assay.fact.Guardrail;
import dev.assay.fact.GuardrailContentFilter;
import dev.assay.fact.GuardrailGrounding;
import dev.assay.fact.SensitiveInformationFilter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS Config {@code AWS::Bedrock::Guardrail} items (CloudFormation properties, either letter case)
 * become ListGuardrails and GetGuardrail, giving the guardrail facts a hand-made snapshot gives; a
 * grounding filter Config records without enabled/action stays undetermined.
 */
class ConfigGuardrailCallsTest {

  static final Path FILE =
      Path.of(
          "src/test/resources/configsnapshot/"
              + "111111111111_Config_us-east-1_ConfigHistory_Guardrail.json");

  private static final Normalization NORMALIZATION = Normalization.standard();
  private static final List<Class<?>> GUARDRAIL_FACTS =
      List.of(
          Guardrail.class,
          GuardrailContentFilter.class,
          SensitiveInformationFilter.class,
          GuardrailGrounding.class,
          GroundingFilter.class);

  @TempDir Path tmp;

  private static NormalizedSnapshot normalize(Path input) {
    return NORMALIZATION.normalize(new SnapshotReader(NORMALIZATION.knownOperations()).read(input));
  }

  private static List<Object> guardrailFacts(NormalizedSnapshot n) {
    return n.facts().stream()
        .filter(f -> GUARDRAIL_FACTS.contains(f.getClass()))
        .map(f -> (Object) f)
        .toList();
  }

  @Test
  void guardrailItemsGiveTheFactsACollectedSnapshotGives() throws IOException {
    Path dir = tmp.resolve("collected/111111111111/us-east-1");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("bedrock.ListGuardrails.json"),
        "{\"guardrails\": [{\"id\": \"gr1abc2def3g\", \"arn\":"
            + " \"arn:aws:bedrock:us-east-1:111111111111:guardrail/gr1abc2def3g\"},"
            + " {\"id\": \"gr2abc2def3g\", \"arn\":"
            + " \"arn:aws:bedrock:us-east-1:111111111111:guardrail/gr2abc2def3g\"}]}");
    Files.writeString(
        dir.resolve("bedrock.GetGuardrail_gr1abc2def3g.json"),
        "{\"guardrailId\": \"gr1abc2def3g\", \"guardrailArn\":"
            + " \"arn:aws:bedrock:us-east-1:111111111111:guardrail/gr1abc2def3g\","
            + " \"name\": \"chat-guard\", \"status\": \"READY\", \"kmsKeyArn\":"
            + " \"arn:aws:kms:us-east-1:111111111111:key/1b2c3d4e-0000-4000-8000-000000000001\","
            + " \"contentPolicy\": {\"filters\": [{\"type\": \"PROMPT_ATTACK\", \"inputStrength\":"
            + " \"HIGH\", \"outputStrength\": \"NONE\"}, {\"type\": \"HATE\", \"inputStrength\":"
            + " \"HIGH\", \"outputStrength\": \"HIGH\"}]},"
            + " \"sensitiveInformationPolicy\": {\"piiEntities\": [{\"type\": \"EMAIL\","
            + " \"action\": \"ANONYMIZE\"}], \"regexes\": [{\"name\": \"account-id\","
            + " \"pattern\": \"\\\\d{12}\", \"action\": \"BLOCK\"}]},"
            + " \"contextualGroundingPolicy\": {\"filters\": [{\"type\": \"GROUNDING\","
            + " \"threshold\": 0.75, \"action\": \"BLOCK\", \"enabled\": true}]}}");
    Files.writeString(
        dir.resolve("bedrock.GetGuardrail_gr2abc2def3g.json"),
        "{\"guardrailId\": \"gr2abc2def3g\", \"guardrailArn\":"
            + " \"arn:aws:bedrock:us-east-1:111111111111:guardrail/gr2abc2def3g\","
            + " \"name\": \"loose-guard\", \"status\": \"READY\","
            + " \"contextualGroundingPolicy\": {\"filters\": [{\"type\": \"RELEVANCE\","
            + " \"threshold\": 0.5}]}}");
    List<Object> fromConfig = guardrailFacts(normalize(FILE));
    assertEquals(guardrailFacts(normalize(tmp.resolve("collected"))), fromConfig);
    assertEquals(2, fromConfig.stream().filter(Guardrail.class::isInstance).count());
    assertTrue(
        fromConfig.stream().anyMatch(GroundingFilter.class::isInstance), fromConfig.toString());
    assertEquals(
        2, fromConfig.stream().filter(SensitiveInformationFilter.class::isInstance).count());
  }

  @Test
  void aGroundingFilterWithoutEnabledOrActionIsUndetermined() {
    NormalizedSnapshot n = normalize(FILE);
    assertTrue(
        n.gaps().stream()
            .anyMatch(
                g ->
                    "arn:aws:bedrock:us-east-1:111111111111:guardrail/gr2abc2def3g"
                            .equals(g.resourceArn())
                        && g.errorCode().equals("UndeterminedSetting")),
        n.gaps().toString());
    assertFalse(
        guardrailFacts(n).stream()
            .anyMatch(f -> f instanceof GuardrailGrounding g && g.arn().endsWith("gr2abc2def3g")));
  }
}
