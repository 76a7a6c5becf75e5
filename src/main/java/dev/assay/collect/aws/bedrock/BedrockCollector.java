package dev.assay.collect.aws.bedrock;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import dev.assay.collect.aws.s3.GenAiBuckets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import software.amazon.awssdk.services.bedrock.BedrockClient;
import software.amazon.awssdk.services.bedrock.model.GetGuardrailRequest;
import software.amazon.awssdk.services.bedrock.model.GetModelInvocationLoggingConfigurationRequest;
import software.amazon.awssdk.services.bedrock.model.GuardrailSummary;
import software.amazon.awssdk.services.bedrock.model.ListEnforcedGuardrailsConfigurationRequest;
import software.amazon.awssdk.services.bedrock.model.ListEnforcedGuardrailsConfigurationResponse;
import software.amazon.awssdk.services.bedrock.model.ListGuardrailsRequest;
import software.amazon.awssdk.services.bedrock.model.ListGuardrailsResponse;
import software.amazon.awssdk.services.bedrock.model.LoggingConfig;
import software.amazon.awssdk.services.cloudwatchlogs.CloudWatchLogsClient;
import software.amazon.awssdk.services.cloudwatchlogs.model.GetDataProtectionPolicyRequest;

/**
 * Amazon Bedrock: model invocation logging (and the encryption and data protection of its
 * destinations), guardrails and account-enforced guardrails here; models, jobs and throughput in
 * {@link BedrockModels}.
 */
public final class BedrockCollector implements ServiceCollector {

  private static final String BR = "bedrock";

  @Override
  public String name() {
    return BR;
  }

  @Override
  public Set<String> operations() {
    Set<String> ops =
        new TreeSet<>(
            Set.of(
                "bedrock.GetModelInvocationLoggingConfiguration",
                "bedrock.ListGuardrails",
                "bedrock.GetGuardrail",
                "bedrock.ListEnforcedGuardrailsConfiguration",
                GenAiBuckets.ENCRYPTION,
                "logs.GetDataProtectionPolicy"));
    ops.addAll(BedrockModels.OPERATIONS);
    return ops;
  }

  @Override
  public List<String> entryOperations() {
    return List.of(
        "bedrock.GetModelInvocationLoggingConfiguration",
        "bedrock.ListGuardrails",
        "bedrock.ListEnforcedGuardrailsConfiguration",
        "bedrock.ListCustomModels",
        "bedrock.ListImportedModels",
        "bedrock.ListModelInvocationJobs",
        "bedrock.ListProvisionedModelThroughputs",
        "bedrock.ListEvaluationJobs");
  }

  @Override
  public void collect(ServiceScope scope) {
    BedrockClient br = scope.client(BedrockClient::builder);
    CallRecorder r = scope.recorder(BR);
    r.single(
            "GetModelInvocationLoggingConfiguration",
            GetModelInvocationLoggingConfigurationRequest.builder().build(),
            br::getModelInvocationLoggingConfiguration)
        .map(c -> c.loggingConfig())
        .ifPresent(c -> loggingDestinations(scope, c));
    // Without guardrailIdentifier, ListGuardrails lists each guardrail once (its DRAFT), and
    // GetGuardrail without a version reads that DRAFT: the working configuration.
    for (GuardrailSummary g :
        r.list(
            "ListGuardrails",
            ListGuardrailsRequest.builder().build(),
            br::listGuardrailsPaginator,
            ListGuardrailsResponse::guardrails)) {
      r.detail(
          "GetGuardrail",
          g.id(),
          GetGuardrailRequest.builder().guardrailIdentifier(g.id()).build(),
          br::getGuardrail);
    }
    r.list(
        "ListEnforcedGuardrailsConfiguration",
        ListEnforcedGuardrailsConfigurationRequest.builder().build(),
        br::listEnforcedGuardrailsConfigurationPaginator,
        ListEnforcedGuardrailsConfigurationResponse::guardrailsConfig);
    BedrockModels.collect(scope, br, r);
  }

  /**
   * The default encryption of the bucket invocation logs go to, and the data protection policy of
   * their log group (the group itself is listed by the logs collector).
   */
  private static void loggingDestinations(ServiceScope scope, LoggingConfig config) {
    if (config.s3Config() != null) {
      new GenAiBuckets(scope).encryption(config.s3Config().bucketName());
    }
    if (config.cloudWatchConfig() != null && config.cloudWatchConfig().logGroupName() != null) {
      String group = config.cloudWatchConfig().logGroupName();
      CloudWatchLogsClient logs = scope.client(CloudWatchLogsClient::builder);
      scope
          .recorder("logs")
          .detail(
              "GetDataProtectionPolicy",
              group,
              GetDataProtectionPolicyRequest.builder().logGroupIdentifier(group).build(),
              logs::getDataProtectionPolicy);
    }
  }
}
