package dev.assay.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.snapshot.Normalization;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Runs {@code assay evaluate} in process and checks exit codes, output and error messages. */
class EvaluateCommandTest {

  private static final String AT = "2026-11-20T00:00:00Z";

  record Run(int exit, String out, String err) {}

  static Run run(String... args) {
    CommandLine cli = Cli.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void failingSnapshotExitsOneWithJsonFindings() throws IOException {
    Run run = run("evaluate", "--input", "examples/snapshot", "--format", "json", "--at", AT);
    assertEquals(1, run.exit(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals("genai-best-practices-v2", doc.get("frameworkId").asText());
    assertEquals(AT, doc.get("evaluatedAt").asText());
    assertTrue(doc.get("ruleBaseVersion").asText().startsWith("sha256:"));
    JsonNode internet =
        find(
            doc,
            "sagemaker_notebook_instance_without_direct_internet_access_configured",
            "arn:aws:sagemaker:us-east-1:222222222222:notebook-instance/nb-ml-team");
    assertEquals("FAIL", internet.get("status").asText());
    assertEquals(
        "Notebook instance nb-ml-team has direct internet access enabled.",
        internet.get("reason").asText());
    assertEquals("[\"GENAI-SEC-01\"]", internet.get("controlIds").toString());
  }

  @Test
  void compliantScopeExitsZero(@TempDir Path dir) throws IOException {
    Path scope = Files.createDirectories(dir.resolve("111111111111/us-east-1"));
    Files.writeString(
        scope.resolve("sagemaker.ListNotebookInstances.json"), "{\"NotebookInstances\": []}");
    Run run =
        run(
            "evaluate",
            "--input",
            dir.toString(),
            "--framework",
            "genai-starter",
            "--format",
            "json",
            "--at",
            AT);
    // Bedrock and the other SageMaker lists were not collected: never a silent pass.
    assertEquals(1, run.exit());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    JsonNode notebooks =
        find(
            doc,
            "sagemaker_notebook_instance_root_access_disabled",
            "arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/*");
    assertEquals("NOT_APPLICABLE", notebooks.get("status").asText());
    JsonNode endpoints =
        find(
            doc,
            "sagemaker_endpoint_config_prod_variant_instances",
            "arn:aws:sagemaker:us-east-1:111111111111:endpoint-config/*");
    assertEquals("ERROR", endpoints.get("status").asText());
    assertTrue(endpoints.get("reason").asText().contains("not collected"));
  }

  @Test
  void everythingCollectedAndNothingThereExitsZero(@TempDir Path dir) throws IOException {
    // Every operation any normalizer reads, answered with an empty response, in one regional and
    // the global scope: nothing in scope anywhere, so nothing may fail or err.
    for (String region : new String[] {"us-east-1", "global"}) {
      Path scope = Files.createDirectories(dir.resolve("111111111111").resolve(region));
      for (String operation : Normalization.standard().knownOperations()) {
        Files.writeString(scope.resolve(operation + ".json"), "{}");
      }
    }
    Run run = run("evaluate", "--input", dir.toString(), "--format", "json", "--at", AT);
    JsonNode doc = new ObjectMapper().readTree(run.out());
    List<String> notApplicable =
        StreamSupport.stream(doc.get("findings").spliterator(), false)
            .filter(f -> !f.get("status").asText().equals("NOT_APPLICABLE"))
            .map(
                f ->
                    f.get("ruleId").asText()
                        + " "
                        + f.get("status").asText()
                        + ": "
                        + f.get("reason").asText())
            .toList();
    assertEquals(List.of(), notApplicable);
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  void tableFormatSummarisesControlsAndFailures() {
    Run run = run("evaluate", "--input", "examples/snapshot", "--at", AT);
    assertEquals(1, run.exit());
    assertTrue(run.out().contains("GENAI-SEC-01     NON_COMPLIANT"), run.out());
    assertTrue(run.out().contains("Failing resources:"));
    assertTrue(run.out().contains("nb-open-sandbox"));
  }

  @Test
  void writesToOutputFile(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("result.json");
    Run run =
        run(
            "evaluate",
            "--input",
            "examples/snapshot",
            "--format",
            "json",
            "--at",
            AT,
            "--output",
            out.toString());
    assertEquals(1, run.exit());
    assertEquals("", run.out());
    assertTrue(Files.readString(out).contains("\"findings\""));
  }

  @Test
  void missingDirectoryIsAOneLineUsageError() {
    Run run = run("evaluate", "--input", "no/such/dir");
    assertEquals(2, run.exit());
    assertEquals("assay: snapshot directory not found: no/such/dir", run.err().strip());
  }

  @Test
  void malformedJsonNamesTheFile(@TempDir Path dir) throws IOException {
    Path scope = Files.createDirectories(dir.resolve("111111111111/us-east-1"));
    Files.writeString(scope.resolve("sagemaker.ListNotebookInstances.json"), "{\"Notebook");
    Run run = run("evaluate", "--input", dir.toString());
    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .startsWith(
                "assay: 111111111111/us-east-1/sagemaker.ListNotebookInstances.json: malformed JSON"),
        run.err());
    assertEquals(1, run.err().strip().lines().count());
  }

  @Test
  void unknownFrameworkIsAUsageError() {
    Run run = run("evaluate", "--input", "examples/snapshot", "--framework", "nope");
    assertEquals(2, run.exit());
    assertTrue(
        run.err()
            .startsWith(
                "assay: unknown framework nope; known: genai-best-practices-v2, genai-starter,"),
        run.err());
  }

  @Test
  void brokenRuleNamesFileAndLine(@TempDir Path dir) throws IOException {
    Path rules = dir.resolve("rules");
    Files.createDirectories(rules);
    try (var files = Files.list(Path.of("rules"))) {
      for (Path f : files.toList()) {
        Files.copy(f, rules.resolve(f.getFileName()));
      }
    }
    Path secure = rules.resolve("secure.drl");
    Files.writeString(
        secure,
        Files.readString(secure)
            .replace(
                "NotebookInstance( rootAccess == true )", "NotebookInstance( rootAcess == true )"));
    Run run = run("evaluate", "--input", "examples/snapshot", "--rules", rules.toString());
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("assay: rule base rejected"), run.err());
    assertTrue(
        run.err().lines().anyMatch(l -> l.startsWith("secure.drl:") && l.contains("rootAcess")),
        run.err());
  }

  @Test
  void badFormatIsAUsageError() {
    Run run = run("evaluate", "--input", "examples/snapshot", "--format", "xml");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--format"), run.err());
  }

  @Test
  void everyCommandHasHelp() {
    for (String command : new String[] {"evaluate", "serve"}) {
      Run run = run(command, "--help");
      assertEquals(0, run.exit());
      assertTrue(run.out().contains("Usage: assay " + command), run.out());
    }
  }

  private static JsonNode find(JsonNode doc, String ruleId, String arn) {
    for (JsonNode finding : doc.get("findings")) {
      if (finding.get("ruleId").asText().equals(ruleId)
          && finding.get("resourceArn").asText().equals(arn)) {
        return finding;
      }
    }
    throw new AssertionError("no finding of " + ruleId + " on " + arn);
  }
}
