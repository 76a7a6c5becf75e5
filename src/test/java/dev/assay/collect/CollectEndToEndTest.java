package dev.assay.collect;

import static dev.assay.collect.ExampleWorld.A;
import static dev.assay.collect.ExampleWorld.B;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.collect.Runs.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The resources of the hand-made {@code examples/snapshot/} (AWS CLI output), made again in moto
 * across two accounts and two regions and collected (SageMaker and Bedrock) through the real SDK:
 * on the operations the hand-made snapshot holds, the collected snapshot must give the same facts,
 * gaps and statuses. (Every other service is proven by {@link CollectEveryServiceTest}.)
 */
class CollectEndToEndTest {

  /**
   * The operations {@link ExampleWorld} reproduces; the hand-made snapshot holds more (IAM, S3...)
   * than this world makes, so both sides are compared on these.
   */
  static final java.util.Set<String> COMPARED =
      java.util.Set.of(
          "sagemaker.ListNotebookInstances",
          "sagemaker.DescribeNotebookInstance",
          "sagemaker.ListEndpointConfigs",
          "sagemaker.DescribeEndpointConfig",
          "sagemaker.ListEndpoints",
          "sagemaker.DescribeEndpoint",
          "sagemaker.ListProcessingJobs",
          "sagemaker.DescribeProcessingJob",
          "cloudwatch.GetMetricStatistics",
          "bedrock.GetModelInvocationLoggingConfiguration",
          "bedrock.ListGuardrails",
          "bedrock.GetGuardrail");

  private static Path examples;

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;

  private static AwsStub stub;
  private static Path collected;
  private static Path collectedComparable;
  private static Run collect;

  @BeforeAll
  static void collectTheExampleWorld() throws IOException {
    Runs.useTestCredentials();
    ExampleWorld.create(new MotoWorld(MOTO.url()));
    stub = new AwsStub(MOTO.url());
    ExampleWorld.stub(stub);
    examples =
        Runs.only(
            Path.of(
                System.getenv()
                    .getOrDefault(
                        "ASSAY_EXAMPLES_SNAPSHOT", "src/test/resources/snapshots/example-world")),
            COMPARED,
            tmp.resolve("examples"));
    collected = tmp.resolve("collected");
    collect = collect(collected);
    collectedComparable = Runs.only(collected, COMPARED, tmp.resolve("collected-comparable"));
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  static Run collect(Path output, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "collect",
                "--output",
                output.toString(),
                "--accounts",
                A + "," + B,
                "--role-name",
                "AssayReadOnly",
                "--regions",
                "us-east-1,eu-west-1",
                "--services",
                "sagemaker,bedrock",
                "--endpoint-url",
                stub.url().toString()));
    args.addAll(List.of(extra));
    return Runs.cli(args.toArray(String[]::new));
  }

  @Test
  void collectionWithDeniedCallsExitsOneAndNamesEachGap() {
    assertEquals(1, collect.exit(), collect.err());
    // No console in tests: one log line per account × region × service task.
    assertTrue(collect.err().startsWith("collecting 8 tasks"), collect.err());
    assertTrue(collect.err().contains("[8/8] "), collect.err());
    assertTrue(
        collect
            .out()
            .startsWith(
                "Collected 2 services (sagemaker, bedrock) from 2 accounts"
                    + " and 4 account regions into "),
        collect.out());
    assertTrue(collect.out().contains("2 gaps."), collect.out());
    List<String> gaps = collect.out().lines().filter(l -> l.startsWith("  ")).toList();
    assertEquals(2, gaps.size(), collect.out());
    assertTrue(
        gaps.get(0)
            .startsWith(
                "  "
                    + A
                    + "/eu-west-1 sagemaker.DescribeNotebookInstance"
                    + " nb-eu-restricted: AccessDeniedException: User: arn:aws:sts::"),
        gaps.get(0));
    assertTrue(
        gaps.get(1)
            .startsWith(
                "  " + B + "/eu-west-1 sagemaker.ListProcessingJobs:" + " AccessDeniedException: "),
        gaps.get(1));
  }

  @Test
  void collectedSnapshotGivesTheFactsOfTheHandMadeOne() {
    assertEquals(
        String.join("\n", Runs.facts(examples)),
        String.join("\n", Runs.facts(collectedComparable)));
  }

  @Test
  void collectedSnapshotGivesTheStatusesOfTheHandMadeOne() {
    Map<String, String> statuses = Runs.statuses(collectedComparable);
    assertEquals(Runs.statuses(examples), statuses);
    String nb = "arn:aws:sagemaker:us-east-1:" + A + ":notebook-instance/";
    assertEquals(
        "FAIL",
        statuses.get(
            "sagemaker_notebook_instance_without_direct_internet_access"
                + "_configured | "
                + nb
                + "nb-open-sandbox"));
    assertEquals(
        "PASS",
        statuses.get(
            "sagemaker_notebook_instance_without_direct_internet_access"
                + "_configured | "
                + nb
                + "nb-secure-research"));
    assertEquals(
        "ERROR",
        statuses.get(
            "sagemaker_notebook_instance_without_direct_internet_access"
                + "_configured | arn:aws:sagemaker:eu-west-1:"
                + A
                + ":notebook-instance/nb-eu-restricted"));
  }

  @Test
  void filesHaveTheShapesTheAwsCliPrints() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path scope = collected.resolve(A).resolve("us-east-1");
    JsonNode notebook =
        json.readTree(
            scope.resolve("sagemaker.DescribeNotebookInstance_nb-open-sandbox.json").toFile());
    assertEquals("nb-open-sandbox", notebook.at("/request/NotebookInstanceName").asText());
    assertEquals("Enabled", notebook.at("/response/DirectInternetAccess").asText());
    assertTrue(notebook.at("/response/CreationTime").asText().matches("\\d{4}-.*T.*Z"));
    assertTrue(
        json.readTree(scope.resolve("sagemaker.ListNotebookInstances.json").toFile())
            .get("NotebookInstances")
            .isArray());
    JsonNode metrics =
        json.readTree(scope.resolve("cloudwatch.GetMetricStatistics_ep-chat-prod.json").toFile());
    assertEquals("[\"Sum\"]", metrics.at("/request/Statistics").toString());
    assertEquals(86400, metrics.at("/request/Period").asInt());
    assertEquals(4, metrics.at("/response/Datapoints").size());
    JsonNode guardrail =
        json.readTree(scope.resolve("bedrock.GetGuardrail_q7m2k9x4p1ws.json").toFile());
    assertEquals("q7m2k9x4p1ws", guardrail.at("/request/guardrailIdentifier").asText());
    assertEquals("HIGH", guardrail.at("/response/contentPolicy/filters/0/inputStrength").asText());
  }

  @Test
  void severalPagesAreNumberedAndReadAsOneList() throws IOException {
    Path paged = tmp.resolve("paged");
    Run run = collect(paged, "--page-size", "1");
    assertEquals(1, run.exit(), run.err());
    Path scope = paged.resolve(A).resolve("eu-west-1");
    for (int page = 1; page <= 3; page++) {
      assertTrue(Files.exists(scope.resolve("sagemaker.ListNotebookInstances_" + page + ".json")));
    }
    assertTrue(Files.notExists(scope.resolve("sagemaker.ListNotebookInstances.json")));
    assertEquals(Runs.facts(collected), Runs.facts(paged));
  }

  @Test
  void evaluateCollectCollectsThenEvaluates() {
    Run run =
        Runs.cli(
            "evaluate",
            "--collect",
            "--accounts",
            A + "," + B,
            "--role-name",
            "AssayReadOnly",
            "--regions",
            "us-east-1,eu-west-1",
            "--services",
            "sagemaker,bedrock",
            "--endpoint-url",
            stub.url().toString(),
            // Runs.statuses evaluates the starter framework; compare like with like.
            "--framework",
            "genai-starter",
            "--format",
            "json",
            "--at",
            Runs.AT);
    assertEquals(1, run.exit(), run.err());
    assertTrue(run.err().contains("from 2 accounts and 4 account regions"), run.err());
    // The same as collecting, then evaluating the collection (compared with the hand-made one
    // above).
    assertEquals(Runs.statuses(collected), Runs.statuses(run.out()));
  }
}
