package dev.assay.cli;

import static dev.assay.cli.EvaluateCommandTest.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.cli.EvaluateCommandTest.Run;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code assay controls search}, run in process on the shipped rules and frameworks. */
class ControlsCommandTest {

  @Test
  void findsCommonControlsByKeywordAsJson() throws IOException {
    Run run = run("controls", "search", "encryption", "--type", "common", "--format", "json");
    assertEquals(0, run.exit(), run.err());
    JsonNode doc = new ObjectMapper().readTree(run.out());
    assertEquals("encryption", doc.get("query").asText());
    assertEquals("COMMON", doc.get("type").asText());
    JsonNode first = doc.get("controls").get(0);
    assertEquals("COMMON-ENCRYPT-AT-REST", first.get("id").asText());
    assertTrue(first.has("description") && first.get("rules").size() > 0, first.toString());
    assertEquals(doc.get("count").asInt(), doc.get("controls").size());
  }

  @Test
  void wordsNeedNoQuotesAndTheTableShowsTypeAndFrameworks() {
    Run run = run("controls", "search", "notebook", "internet");
    assertEquals(0, run.exit(), run.err());
    String line =
        run.out()
            .lines()
            .filter(l -> l.startsWith("STARTER-SEC-01"))
            .findFirst()
            .orElseThrow(() -> new AssertionError(run.out()));
    assertTrue(line.contains("standard") && line.contains("genai-starter"), line);
    assertTrue(run.out().lines().findFirst().orElseThrow().startsWith("ID"), run.out());
  }

  @Test
  void aCustomFrameworksControlsAreCustom() throws IOException {
    Run run =
        run(
            "controls",
            "search",
            "--framework",
            "genai-starter-bedrock-only",
            "--type",
            "CUSTOM",
            "--format",
            "json");
    assertEquals(0, run.exit(), run.err());
    List<String> ids = new ArrayList<>();
    new ObjectMapper()
        .readTree(run.out())
        .get("controls")
        .forEach(c -> ids.add(c.get("id").asText()));
    assertEquals(
        List.of("BEDROCK-SEC-01", "STARTER-PRI-02", "STARTER-RSP-01"),
        ids.stream().sorted().toList());
  }

  @Test
  void noMatchExitsOne() {
    Run run = run("controls", "search", "quantum", "teleportation");
    assertEquals(1, run.exit());
    assertTrue(run.out().strip().endsWith("0 controls"), run.out());
  }

  @Test
  void aBadTypeIsAUsageError() {
    Run run = run("controls", "search", "x", "--type", "core");
    assertEquals(2, run.exit());
    assertTrue(run.err().contains("--type"), run.err());
  }

  @Test
  void anUnknownFrameworkIsAUsageError() {
    Run run = run("controls", "search", "--framework", "nope");
    assertEquals(2, run.exit());
    assertTrue(run.err().startsWith("assay: unknown framework nope"), run.err());
  }

  @Test
  void controlsAndRulesHaveHelp() {
    for (String[] command :
        new String[][] {
          {"controls"}, {"controls", "search"}, {"rules"}, {"rules", "test"}, {"rules", "list"}
        }) {
      List<String> args = new ArrayList<>(List.of(command));
      args.add("--help");
      Run run = run(args.toArray(String[]::new));
      assertEquals(0, run.exit(), String.join(" ", command));
      assertTrue(run.out().contains("Usage: assay " + String.join(" ", command)), run.out());
    }
  }
}
