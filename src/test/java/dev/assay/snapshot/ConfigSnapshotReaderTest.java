package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.fact.NotebookInstance;
import dev.assay.fact.SageMakerModel;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS Config snapshot and history files as input: the items of the types Assay maps become the same
 * facts a collected snapshot gives; other types are skipped and named; deleted items are ignored;
 * the latest capture of a resource wins; gzip files read as delivered.
 */
class ConfigSnapshotReaderTest {

  static final Path FILE =
      Path.of(
          "src/test/resources/configsnapshot/111111111111_Config_us-east-1_ConfigSnapshot.json");

  @TempDir Path tmp;

  private static final Normalization NORMALIZATION = Normalization.standard();

  private static NormalizedSnapshot normalize(Path input) {
    return NORMALIZATION.normalize(new SnapshotReader(NORMALIZATION.knownOperations()).read(input));
  }

  private static <T> List<T> facts(NormalizedSnapshot n, Class<T> type) {
    return n.facts().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void configItemsGiveTheFactsACollectedSnapshotGives() throws IOException {
    Path dir = tmp.resolve("collected/111111111111/us-east-1");
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("sagemaker.ListNotebookInstances.json"),
        "{\"NotebookInstances\": [{\"NotebookInstanceName\": \"nb-open\"},"
            + " {\"NotebookInstanceName\": \"nb-private\"}]}");
    Files.writeString(
        dir.resolve("sagemaker.DescribeNotebookInstance_nb-open.json"),
        "{\"NotebookInstanceName\": \"nb-open\", \"NotebookInstanceArn\":"
            + " \"arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb-open\","
            + " \"InstanceType\": \"ml.t3.medium\", \"DirectInternetAccess\": \"Enabled\","
            + " \"RootAccess\": \"Enabled\", \"PlatformIdentifier\": \"notebook-al2-v3\"}");
    Files.writeString(
        dir.resolve("sagemaker.DescribeNotebookInstance_nb-private.json"),
        "{\"NotebookInstanceName\": \"nb-private\", \"NotebookInstanceArn\":"
            + " \"arn:aws:sagemaker:us-east-1:111111111111:notebook-instance/nb-private\","
            + " \"DirectInternetAccess\": \"Disabled\", \"RootAccess\": \"Disabled\","
            + " \"SubnetId\": \"subnet-0a1b2c3d\", \"SecurityGroups\": [\"sg-0a1b2c3d\"],"
            + " \"KmsKeyId\": \"arn:aws:kms:us-east-1:111111111111:key/"
            + "1b2c3d4e-0000-4000-8000-000000000001\","
            + " \"PlatformIdentifier\": \"notebook-al2-v3\"}");

    assertEquals(
        facts(normalize(tmp.resolve("collected")), NotebookInstance.class),
        facts(normalize(FILE), NotebookInstance.class));
  }

  @Test
  void deletedItemsAreIgnoredAndTheLatestCaptureWins() {
    List<NotebookInstance> notebooks = facts(normalize(FILE), NotebookInstance.class);
    assertEquals(
        List.of("nb-open", "nb-private"), notebooks.stream().map(NotebookInstance::name).toList());
    NotebookInstance open = notebooks.get(0);
    assertTrue(open.directInternetAccess() && open.rootAccess());
    NotebookInstance privateOne = notebooks.get(1);
    assertEquals("subnet-0a1b2c3d", privateOne.subnetId());
    assertTrue(!privateOne.directInternetAccess() && !privateOne.rootAccess());
    SageMakerModel model = facts(normalize(FILE), SageMakerModel.class).get(0);
    assertEquals("arn:aws:sagemaker:us-east-1:111111111111:model/chat-model", model.arn());
  }

  @Test
  void unmappedTypesAreSkippedByName() {
    List<String> skipped = normalize(FILE).skipped();
    assertEquals(1, skipped.size(), skipped.toString());
    assertTrue(
        skipped
            .get(0)
            .startsWith(
                "111111111111_Config_us-east-1_ConfigSnapshot.json: 1 AWS::EC2::VPC item(s): no"
                    + " rule reads this resource type from AWS Config"),
        skipped.get(0));
  }

  @Test
  void whatConfigDoesNotRecordStaysUncollectedNotCompliant() {
    assertTrue(
        normalize(FILE).gaps().stream()
            .anyMatch(
                g ->
                    g.operation().equals("GetModelInvocationLoggingConfiguration")
                        && g.errorCode().equals("NotCollected")));
  }

  @Test
  void gzipFilesReadAsDelivered() throws IOException {
    Path gz = tmp.resolve("111111111111_Config_us-east-1_ConfigSnapshot.json.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readAllBytes(FILE));
    }
    assertEquals(
        facts(normalize(FILE), NotebookInstance.class),
        facts(normalize(gz), NotebookInstance.class));
  }

  @Test
  void aJsonFileThatIsNoConfigSnapshotIsRejectedByName() throws IOException {
    Path other = tmp.resolve("findings.json");
    Files.writeString(other, "{\"Findings\": []}");
    SnapshotException e = assertThrows(SnapshotException.class, () -> normalize(other));
    assertEquals(
        "findings.json: not an AWS Config snapshot (no \"configurationItems\" array)",
        e.getMessage());
    Path bad = tmp.resolve("bad.json");
    Files.writeString(
        bad,
        "{\"configurationItems\": [{\"awsAccountId\": \"12\", \"awsRegion\": \"us-east-1\","
            + " \"resourceType\": \"AWS::SageMaker::Model\"}]}");
    e = assertThrows(SnapshotException.class, () -> normalize(bad));
    assertEquals("bad.json configurationItems[0]: awsAccountId must be 12 digits", e.getMessage());
  }
}
