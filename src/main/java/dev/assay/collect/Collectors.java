package dev.assay.collect;

import dev.assay.collect.aws.agentcore.AgentCoreCollector;
import dev.assay.collect.aws.apigateway.ApiGatewayCollector;
import dev.assay.collect.aws.autoscaling.ApplicationAutoScalingCollector;
import dev.assay.collect.aws.bedrock.BedrockCollector;
import dev.assay.collect.aws.bedrockagent.BedrockAgentCollector;
import dev.assay.collect.aws.cloudtrail.CloudTrailCollector;
import dev.assay.collect.aws.cloudwatch.CloudWatchCollector;
import dev.assay.collect.aws.config.ConfigRulesCollector;
import dev.assay.collect.aws.ec2.Ec2Collector;
import dev.assay.collect.aws.iam.IamCollector;
import dev.assay.collect.aws.kms.KmsCollector;
import dev.assay.collect.aws.logs.LogsCollector;
import dev.assay.collect.aws.organizations.OrganizationsCollector;
import dev.assay.collect.aws.sagemaker.SageMakerCollector;
import dev.assay.collect.aws.securityhub.SecurityHubCollector;
import java.util.List;

/**
 * The collectors Assay ships, one per AWS service; a new service is one more entry. S3 and AWS
 * Backup have none of their own: their bucket-level calls are made by the collectors of the
 * resources that name the buckets ({@link dev.assay.collect.aws.s3.GenAiBuckets}).
 */
public final class Collectors {

  private Collectors() {}

  public static List<ServiceCollector> standard() {
    return List.of(
        new SageMakerCollector(),
        new BedrockCollector(),
        new BedrockAgentCollector(),
        new AgentCoreCollector(),
        new IamCollector(),
        new OrganizationsCollector(),
        new CloudTrailCollector(),
        new LogsCollector(),
        new KmsCollector(),
        new Ec2Collector(),
        new CloudWatchCollector(),
        new ApplicationAutoScalingCollector(),
        new ApiGatewayCollector(),
        new ConfigRulesCollector(),
        new SecurityHubCollector());
  }
}
