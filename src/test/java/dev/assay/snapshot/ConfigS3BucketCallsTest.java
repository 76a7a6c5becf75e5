package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.fact.CollectionGap;
import dev.assay.fact.ModelArtifactBucket;
import dev.assay.fact.TrainingDataBucket;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * AWS Config {@code AWS::S3::Bucket} items: their supplementary policy, encryption and versioning
 * documents become the S3 calls a collection records, so the bucket facts match a hand-made
 * snapshot; a bucket whose documents Config did not record stays uncollected (a gap, never a fact).
 * Config records no training jobs, so both sides share the same hand-made SageMaker calls.
 */
class ConfigS3BucketCallsTest {

  static final Path FILE =
      Path.of(
          "src/test/resources/configsnapshot/111111111111_Config_us-east-1_ConfigHistory_S3.json");

  private static final Normalization NORMALIZATION = Normalization.standard();

  @TempDir Path tmp;
  private Path jobsOnly;

  @BeforeEach
  void jobs() throws IOException {
    jobsOnly = tmp.resolve("jobs");
    writeJobs(jobsOnly.resolve("111111111111/us-east-1"));
  }

  private static void writeJobs(Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(
        dir.resolve("sagemaker.ListTrainingJobs.json"),
        "{\"TrainingJobSummaries\": [{\"TrainingJobName\": \"tune\"},"
            + " {\"TrainingJobName\": \"other\"}]}");
    Files.writeString(
        dir.resolve("sagemaker.DescribeTrainingJob_tune.json"),
        "{\"TrainingJobName\": \"tune\", \"InputDataConfig\": [{\"ChannelName\": \"train\","
            + " \"DataSource\": {\"S3DataSource\": {\"S3Uri\": \"s3://genai-training/data/\"}}}],"
            + " \"OutputDataConfig\": {\"S3OutputPath\": \"s3://genai-artifacts/out/\"}}");
    Files.writeString(
        dir.resolve("sagemaker.DescribeTrainingJob_other.json"),
        "{\"TrainingJobName\": \"other\", \"InputDataConfig\": [{\"ChannelName\": \"train\","
            + " \"DataSource\": {\"S3DataSource\": {\"S3Uri\": \"s3://genai-unrecorded/x/\"}}}],"
            + " \"OutputDataConfig\": {\"S3OutputPath\": \"s3://genai-artifacts/out/\"}}");
  }

  private static Snapshot read(Path input) {
    return new SnapshotReader(NORMALIZATION.knownOperations()).read(input);
  }

  /** The Config file's calls next to the hand-made job calls, as one snapshot. */
  private NormalizedSnapshot fromConfig() {
    Snapshot jobs = read(jobsOnly);
    Snapshot config = read(FILE);
    List<ApiCall> calls = new ArrayList<>(jobs.calls());
    calls.addAll(config.calls());
    TreeSet<Scope> scopes = new TreeSet<>(jobs.scopes());
    scopes.addAll(config.scopes());
    return NORMALIZATION.normalize(new Snapshot(calls, scopes, config.skipped()));
  }

  private static <T> List<T> facts(NormalizedSnapshot n, Class<T> type) {
    return n.facts().stream().filter(type::isInstance).map(type::cast).toList();
  }

  @Test
  void bucketItemsGiveTheFactsACollectedSnapshotGives() throws IOException {
    Path dir = tmp.resolve("collected/111111111111/us-east-1");
    writeJobs(dir);
    Files.writeString(
        dir.resolve("s3.GetBucketPolicy_genai-training.json"),
        "{\"Policy\": \"{\\\"Version\\\":\\\"2012-10-17\\\",\\\"Statement\\\":[{\\\"Effect\\\":"
            + "\\\"Allow\\\",\\\"Principal\\\":\\\"*\\\",\\\"Action\\\":\\\"s3:GetObject\\\","
            + "\\\"Resource\\\":\\\"arn:aws:s3:::genai-training/*\\\"}]}\"}");
    Files.writeString(
        dir.resolve("s3.GetBucketPolicy_genai-artifacts.json"),
        "{\"request\": {\"Bucket\": \"genai-artifacts\"}, \"error\": {\"Code\":"
            + " \"NoSuchBucketPolicy\", \"Message\": \"The bucket policy does not exist\"}}");
    Files.writeString(dir.resolve("s3.GetBucketVersioning_genai-training.json"), "{}");
    Files.writeString(
        dir.resolve("s3.GetBucketVersioning_genai-artifacts.json"), "{\"Status\": \"Enabled\"}");
    NormalizedSnapshot collected = NORMALIZATION.normalize(read(tmp.resolve("collected")));
    NormalizedSnapshot config = fromConfig();

    List<TrainingDataBucket> training = facts(config, TrainingDataBucket.class);
    assertEquals(facts(collected, TrainingDataBucket.class), training);
    assertEquals(List.of("genai-training"), training.stream().map(b -> b.bucketName()).toList());
    List<ModelArtifactBucket> artifacts = facts(config, ModelArtifactBucket.class);
    assertEquals(facts(collected, ModelArtifactBucket.class), artifacts);
    assertEquals(
        List.of(
            new ModelArtifactBucket(
                "arn:aws:s3:::genai-artifacts",
                "111111111111",
                "us-east-1",
                "genai-artifacts",
                "Enabled")),
        artifacts);
  }

  @Test
  void aBucketWithoutRecordedDocumentsStaysUncollected() {
    List<CollectionGap> gaps =
        fromConfig().gaps().stream()
            .filter(g -> "arn:aws:s3:::genai-unrecorded".equals(g.resourceArn()))
            .toList();
    assertTrue(
        gaps.stream()
            .anyMatch(
                g ->
                    g.operation().equals("GetBucketPolicy")
                        && g.errorCode().equals(CollectionGap.NOT_COLLECTED)),
        gaps.toString());
  }

  @Test
  void encryptionMapsOntoTheGetBucketEncryptionShape() {
    ApiCall call =
        read(FILE).calls().stream()
            .filter(c -> c.operation().equals("GetBucketEncryption"))
            .filter(c -> c.suffix().equals("genai-training"))
            .findFirst()
            .orElseThrow();
    var byDefault =
        call.response()
            .path("ServerSideEncryptionConfiguration")
            .path("Rules")
            .path(0)
            .path("ApplyServerSideEncryptionByDefault");
    assertEquals("aws:kms", byDefault.path("SSEAlgorithm").asText());
    assertEquals(
        "arn:aws:kms:us-east-1:111111111111:key/1b2c3d4e-0000-4000-8000-000000000001",
        byDefault.path("KMSMasterKeyID").asText());
    assertTrue(
        read(FILE).calls().stream()
            .noneMatch(c -> c.suffix().equals("genai-unrecorded") && c.service().equals("s3")),
        "a bucket without supplementary documents records no S3 call");
  }
}
