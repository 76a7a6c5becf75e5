package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.regex.Matcher;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The hand-written reading of snapshot file names agrees with the layout's pattern. */
class SnapshotFileNameTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sagemaker.ListNotebookInstances.json",
        "bedrock-agent.GetFlow_FLOWTRIAGE.json",
        "iam.GetPolicyVersion_AmazonSageMakerFullAccess.json",
        "s3.GetBucketPolicy_genai-logs.json",
        "s3.GetBucketPolicy_a.b_c.json.json",
        "s3.GetBucketPolicy_with space.json",
        "s3.GetBucketPolicy_line\nbreak.json",
        "s3.GetBucketPolicy_é.json",
        "s3.GetBucketPolicy_.json",
        "s3.GetBucketPolicy_a/b.json",
        "s3.GetBucketPolicy_a\\b.json",
        "s3.GetBucketPolicy_a.JSON",
        "s3.GetBucketPolicy.JSON",
        "s3.GetBucketPolicy.json.json",
        "s3.GetBucketPolicy-x.json",
        "s3.GetBucketPolicy",
        "s3.getBucketPolicy.json",
        "s3.G.json",
        "s3..json",
        "s3.json",
        "s3.",
        ".Get.json",
        "-s3.Get.json",
        "S3.Get.json",
        "s_3.Get.json",
        "9-.Get9.json",
        "a-b-c.X1y2_z.json",
        "readme.txt",
        "",
        "x",
        "sagemaker.ListNotebookInstances_.json_2.json"
      })
  void agreesWithTheLayoutPattern(String name) {
    Matcher m = SnapshotLayout.FILE.matcher(name);
    SnapshotFileName expected =
        m.matches()
            ? new SnapshotFileName(m.group(1), m.group(2), m.group(3) == null ? "" : m.group(3))
            : null;
    assertEquals(expected, SnapshotFileName.parse(name));
  }
}
