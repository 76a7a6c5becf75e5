package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.collect.Runs.Run;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** {@code assay collect} options: every enabled region, and the input it refuses before calling. */
class CollectCommandTest {

  static final String ACCOUNT = "444444444444";

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir Path dir;

  private static AwsStub stub;

  @BeforeAll
  static void startStub() throws IOException {
    Runs.useTestCredentials();
    stub = new AwsStub(MOTO.url());
    Recorded.missingInMoto(stub);
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @Test
  void allRegionsAreTheRegionsTheAccountHasEnabled() throws IOException {
    Run run =
        Runs.cli(
            "collect",
            "--output",
            dir.toString(),
            "--accounts",
            ACCOUNT,
            "--role-name",
            "AssayReadOnly",
            "--regions",
            "all",
            "--services",
            "sagemaker",
            "--endpoint-url",
            stub.url().toString());
    assertEquals(0, run.exit(), run.out());
    List<String> regions;
    try (Stream<Path> dirs = Files.list(dir.resolve(ACCOUNT))) {
      regions = dirs.map(p -> p.getFileName().toString()).sorted().toList();
    }
    assertTrue(
        regions.contains("us-east-1") && regions.contains("eu-west-1") && regions.size() > 10,
        regions.toString());
    assertTrue(stub.seen().stream().anyMatch(r -> r.is("ec2", "DescribeRegions")));
  }

  @Test
  void badInputIsAUsageErrorBeforeAnyCall() throws IOException {
    assertUsage(
        "account ID must be 12 digits: 12345",
        "collect",
        "--output",
        dir.toString(),
        "--accounts",
        "12345");
    assertUsage(
        "unknown service lambda",
        "collect",
        "--output",
        dir.toString(),
        "--services",
        "lambda",
        "--regions",
        "us-east-1");
    assertUsage(
        "not a region name: mars-1", "collect", "--output", dir.toString(), "--regions", "mars-1");
    assertUsage(
        "pass --role-name",
        "collect",
        "--output",
        dir.toString(),
        "--accounts",
        ACCOUNT,
        "--regions",
        "us-east-1",
        "--endpoint-url",
        stub.url().toString());
    Files.writeString(dir.resolve("old.json"), "{}");
    assertUsage(
        "output directory is not empty",
        "collect",
        "--output",
        dir.toString(),
        "--regions",
        "us-east-1",
        "--endpoint-url",
        stub.url().toString());
    assertUsage("--collect", "evaluate", "--regions", "us-east-1");
  }

  private static void assertUsage(String message, String... args) {
    Run run = Runs.cli(args);
    assertEquals(2, run.exit(), run.out() + run.err());
    assertTrue(run.err().contains(message), run.err());
  }
}
