package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.collect.CollectSettings;
import io.micronaut.context.ApplicationContext;
import java.net.URI;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code assay.aws.*} keys bind (from application.yml, properties and the environment's
 * spelling), and the service's collections use them, with the older {@code assay.assessments.aws-*}
 * keys as aliases.
 */
class AwsSettingsTest {

  @TempDir Path tmp;

  private static Assessment assessment(List<String> accounts, List<String> regions) {
    Instant now = Instant.parse("2026-11-20T00:00:00Z");
    return new Assessment(
        "a1",
        "n",
        null,
        AssessmentStatus.ACTIVE,
        "genai-starter",
        "f",
        "1",
        "h",
        "r",
        accounts,
        regions,
        List.of(),
        Map.of(),
        null,
        null,
        now,
        "t",
        now,
        0,
        null);
  }

  @Test
  void theDefaultsOfApplicationYmlBind() {
    try (ApplicationContext ctx = ApplicationContext.builder().build()) {
      AwsSettings aws = AwsSettings.from(ctx.getEnvironment().start());
      assertEquals(AwsSettings.defaults(), aws);
    }
  }

  @Test
  void everyKeyBindsAsTheCliReadsIt() {
    Map<String, Object> props =
        Map.of(
            "assay.aws.regions", "us-east-1,eu-west-1",
            "assay.aws.role-name", "AssayReadOnly",
            "assay.aws.external-id", "ext-1",
            "assay.aws.concurrency", "3",
            "assay.aws.endpoint-url", "http://127.0.0.1:5000",
            "assay.aws.organization", "true");
    AwsSettings expected =
        new AwsSettings(
            List.of("us-east-1", "eu-west-1"),
            "AssayReadOnly",
            "ext-1",
            3,
            "http://127.0.0.1:5000",
            true);
    // The bean itself binds in every HTTP test: the service's snapshot source needs it to start.
    try (ApplicationContext ctx = ApplicationContext.builder().properties(props).build()) {
      assertEquals(expected, AwsSettings.from(ctx.getEnvironment().start()));
    }
  }

  @Test
  void collectionsUseTheKeysAndFallBackToTheOlderAliases() {
    AssessmentSettings legacy =
        new AssessmentSettings(
            tmp, tmp, true, true, "0 0 3 * * *", 100, 1L, 100, "http://old:5000", "OldRole");
    CollectSettings old =
        new CollectingSnapshotSource(legacy).collectSettings(assessment(List.of(), List.of()));
    assertEquals(URI.create("http://old:5000"), old.endpointUrl());
    assertEquals("OldRole", old.roleName());
    assertFalse(old.organization());

    AwsSettings aws =
        new AwsSettings(List.of("eu-west-1"), "NewRole", "ext", 2, "http://new:5000", true);
    CollectSettings org =
        new CollectingSnapshotSource(legacy, aws).collectSettings(assessment(List.of(), List.of()));
    assertEquals(URI.create("http://new:5000"), org.endpointUrl());
    assertEquals("NewRole", org.roleName());
    assertEquals("ext", org.externalId());
    assertEquals(List.of("eu-west-1"), org.regions());
    assertEquals(2, org.concurrency());
    assertTrue(org.organization());

    CollectSettings listed =
        new CollectingSnapshotSource(legacy, aws)
            .collectSettings(assessment(List.of("222222222222"), List.of("us-west-2")));
    assertFalse(listed.organization(), "an assessment's own accounts win over the organization");
    assertEquals(List.of("222222222222"), listed.accounts());
    assertEquals(List.of("us-west-2"), listed.regions());
  }

  @Test
  void noEndpointMeansAws() {
    AssessmentSettings d = AssessmentSettings.defaults(tmp);
    assertNull(
        new CollectingSnapshotSource(d, AwsSettings.defaults())
            .collectSettings(assessment(List.of(), List.of()))
            .endpointUrl());
  }
}
