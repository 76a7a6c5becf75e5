package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading {@code <dir>/<accountId>/<region>/<service>.<Operation>[_<suffix>].json}. */
class SnapshotReaderTest {

  private static final Set<String> KNOWN =
      Set.of(
          "sagemaker.ListNotebookInstances",
          "sagemaker.DescribeNotebookInstance",
          "s3.GetBucketPolicy",
          "iam.ListRoles");

  private final SnapshotReader reader = new SnapshotReader(KNOWN);

  @TempDir Path dir;

  @Test
  void aBareResponseIsTheResponseWithAnEmptyRequest() throws IOException {
    write(
        "111111111111/us-east-1/sagemaker.ListNotebookInstances.json",
        "{\"NotebookInstances\": [{\"NotebookInstanceName\": \"nb-a\"}]}");

    Snapshot snapshot = reader.read(dir);

    ApiCall call = single(snapshot);
    assertEquals("111111111111", call.accountId());
    assertEquals("us-east-1", call.region());
    assertEquals("sagemaker", call.service());
    assertEquals("ListNotebookInstances", call.operation());
    assertEquals("", call.suffix());
    assertTrue(call.request().isObject() && call.request().isEmpty());
    assertEquals(
        "nb-a",
        call.response().path("NotebookInstances").get(0).path("NotebookInstanceName").asText());
    assertNull(call.error());
    assertEquals("111111111111/us-east-1/sagemaker.ListNotebookInstances.json", call.source());
    assertEquals(List.of(new Scope("111111111111", "us-east-1")), List.copyOf(snapshot.scopes()));
    assertEquals(List.of(), snapshot.skipped());
  }

  @Test
  void anEnvelopeCarriesTheRequestAndTheSuffix() throws IOException {
    write(
        "111111111111/us-east-1/s3.GetBucketPolicy_genai-logs.json",
        "{\"request\": {\"Bucket\": \"genai-logs\"}, \"response\": {\"Policy\": \"{}\"}}");

    ApiCall call = single(reader.read(dir));

    assertEquals("genai-logs", call.suffix());
    assertEquals("genai-logs", call.request().path("Bucket").asText());
    assertEquals("{}", call.response().path("Policy").asText());
    assertTrue(!call.failed());
  }

  @Test
  void anErrorEnvelopeIsAFailedCall() throws IOException {
    write(
        "111111111111/us-east-1/sagemaker.DescribeNotebookInstance_nb-a.json",
        "{\"request\": {\"NotebookInstanceName\": \"nb-a\"},"
            + " \"error\": {\"Code\": \"AccessDeniedException\", \"Message\": \"not authorized\"}}");

    ApiCall call = single(reader.read(dir));

    assertTrue(call.failed());
    assertNull(call.response());
    assertEquals(new ApiError("AccessDeniedException", "not authorized"), call.error());
    assertEquals("nb-a", call.request().path("NotebookInstanceName").asText());
  }

  @Test
  void aResponseThatLooksLikeAnEnvelopeButHasOtherFieldsIsBare() throws IOException {
    write(
        "111111111111/us-east-1/sagemaker.ListNotebookInstances.json",
        "{\"response\": 1, \"NotebookInstances\": []}");

    ApiCall call = single(reader.read(dir));

    assertEquals(1, call.response().path("response").asInt());
  }

  @Test
  void globalServicesLiveInTheGlobalRegion() throws IOException {
    write("111111111111/global/iam.ListRoles.json", "{\"Roles\": []}");

    Snapshot snapshot = reader.read(dir);

    assertTrue(snapshot.scopes().first().global());
    assertEquals(1, snapshot.callsIn(new Scope("111111111111", "global"), "iam").size());
  }

  @Test
  void unknownFilesAndFoldersAreSkippedAndReported() throws IOException {
    write(
        "111111111111/us-east-1/sagemaker.ListNotebookInstances.json",
        "{\"NotebookInstances\": []}");
    write("111111111111/us-east-1/ec2.DescribeVpcs.json", "not even JSON");
    write("111111111111/us-east-1/notes.txt", "hello");
    write("111111111111/us-east-1/sagemaker.list-notebook-instances.json", "{}");
    write("111111111111/moon-base-1/sagemaker.ListNotebookInstances.json", "{}");
    write("README.md", "# snapshot");
    write("not-an-account/us-east-1/sagemaker.ListNotebookInstances.json", "{}");
    Files.createDirectories(dir.resolve("222222222222/eu-west-1"));

    Snapshot snapshot = reader.read(dir);

    assertEquals(1, snapshot.calls().size());
    assertEquals(
        List.of(
            "111111111111/moon-base-1: not a region directory",
            "111111111111/us-east-1/ec2.DescribeVpcs.json: no rule reads ec2 DescribeVpcs",
            "111111111111/us-east-1/notes.txt: not named <service>.<Operation>[_<suffix>].json",
            "111111111111/us-east-1/sagemaker.list-notebook-instances.json: not named"
                + " <service>.<Operation>[_<suffix>].json",
            "README.md: not an account directory (12 digits)",
            "not-an-account: not an account directory (12 digits)"),
        snapshot.skipped());
    assertEquals(
        List.of(new Scope("111111111111", "us-east-1"), new Scope("222222222222", "eu-west-1")),
        List.copyOf(snapshot.scopes()),
        "an empty region folder is still a collected scope");
  }

  @Test
  void malformedJsonNamesTheFileAndTheLine() throws IOException {
    write(
        "111111111111/us-east-1/sagemaker.ListNotebookInstances.json",
        "{\n  \"NotebookInstances\": [\n    {\"NotebookInstanceName\": \"nb-a\",}\n  ]\n}");

    SnapshotException e = assertThrows(SnapshotException.class, () -> reader.read(dir));

    assertTrue(
        e.getMessage()
            .startsWith(
                "111111111111/us-east-1/sagemaker.ListNotebookInstances.json: malformed JSON at line 3:"),
        e.getMessage());
  }

  @Test
  void aFileThatIsNotAJsonObjectIsAnError() throws IOException {
    write("111111111111/us-east-1/sagemaker.ListNotebookInstances.json", "[1, 2]");

    SnapshotException e = assertThrows(SnapshotException.class, () -> reader.read(dir));

    assertEquals(
        "111111111111/us-east-1/sagemaker.ListNotebookInstances.json: expected a JSON object",
        e.getMessage());
  }

  @Test
  void badEnvelopesAreErrorsNamingTheFile() throws IOException {
    String file = "111111111111/us-east-1/sagemaker.DescribeNotebookInstance.json";
    assertEnvelopeError(
        file,
        "{\"response\": {}, \"error\": {\"Code\": \"X\"}}",
        file + ": has both \"response\" and \"error\"");
    assertEnvelopeError(
        file, "{\"request\": [], \"response\": {}}", file + ": \"request\" must be an object");
    assertEnvelopeError(file, "{\"response\": []}", file + ": \"response\" must be an object");
    assertEnvelopeError(
        file,
        "{\"error\": {\"Message\": \"no code\"}}",
        file + ": \"error\" must be an object with a string \"Code\"");
    assertEnvelopeError(file, "{\"error\": {\"Code\": \" \"}}", file + ": \"error.Code\" is empty");
  }

  @Test
  void aMissingDirectoryIsAOneLineError() {
    SnapshotException e =
        assertThrows(SnapshotException.class, () -> reader.read(dir.resolve("nowhere")));

    assertEquals("snapshot directory not found: " + dir.resolve("nowhere"), e.getMessage());
    assertEquals(1, e.getMessage().lines().count());
  }

  @Test
  void aDirectoryWithoutAccountAndRegionFoldersIsAOneLineError() throws IOException {
    write("111111111111/sagemaker.ListNotebookInstances.json", "{}");

    SnapshotException empty = assertThrows(SnapshotException.class, () -> reader.read(dir));

    assertEquals(
        "snapshot directory has no <accountId>/<region>/ folders: " + dir, empty.getMessage());
  }

  @Test
  void anEmptyDirectoryIsAnError() {
    SnapshotException e = assertThrows(SnapshotException.class, () -> reader.read(dir));

    assertTrue(e.getMessage().startsWith("snapshot directory has no"), e.getMessage());
  }

  @Test
  void theExampleSnapshotReads() {
    Snapshot snapshot =
        new SnapshotReader(Normalization.standard().knownOperations())
            .read(Path.of("examples/snapshot"));

    // Two accounts, each with two regions and the global scope of IAM and Organizations.
    assertEquals(6, snapshot.scopes().size());
    assertTrue(snapshot.calls().size() > 20);
    assertTrue(snapshot.skipped().isEmpty(), snapshot.skipped().toString());
  }

  private void assertEnvelopeError(String file, String content, String message) throws IOException {
    write(file, content);
    SnapshotException e = assertThrows(SnapshotException.class, () -> reader.read(dir));
    assertEquals(message, e.getMessage());
  }

  @Test
  void callsComeInTheOrderPathsSortIn() throws IOException {
    List<String> suffixes = List.of("b", "B", "_", "a-1", "\u00e9", "\ufffd", "\ud83d\ude00", "a");
    for (String suffix : suffixes) {
      write(
          "111111111111/us-east-1/s3.GetBucketPolicy_" + suffix + ".json",
          "{\"request\": {\"Bucket\": \"" + suffix + "\"}, \"response\": {}}");
    }
    Path region = dir.resolve("111111111111/us-east-1");
    List<String> expected;
    try (var files = Files.list(region)) {
      expected = files.sorted().map(p -> region.relativize(p).toString()).toList();
    }

    List<String> read =
        reader.read(dir).calls().stream()
            .map(c -> "s3.GetBucketPolicy_" + c.suffix() + ".json")
            .toList();

    assertEquals(expected, read);
  }

  private static ApiCall single(Snapshot snapshot) {
    assertEquals(1, snapshot.calls().size(), snapshot.calls()::toString);
    return snapshot.calls().get(0);
  }

  private void write(String relative, String content) throws IOException {
    Path file = dir.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, content);
  }
}
