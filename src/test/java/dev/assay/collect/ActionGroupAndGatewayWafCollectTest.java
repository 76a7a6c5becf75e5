package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assay.collect.Runs.Run;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.core.SdkBytes;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.lambda.LambdaClient;
import software.amazon.awssdk.services.lambda.model.Runtime;

/**
 * The answers that are data, not gaps, end to end through moto: an action group whose Lambda
 * function no longer exists (Lambda's ResourceNotFoundException) and a gateway WAF knows no web ACL
 * for (moto's null WebACL). Both are written and normalized as facts the rules fail; neither leaves
 * a gap. Agents and gateways come from recordings (moto lacks them); Lambda and WAF are moto's.
 */
class ActionGroupAndGatewayWafCollectTest {

  @RegisterExtension static final MotoServer MOTO = new MotoServer();

  @TempDir static Path tmp;

  private static final String ACCOUNT = "777777777777";
  private static final String REGION = "us-east-1";
  private static final String FN = "arn:aws:lambda:" + REGION + ":" + ACCOUNT + ":function:";
  private static final String ROLE = "arn:aws:iam::" + ACCOUNT + ":role/lookup-fn";

  private static AwsStub stub;
  private static Path collected;
  private static Run collect;
  private static List<String> facts;

  @BeforeAll
  static void collect() throws IOException {
    Runs.useTestCredentials();
    MotoWorld moto = new MotoWorld(MOTO.url());
    try (IamClient iam = moto.client(IamClient.builder(), ACCOUNT, REGION)) {
      iam.createRole(
          r ->
              r.roleName("lookup-fn")
                  .assumeRolePolicyDocument(
                      "{\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":"
                          + "\"lambda.amazonaws.com\"},\"Action\":\"sts:AssumeRole\"}]}"));
    }
    try (LambdaClient lambda = moto.client(LambdaClient.builder(), ACCOUNT, REGION)) {
      lambda.createFunction(
          f ->
              f.functionName("lookup")
                  .runtime(Runtime.PYTHON3_12)
                  .role(ROLE)
                  .handler("app.handler")
                  .code(c -> c.zipFile(SdkBytes.fromByteArray(zip()))));
    }
    stub = new AwsStub(MOTO.url());
    Recorded.missingInMoto(stub);
    Recorded.rest(
        stub,
        "POST",
        "/agents/",
        "{\"agentSummaries\": [{\"agentId\": \"AG9\", \"agentName\": \"orders\","
            + " \"agentStatus\": \"PREPARED\", \"updatedAt\": \"2026-11-01T00:00:00Z\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/agents/AG9/",
        "{\"agent\": {\"agentId\": \"AG9\", \"agentName\": \"orders\", \"agentArn\":"
            + " \"arn:aws:bedrock:"
            + REGION
            + ":"
            + ACCOUNT
            + ":agent/AG9\", \"agentVersion\": \"DRAFT\", \"agentStatus\": \"PREPARED\","
            + " \"agentResourceRoleArn\": \""
            + ROLE
            + "\"}}");
    Recorded.rest(
        stub,
        "POST",
        "/agents/AG9/agentversions/DRAFT/actiongroups/",
        "{\"actionGroupSummaries\": [{\"actionGroupId\": \"LIVE1\", \"actionGroupName\": \"lookup\","
            + " \"actionGroupState\": \"ENABLED\", \"updatedAt\": \"2026-11-01T00:00:00Z\"},"
            + " {\"actionGroupId\": \"GONE1\", \"actionGroupName\": \"legacy\", \"actionGroupState\":"
            + " \"ENABLED\", \"updatedAt\": \"2026-11-01T00:00:00Z\"}]}");
    for (String[] group : new String[][] {{"LIVE1", "lookup"}, {"GONE1", "gone"}}) {
      Recorded.rest(
          stub,
          "GET",
          "/agents/AG9/agentversions/DRAFT/actiongroups/" + group[0] + "/",
          "{\"agentActionGroup\": {\"agentId\": \"AG9\", \"agentVersion\": \"DRAFT\","
              + " \"actionGroupId\": \""
              + group[0]
              + "\", \"actionGroupName\": \""
              + group[1]
              + "\", \"actionGroupState\": \"ENABLED\", \"createdAt\": \"2026-11-01T00:00:00Z\","
              + " \"updatedAt\": \"2026-11-01T00:00:00Z\", \"actionGroupExecutor\": {\"lambda\": \""
              + FN
              + group[1]
              + "\"}}}");
    }
    Recorded.rest(
        stub,
        "GET",
        "/gateways/",
        "{\"items\": [{\"gatewayId\": \"gw-open\", \"name\": \"open\", \"status\": \"READY\","
            + " \"authorizerType\": \"AWS_IAM\"}]}");
    Recorded.rest(
        stub,
        "GET",
        "/gateways/gw-open/",
        "{\"gatewayArn\": \"arn:aws:bedrock-agentcore:"
            + REGION
            + ":"
            + ACCOUNT
            + ":gateway/gw-open\", \"gatewayId\": \"gw-open\", \"name\": \"open\", \"status\":"
            + " \"READY\", \"authorizerType\": \"AWS_IAM\"}");
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
            "--services",
            "bedrock-agent,bedrock-agentcore-control,iam",
            "--endpoint-url",
            stub.url().toString());
    facts = Runs.facts(collected);
  }

  @AfterAll
  static void stopStub() {
    stub.close();
  }

  @Test
  void aFunctionThatExistsNamesItsRoleAndAMissingOneIsAnAnswer() {
    assertEquals(0, collect.exit(), collect.out() + collect.err());
    String agent = "arn:aws:bedrock:" + REGION + ":" + ACCOUNT + ":agent/AG9/action-group/";
    assertTrue(
        facts.contains(
            "ActionGroupFunction[arn="
                + agent
                + "LIVE1, accountId="
                + ACCOUNT
                + ", region="
                + REGION
                + ", name=lookup, agentName=orders, functionArn="
                + FN
                + "lookup, functionFound=true, roleArn="
                + ROLE
                + "]"),
        String.join("\n", facts));
    assertTrue(
        facts.contains(
            "ActionGroupFunction[arn="
                + agent
                + "GONE1, accountId="
                + ACCOUNT
                + ", region="
                + REGION
                + ", name=gone, agentName=orders, functionArn="
                + FN
                + "gone, functionFound=false, roleArn=null]"),
        String.join("\n", facts));
  }

  @Test
  void aGatewayWithoutAWebAclIsAFactWithNoAcl() {
    assertTrue(
        facts.contains(
            "GatewayWebAcl[arn=arn:aws:bedrock-agentcore:"
                + REGION
                + ":"
                + ACCOUNT
                + ":gateway/gw-open, accountId="
                + ACCOUNT
                + ", region="
                + REGION
                + ", name=open, webAclArn=null]"),
        String.join("\n", facts));
  }

  @Test
  void neitherAnswerIsAGap() throws IOException {
    List<String> gaps =
        facts.stream()
            .filter(f -> f.startsWith("CollectionGap["))
            .filter(f -> f.contains("ActionGroupFunction") || f.contains("GatewayWebAcl"))
            .toList();
    assertEquals(List.of(), gaps);
    JsonNode missing =
        new ObjectMapper()
            .readTree(
                collected
                    .resolve(ACCOUNT)
                    .resolve(REGION)
                    .resolve("lambda.GetFunctionConfiguration_gone.json")
                    .toFile());
    assertEquals("ResourceNotFoundException", missing.at("/error/Code").asText());
    assertEquals(FN + "gone", missing.at("/request/FunctionName").asText());
  }

  private static byte[] zip() {
    java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
    try (java.util.zip.ZipOutputStream zip = new java.util.zip.ZipOutputStream(bytes)) {
      zip.putNextEntry(new java.util.zip.ZipEntry("app.py"));
      zip.write("def handler(event, context):\n    return {}\n".getBytes());
      zip.closeEntry();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
