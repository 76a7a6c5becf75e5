package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Faults moto cannot make, played by the stub in front of it: each must turn into ERROR for exactly
 * what it hides, never a PASS, and lose nothing else.
 */
class CollectFaultTest {

  static final String ACCOUNT = "444444444444";
  static final String CLOSED = "555555555555";

  /** The faults are the framework's, not a service's: two services keep each run short. */
  static final List<String> SERVICES = List.of("sagemaker", "bedrock");

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;
  @TempDir Path dir;

  private static AwsStub stub;
  private static Path baseline;
  private static Map<String, String> baselineStatuses;

  @BeforeAll
  static void world() throws IOException {
    Runs.useTestCredentials();
    MotoWorld world = new MotoWorld(MOTO.url());
    world
        .in(ACCOUNT, "us-east-1")
        .notebook(
            "nb-closed",
            "Disabled",
            "Disabled",
            MotoWorld.SUBNET,
            "1a2b3c4d-5e6f-4a70-8b91-a2b3c4d5e6f7")
        .notebook("nb-open", "Enabled", "Enabled", null, null)
        .endpointConfig("ec-one", 1, "ep-one")
        .processingJob("clarify-2026-11", MotoWorld.CLARIFY_IMAGE);
    world
        .in(ACCOUNT, "eu-west-1")
        .notebook(
            "nb-eu",
            "Disabled",
            "Disabled",
            MotoWorld.SUBNET,
            "2b3c4d5e-6f70-4b81-9ca2-b3c4d5e6f708");
    stub = new AwsStub(MOTO.url());
    Recorded.missingInMoto(stub);
    baseline = tmp.resolve("baseline");
    Run clean = collect(baseline);
    assertEquals(0, clean.exit(), clean.out() + clean.err());
    baselineStatuses = Runs.statuses(baseline);
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @BeforeEach
  void onlyRecordings() {
    stub.reset();
    Recorded.missingInMoto(stub);
  }

  static Run collect(Path output, String... extra) {
    List<String> args =
        new ArrayList<>(
            List.of(
                "collect",
                "--output",
                output.toString(),
                "--accounts",
                ACCOUNT,
                "--role-name",
                "AssayReadOnly",
                "--regions",
                "us-east-1,eu-west-1",
                "--services",
                String.join(",", SERVICES),
                "--endpoint-url",
                stub.url().toString()));
    args.addAll(List.of(extra));
    if (!args.contains("--max-attempts")) {
      args.addAll(List.of("--max-attempts", "3"));
    }
    return Runs.cli(args.toArray(String[]::new));
  }

  @Test
  void throttlingThatRecoversLeavesNoGap() throws IOException {
    AtomicInteger throttled = new AtomicInteger();
    stub.on(
        r -> r.is("sagemaker", "ListNotebookInstances") && throttled.getAndIncrement() < 2,
        r -> StubResponse.error(r, 400, "ThrottlingException", "Rate exceeded"));
    Run run = collect(dir, "--retry-mode", "adaptive");
    assertEquals(0, run.exit(), run.out());
    assertTrue(run.out().contains(" 0 gaps."), run.out());
    assertTrue(throttled.get() >= 3, "throttled, then answered");
    // Only the answers that mean "not configured" (no organization), as in the baseline.
    assertEquals(relative(baseline, errorFiles(baseline)), relative(dir, errorFiles(dir)));
    assertEquals(Runs.facts(baseline), Runs.facts(dir));
  }

  @Test
  void throttlingThatPersistsIsAnErrorForThatResourceOnly() throws IOException {
    stub.on(
        r -> r.is("sagemaker", "DescribeNotebookInstance") && r.body().contains("nb-open"),
        r -> StubResponse.error(r, 400, "ThrottlingException", "Rate exceeded"));
    Run run = collect(dir);
    assertEquals(1, run.exit(), run.out() + run.err());
    assertTrue(
        run.out()
            .contains(
                "  "
                    + ACCOUNT
                    + "/us-east-1 sagemaker.DescribeNotebookInstance"
                    + " nb-open: ThrottlingException: Rate exceeded"),
        run.out());
    JsonNode envelope =
        read(
            dir.resolve(
                ACCOUNT + "/us-east-1/" + "sagemaker.DescribeNotebookInstance_nb-open.json"));
    assertEquals("nb-open", envelope.at("/request/NotebookInstanceName").asText());
    assertEquals("ThrottlingException", envelope.at("/error/Code").asText());
    assertOnlyChanged(Runs.statuses(dir), key -> key.endsWith("notebook-instance/nb-open"));
  }

  @Test
  void accessDeniedOnOneOperationIsAnErrorForWhatItListsOnly() {
    stub.on(
        r -> r.is("sagemaker", "ListProcessingJobs") && r.region().equals("us-east-1"),
        r -> StubResponse.error(r, 400, "AccessDeniedException", "not authorized"));
    Run run = collect(dir);
    assertEquals(1, run.exit(), run.out() + run.err());
    Map<String, String> statuses = Runs.statuses(dir);
    assertOnlyChanged(
        statuses, key -> key.startsWith("sagemaker_clarify") && key.contains(":us-east-1:"));
    assertTrue(
        statuses.entrySet().stream()
            .anyMatch(
                e -> e.getKey().startsWith("sagemaker_clarify") && e.getValue().equals("ERROR")),
        statuses.toString());
  }

  @Test
  void aRegionThatTimesOutIsAnErrorForThatRegionOnly() throws IOException {
    stub.on(
        r -> r.region().equals("eu-west-1") && !r.service().equals("sts"),
        r -> StubResponse.hang(2_000));
    Run run = collect(dir, "--call-timeout", "0.4", "--max-attempts", "2");
    assertEquals(1, run.exit(), run.out() + run.err());
    List<Path> eu = files(dir.resolve(ACCOUNT + "/eu-west-1"));
    for (Path file : eu) {
      assertEquals(CallErrors.TIMEOUT, read(file).at("/error/Code").asText(), file.toString());
    }
    // Every scope-wide call of every regional collector was tried, and says why it has nothing.
    java.util.Set<String> written = Runs.operationsIn(dir.resolve(ACCOUNT + "/eu-west-1"));
    for (ServiceCollector c : collectors()) {
      if (!c.global()) {
        assertTrue(written.containsAll(c.entryOperations()), c.name() + ": " + written);
      }
    }
    assertEquals(
        relative(baseline, errorFiles(baseline.resolve(ACCOUNT + "/us-east-1"))),
        relative(dir, errorFiles(dir.resolve(ACCOUNT + "/us-east-1"))));
    Map<String, String> statuses = Runs.statuses(dir);
    statuses.forEach(
        (key, status) -> {
          if (key.contains(":eu-west-1:")) {
            assertFalse(status.equals("PASS") || status.equals("FAIL"), key + " " + status);
          } else {
            assertEquals(baselineStatuses.get(key), status, key);
          }
        });
  }

  @Test
  void anAccountThatCannotBeEnteredIsAnErrorForThatAccountOnly() throws IOException {
    stub.on(
        r -> r.is("sts", "AssumeRole") && r.body().contains(CLOSED),
        r ->
            StubResponse.error(
                r, 403, "AccessDenied", "not authorized to perform:" + " sts:AssumeRole"));
    Run run = collect(dir, "--accounts", ACCOUNT + "," + CLOSED);
    assertEquals(1, run.exit(), run.out() + run.err());
    JsonNode envelope =
        read(dir.resolve(CLOSED + "/eu-west-1/sagemaker.ListNotebookInstances.json"));
    assertEquals("AccessDenied", envelope.at("/error/Code").asText());
    assertTrue(
        envelope
            .at("/error/Message")
            .asText()
            .startsWith("cannot assume role AssayReadOnly in account " + CLOSED));
    int entries = 0;
    for (ServiceCollector c : collectors()) {
      entries += c.entryOperations().size() * (c.global() ? 1 : 2);
    }
    assertEquals(
        entries,
        files(dir.resolve(CLOSED)).size(),
        "the entry calls of each regional collector in each of 2 regions, of each global one once");
    Map<String, String> statuses = Runs.statuses(dir);
    statuses.forEach(
        (key, status) -> {
          if (key.contains(CLOSED)) {
            assertFalse(status.equals("PASS") || status.equals("FAIL"), key + " " + status);
          } else {
            assertEquals(baselineStatuses.get(key), status, key);
          }
        });
  }

  /** Statuses equal the baseline's except where {@code changed}, which must all be ERROR. */
  private static void assertOnlyChanged(
      Map<String, String> statuses, java.util.function.Predicate<String> changed) {
    Map<String, String> expected = new TreeMap<>();
    baselineStatuses.forEach((k, v) -> expected.put(k, changed.test(k) ? "ERROR" : v));
    Map<String, String> actual = new TreeMap<>(statuses);
    actual
        .keySet()
        .removeIf(
            k -> changed.test(k) && !expected.containsKey(k) && statuses.get(k).equals("ERROR"));
    assertEquals(expected, actual);
  }

  private static List<Path> files(Path root) throws IOException {
    try (Stream<Path> all = Files.walk(root)) {
      return all.filter(Files::isRegularFile).sorted().toList();
    }
  }

  private static List<ServiceCollector> collectors() {
    return Collectors.standard().stream().filter(c -> SERVICES.contains(c.name())).toList();
  }

  private static List<String> relative(Path root, List<Path> files) {
    return files.stream().map(f -> root.relativize(f).toString()).sorted().toList();
  }

  private static List<Path> errorFiles(Path root) throws IOException {
    List<Path> errors = new ArrayList<>();
    for (Path file : files(root)) {
      if (read(file).has("error")) {
        errors.add(file);
      }
    }
    return errors;
  }

  private static JsonNode read(Path file) throws IOException {
    return new ObjectMapper().readTree(file.toFile());
  }
}
