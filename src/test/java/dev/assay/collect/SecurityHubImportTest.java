package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.collect.Runs.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;

/**
 * {@code export securityhub} against moto's Security Hub: the example estate's ASFF findings are
 * imported in batches of 100 into the region of each resource; importing again updates them (same
 * ids, changed status) instead of adding duplicates; findings Security Hub rejects are listed and
 * make the exit code 1.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SecurityHubImportTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> REGIONS = List.of("us-east-1", "eu-west-1");
  private static ArrayNode asff;
  private static Run first;

  @BeforeAll
  static void exportTheExamples() throws IOException {
    Runs.useTestCredentials();
    MotoWorld moto = new MotoWorld(MOTO.url());
    for (String region : REGIONS) {
      try (SecurityHubClient hub = hub(moto, region)) {
        hub.enableSecurityHub(e -> e.enableDefaultStandards(false));
      }
    }
    Run evaluate =
        Runs.cli(
            "evaluate",
            "--input",
            "examples/snapshot",
            "--framework",
            "genai-best-practices-v2",
            "--format",
            "asff",
            "--at",
            Runs.AT);
    asff = (ArrayNode) JSON.readTree(evaluate.out());
    first =
        Runs.cli(
            "export",
            "securityhub",
            "--input",
            "examples/snapshot",
            "--framework",
            "genai-best-practices-v2",
            "--at",
            Runs.AT,
            "--endpoint-url",
            MOTO.url().toString());
  }

  private static SecurityHubClient hub(MotoWorld moto, String region) {
    return moto.client(SecurityHubClient.builder(), AwsStub.DEFAULT_ACCOUNT, region);
  }

  private static List<AwsSecurityFinding> findingsInMoto() {
    MotoWorld moto = new MotoWorld(MOTO.url());
    List<AwsSecurityFinding> all = new ArrayList<>();
    for (String region : REGIONS) {
      try (SecurityHubClient hub = hub(moto, region)) {
        hub.getFindingsPaginator(b -> b.maxResults(100)).forEach(p -> all.addAll(p.findings()));
      }
    }
    return all;
  }

  private static long calls(int findings) {
    return (findings + SecurityHubImport.BATCH - 1) / SecurityHubImport.BATCH;
  }

  @Test
  @Order(1)
  void everyFindingIsImportedInBatchesOfAHundredPerRegion() {
    assertEquals(0, first.exit(), first.out() + first.err());
    long us =
        asff.findValues("Resources").stream()
            .filter(r -> r.path(0).path("Region").asText().equals("us-east-1"))
            .count();
    long eu = asff.size() - us;
    assertTrue(asff.size() > SecurityHubImport.BATCH, "the examples need more than one batch");
    assertTrue(
        first
            .out()
            .startsWith(
                "Imported "
                    + asff.size()
                    + " of "
                    + asff.size()
                    + " findings into Security Hub in "
                    + (calls((int) us) + calls((int) eu))
                    + " BatchImportFindings calls {eu-west-1="
                    + eu
                    + ", us-east-1="
                    + us
                    + "}"),
        first.out());
    List<AwsSecurityFinding> stored = findingsInMoto();
    assertEquals(asff.size(), stored.size());
  }

  @Test
  @Order(2)
  void reExportingUpdatesInsteadOfDuplicating() throws IOException {
    ObjectNode changed = (ObjectNode) asff.get(0).deepCopy();
    String id = changed.get("Id").asText();
    String before = changed.at("/Compliance/Status").asText();
    String after = before.equals("PASSED") ? "FAILED" : "PASSED";
    ((ObjectNode) changed.get("Compliance")).put("Status", after);
    ArrayNode again = asff.deepCopy();
    again.set(0, changed);
    Path file = tmp.resolve("again.asff.json");
    Files.writeString(file, JSON.writeValueAsString(again));

    Run second =
        Runs.cli(
            "export",
            "securityhub",
            "--input",
            file.toString(),
            "--endpoint-url",
            MOTO.url().toString());

    assertEquals(0, second.exit(), second.out() + second.err());
    List<AwsSecurityFinding> stored = findingsInMoto();
    Set<String> ids = new HashSet<>();
    stored.forEach(f -> assertTrue(ids.add(f.id()), "duplicate finding " + f.id()));
    assertEquals(asff.size(), stored.size());
    AwsSecurityFinding updated =
        stored.stream().filter(f -> f.id().equals(id)).findFirst().orElseThrow();
    assertEquals(after, updated.compliance().statusAsString());
  }

  @Test
  @Order(3)
  void rejectedFindingsAreListedAndFailTheExport() throws IOException {
    ArrayNode two = JSON.createArrayNode();
    ObjectNode bad = (ObjectNode) asff.get(1).deepCopy();
    bad.putArray("Resources");
    two.add(asff.get(2).deepCopy()).add(bad);
    Path file = tmp.resolve("bad.asff.json");
    Files.writeString(file, JSON.writeValueAsString(two));

    Run run =
        Runs.cli(
            "export",
            "securityhub",
            "--input",
            file.toString(),
            "--region",
            "us-east-1",
            "--endpoint-url",
            MOTO.url().toString());

    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(
        run.out().contains("Failed findings:\n  " + bad.get("Id").asText() + ": "), run.out());
  }

  @Test
  void badInputIsAOneLineErrorWithExit2() throws IOException {
    Path notAsff = tmp.resolve("object.json");
    Files.writeString(notAsff, "{\"Findings\": []}");
    Run run =
        Runs.cli(
            "export",
            "securityhub",
            "--input",
            notAsff.toString(),
            "--endpoint-url",
            MOTO.url().toString());
    assertEquals(2, run.exit(), run.out() + run.err());
    assertEquals(
        "assay: object.json: not an AWS Config snapshot (no \"configurationItems\" array)",
        run.err().strip());
    Run neither = Runs.cli("export", "securityhub");
    assertEquals(2, neither.exit());
  }

  @Test
  void theReaderRoundTripsEveryFieldAsffUses() {
    JsonNode finding = asff.get(0);
    AwsSecurityFinding sdk = SdkJsonReader.read(finding, AwsSecurityFinding.builder());
    assertEquals(finding, SdkJson.object(sdk));
  }

  @Test
  @Order(4)
  void anAssessmentsLatestRunIsExportedFromTheStore() {
    String db =
        "--db=jdbc:h2:file:"
            + tmp.resolve("store").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    Run create =
        Runs.cli(
            "assessments",
            "create",
            db,
            "--name",
            "examples",
            "--framework",
            "genai-starter",
            "--accounts",
            "111111111111,222222222222",
            "--regions",
            "us-east-1,eu-west-1",
            "--input",
            "examples/snapshot");
    assertEquals(0, create.exit(), create.out() + create.err());
    String[] lines = create.out().strip().split("\n");
    String id = lines[lines.length - 1].strip();
    Run collect = Runs.cli("assessments", "collect", db, id);
    assertTrue(collect.exit() <= 1, collect.out() + collect.err());

    Run export =
        Runs.cli(
            "export",
            "securityhub",
            db,
            "--assessment",
            id,
            "--region",
            "eu-west-1",
            "--endpoint-url",
            MOTO.url().toString());

    assertEquals(0, export.exit(), export.out() + export.err());
    assertTrue(
        export.out().matches("(?s)Imported [1-9][0-9]* of [1-9][0-9]* findings.*"), export.out());
    assertEquals(asff.size(), findingsInMoto().size(), "the run's findings update the same ids");

    Run unknown =
        Runs.cli(
            "export",
            "securityhub",
            db,
            "--assessment",
            "no-such",
            "--endpoint-url",
            MOTO.url().toString());
    assertEquals(2, unknown.exit(), unknown.out() + unknown.err());
    assertTrue(unknown.err().contains("no-such"), unknown.err());
  }
}
