package dev.assay.collect;

import static dev.assay.collect.EveryServiceWorld.ACCOUNT;
import static dev.assay.collect.EveryServiceWorld.REGION;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.collect.Runs.Run;
import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.NormalizedSnapshot;
import dev.assay.snapshot.SnapshotReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every service Assay collects, end to end: one account with a resource behind every operation the
 * normalizers read ({@link EveryServiceWorld} in moto, {@link EveryServiceRecordings} for what moto
 * lacks), collected through the real SDK. Every operation must be written, in the shape the
 * normalizers match, and read back without a single gap.
 */
class CollectEveryServiceTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;

  private static AwsStub stub;
  private static Path collected;
  private static Run collect;
  private static List<String> facts;
  private static NormalizedSnapshot normalized;

  @BeforeAll
  static void collectEverything() throws IOException {
    Runs.useTestCredentials();
    new EveryServiceWorld(new MotoWorld(MOTO.url())).create();
    stub = new AwsStub(MOTO.url());
    EveryServiceRecordings.play(stub);
    collected = tmp.resolve("collected");
    collect =
        Runs.cli(
            "collect",
            "--output",
            collected.toString(),
            "--accounts",
            ACCOUNT,
            "--role-name",
            "AssayReadOnly",
            "--regions",
            REGION,
            "--endpoint-url",
            stub.url().toString());
    Normalization normalization = Normalization.standard();
    normalized =
        normalization.normalize(
            new SnapshotReader(normalization.knownOperations()).read(collected));
    facts = Runs.facts(collected);
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @Test
  void everyServiceIsCollectedWithoutAGap() {
    assertEquals(0, collect.exit(), collect.out() + collect.err());
    assertTrue(
        collect.out().startsWith("Collected " + Collectors.standard().size() + " services"),
        collect.out());
  }

  @Test
  void everyOperationTheNormalizersReadIsWritten() {
    Set<String> missing = new TreeSet<>(Normalization.standard().knownOperations());
    missing.removeAll(Runs.operationsIn(collected));
    assertEquals(Set.of(), missing, "not written by the collection");
  }

  @Test
  void theNormalizersFindEveryCallTheyLookFor() {
    assertEquals(List.of(), normalized.gaps().stream().map(Object::toString).toList());
  }

  @Test
  void perResourceCallsReachTheFactsThatNeedThem() {
    String all = String.join("\n", facts);
    for (String expected :
        List.of(
            // IAM (global): role policies, user keys and console, last access
            "RolePermissions[arn=arn:aws:iam::" + ACCOUNT + ":role/BedrockAgentRole",
            "RoleBedrockAccess[arn=arn:aws:iam::" + ACCOUNT + ":role/BedrockAgentRole",
            "BedrockApiKey[",
            "GenAiConsoleUser[",
            "UserSageMakerAccess[",
            "ManagedPolicy[arn=arn:aws:iam::" + ACCOUNT + ":policy/GenAiInvoke",
            "InlinePolicy[arn=arn:aws:iam::" + ACCOUNT + ":group/ml/inline-policy/invoke",
            "AiOptOutPolicy[arn=arn:aws:organizations::"
                + ACCOUNT
                + ":ai-services-opt-out-policy"
                + ", accountId="
                + ACCOUNT
                + ", region=global, state=ENFORCED",
            // S3 and Backup, in the region of the jobs and models that name the buckets
            "TrainingDataBucket[arn=arn:aws:s3:::" + EveryServiceWorld.TRAIN,
            "ModelArtifactBucket[arn=arn:aws:s3:::" + EveryServiceWorld.ARTIFACTS,
            "ModelArtifactBackup[arn=arn:aws:s3:::" + EveryServiceWorld.ARTIFACTS,
            "InvocationLogEncryption[",
            "BrowserRecording[",
            "GenAiLogGroup[",
            // CloudTrail, CloudWatch, EC2, Application Auto Scaling
            "BedrockTrailLogging[accountId="
                + ACCOUNT
                + ", region="
                + REGION
                + ", qualifyingTrails=org-trail",
            "TrailIdentityCall[",
            "BedrockRuntimeAlarms[accountId=" + ACCOUNT + ", region=" + REGION + ", alarms=1",
            "BedrockVpcEndpoints[",
            "EndpointScaling[",
            // SageMaker and Bedrock detail calls
            "NotebookSecretScan[",
            "ModelPackage[",
            "ModelCard[",
            "MonitoringJobDefinition[",
            "StudioDomain[",
            "SageMakerTagging[",
            "AutoMlJob[",
            "CustomModelUsage[",
            "ProvisionedThroughputUsage[",
            "ModelEvaluation[",
            "AgentRoleSharing[",
            "KnowledgeBaseDataSource[",
            "DataSourceIngestion[",
            "KnowledgeBaseRole[",
            "FlowNode[",
            "AgentRuntime[",
            "AgentCoreGateway[",
            "AgentCoreMemory[",
            "AgentCorePolicyEngine[",
            // Compliance checks: AWS Config (stubbed compliance) and Security Hub (moto)
            "ConfigRuleCompliance[",
            "nonCompliantResources=[AWS::SageMaker::NotebookInstance nb-secure]",
            "SecurityHubControlResult[",
            "failedResources=[nb-secure]",
            // Lambda (action-group function and its role) and WAF (the gateway's web ACL)
            "ActionGroupFunction[arn=arn:aws:bedrock:"
                + REGION
                + ":"
                + ACCOUNT
                + ":agent/AG1/action-group/AGR1, accountId="
                + ACCOUNT
                + ", region="
                + REGION
                + ", name=lookup-order, agentName=support-agent, functionArn=arn:aws:lambda:"
                + REGION
                + ":"
                + ACCOUNT
                + ":function:lookup-order, functionFound=true, roleArn="
                + EveryServiceWorld.ROLE,
            "GatewayWebAcl[arn=arn:aws:bedrock-agentcore:"
                + REGION
                + ":"
                + ACCOUNT
                + ":gateway/gw-tools, accountId="
                + ACCOUNT
                + ", region="
                + REGION
                + ", name=tools, webAclArn=arn:aws:wafv2:"
                + REGION
                + ":"
                + ACCOUNT
                + ":regional/webacl/agent-gateways/")) {
      assertTrue(all.contains(expected), expected + " not among:\n" + all);
    }
  }

  @Test
  void perResourceCallsNameTheirResourceInRequestAndFileName() throws IOException {
    ObjectMapper json = new ObjectMapper();
    Path global = collected.resolve(ACCOUNT).resolve("global");
    JsonNode inline =
        json.readTree(global.resolve("iam.GetRolePolicy_BedrockAgentRole_invoke.json").toFile());
    assertEquals("BedrockAgentRole", inline.at("/request/RoleName").asText());
    assertEquals("invoke", inline.at("/request/PolicyName").asText());
    Path region = collected.resolve(ACCOUNT).resolve(REGION);
    JsonNode policy =
        json.readTree(
            region.resolve("s3.GetBucketPolicy_" + EveryServiceWorld.TRAIN + ".json").toFile());
    assertEquals(EveryServiceWorld.TRAIN, policy.at("/request/Bucket").asText());
    JsonNode version =
        json.readTree(region.resolve("sagemaker.DescribeModelPackage_chat-models-1.json").toFile());
    assertTrue(
        version.at("/request/ModelPackageName").asText().endsWith("model-package/chat-models/1"));
  }
}
