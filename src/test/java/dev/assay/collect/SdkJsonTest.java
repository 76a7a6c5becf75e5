package dev.assay.collect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailResponse;
import software.amazon.awssdk.services.bedrock.model.GuardrailContentFilterType;
import software.amazon.awssdk.services.bedrock.model.GuardrailFilterStrength;
import software.amazon.awssdk.services.ec2.model.DescribeRegionsResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeEndpointConfigResponse;
import software.amazon.awssdk.services.sagemaker.model.DescribeNotebookInstanceResponse;
import software.amazon.awssdk.services.sagemaker.model.DirectInternetAccess;

/** SDK objects to the JSON the AWS CLI prints. */
class SdkJsonTest {

  @Test
  void enumsTimestampsAndUnsetMembersAsTheCliPrintsThem() {
    var response =
        DescribeNotebookInstanceResponse.builder()
            .notebookInstanceName("nb")
            .directInternetAccess(DirectInternetAccess.DISABLED)
            .creationTime(Instant.parse("2026-11-01T10:00:00Z"))
            .volumeSizeInGB(20)
            .build();
    // SecurityGroups and AcceleratorTypes were never set: the SDK auto-constructs them, AWS
    // did not send them, so the CLI would not print them.
    assertEquals(
        "{\"NotebookInstanceName\":\"nb\",\"CreationTime\":\"2026-11-01T10:00:00Z\","
            + "\"DirectInternetAccess\":\"Disabled\",\"VolumeSizeInGB\":20}",
        SdkJson.object(response).toString());
  }

  @Test
  void nestedObjectsListsAndFloatsKeepTheirShape() {
    var config =
        DescribeEndpointConfigResponse.builder()
            .endpointConfigName("ec")
            .productionVariants(
                v ->
                    v.variantName("AllTraffic")
                        .initialInstanceCount(2)
                        .initialVariantWeight(1f)
                        .serverlessConfig(s -> s.memorySizeInMB(2048)))
            .build();
    assertEquals(
        "{\"EndpointConfigName\":\"ec\",\"ProductionVariants\":[{\"VariantName\":"
            + "\"AllTraffic\",\"InitialInstanceCount\":2,\"InitialVariantWeight\":1.0,"
            + "\"ServerlessConfig\":{\"MemorySizeInMB\":2048}}]}",
        SdkJson.object(config).toString());
  }

  @Test
  void camelCaseServicesKeepTheirMemberNames() {
    var guardrail =
        GetGuardrailResponse.builder()
            .guardrailId("g1")
            .contentPolicy(
                p ->
                    p.filters(
                        f ->
                            f.type(GuardrailContentFilterType.HATE)
                                .inputStrength(GuardrailFilterStrength.HIGH)))
            .build();
    assertEquals(
        "{\"guardrailId\":\"g1\",\"contentPolicy\":{\"filters\":[{\"type\":\"HATE\","
            + "\"inputStrength\":\"HIGH\"}]}}",
        SdkJson.object(guardrail).toString());
  }

  @Test
  void queryProtocolsUseMemberNamesNotWireNames() {
    // EC2 sends <regionInfo><item><regionName>; the CLI prints Regions[].RegionName.
    var regions =
        DescribeRegionsResponse.builder()
            .regions(r -> r.regionName("eu-west-1").optInStatus("opt-in-not-required"))
            .build();
    assertEquals(
        "{\"Regions\":[{\"OptInStatus\":\"opt-in-not-required\",\"RegionName\":"
            + "\"eu-west-1\"}]}",
        SdkJson.object(regions).toString());
  }

  @Test
  void anEmptyListThatAwsSentIsKept() {
    var response =
        DescribeNotebookInstanceResponse.builder().securityGroups(java.util.List.of()).build();
    assertEquals("{\"SecurityGroups\":[]}", SdkJson.object(response).toString());
  }
}
