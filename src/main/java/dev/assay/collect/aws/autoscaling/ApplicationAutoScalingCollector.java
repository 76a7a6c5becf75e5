package dev.assay.collect.aws.autoscaling;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.applicationautoscaling.ApplicationAutoScalingClient;
import software.amazon.awssdk.services.applicationautoscaling.model.DescribeScalableTargetsRequest;
import software.amazon.awssdk.services.applicationautoscaling.model.DescribeScalableTargetsResponse;
import software.amazon.awssdk.services.applicationautoscaling.model.ServiceNamespace;

/** Application Auto Scaling targets of SageMaker endpoint variants. */
public final class ApplicationAutoScalingCollector implements ServiceCollector {

  private static final String AAS = "application-autoscaling";

  @Override
  public String name() {
    return AAS;
  }

  @Override
  public Set<String> operations() {
    return Set.of("application-autoscaling.DescribeScalableTargets");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("application-autoscaling.DescribeScalableTargets");
  }

  @Override
  public void collect(ServiceScope scope) {
    ApplicationAutoScalingClient aas = scope.client(ApplicationAutoScalingClient::builder);
    CallRecorder r = scope.recorder(AAS);
    r.list(
        "DescribeScalableTargets",
        DescribeScalableTargetsRequest.builder()
            .serviceNamespace(ServiceNamespace.SAGEMAKER)
            .build(),
        aas::describeScalableTargetsPaginator,
        DescribeScalableTargetsResponse::scalableTargets);
  }
}
