package dev.assay.cli;

import static dev.assay.cli.EvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.EvaluateCommandTest.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Custom frameworks through the CLI: evaluated like any other, rejected with file and field. */
class CustomFrameworkCommandTest {

  @Test
  void theBedrockOnlyExampleEvaluatesItsOwnControls() throws IOException {
    Run run =
        run(
            "evaluate",
            "--input",
            "examples/snapshot",
            "--framework",
            "genai-starter-bedrock-only",
            "--format",
            "json",
            "--at",
            "2026-11-20T00:00:00Z");
    assertTrue(run.exit() == 0 || run.exit() == 1, run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    List<String> controls = new ArrayList<>();
    doc.get("controls").forEach(c -> controls.add(c.get("controlId").asText()));
    assertTrue(controls.contains("BEDROCK-SEC-01"), controls.toString());
    assertTrue(controls.contains("STARTER-RSP-01"), controls.toString());
    assertTrue(!controls.contains("STARTER-SEC-01"), controls.toString());
  }

  @Test
  void anInvalidCustomFrameworkIsAUsageErrorNamingFileAndField(@TempDir Path dir)
      throws IOException {
    Path frameworks = copyOf(Path.of("frameworks"), dir.resolve("frameworks"));
    Files.writeString(
        frameworks.resolve("my-fw.yaml"),
        "id: my-fw\nname: Mine\nversion: '1'\nextends: genai-starter\n"
            + "override:\n  STARTER-SEC-99: {name: Nothing}\n");
    Run run = run("controls", "search", "--frameworks", frameworks.toString());
    assertEquals(2, run.exit());
    assertEquals(
        "assay: frameworks rejected\nmy-fw.yaml: override.STARTER-SEC-99: no such control in genai-starter",
        run.err().strip());
  }

  @Test
  void theDocumentedExampleLoads(@TempDir Path dir) throws IOException {
    String doc = Files.readString(Path.of("docs/custom-frameworks.md"));
    int start = doc.indexOf("```yaml\n") + "```yaml\n".length();
    String example = doc.substring(start, doc.indexOf("```", start));
    Path frameworks = copyOf(Path.of("frameworks"), dir.resolve("frameworks"));
    Files.writeString(frameworks.resolve("acme-genai.yaml"), example);
    Run run =
        run(
            "controls",
            "search",
            "--framework",
            "acme-genai",
            "--frameworks",
            frameworks.toString(),
            "--format",
            "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode result = new ObjectMapper().readTree(run.out());
    List<String> ids = new ArrayList<>();
    result.get("controls").forEach(c -> ids.add(c.get("id").asText()));
    assertTrue(
        ids.containsAll(
            List.of(
                "ACME-SEC-01",
                "ACME-POL-01",
                "STARTER-ACC-02",
                "COMMON-RESTRICT-NOTEBOOK-NETWORK")),
        ids.toString());
    assertTrue(!ids.contains("STARTER-FAI-01") && !ids.contains("STARTER-SUS-01"), ids.toString());
  }

  private static Path copyOf(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
    return to;
  }
}
