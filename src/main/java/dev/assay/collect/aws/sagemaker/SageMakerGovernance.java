package dev.assay.collect.aws.sagemaker;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeDomainRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeFeatureGroupRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeInferenceExperimentRequest;
import software.amazon.awssdk.services.sagemaker.model.ListAppImageConfigsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListAppImageConfigsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListDomainsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListDomainsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListFeatureGroupsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListFlowDefinitionsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListFlowDefinitionsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListImagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListImagesResponse;
import software.amazon.awssdk.services.sagemaker.model.ListInferenceExperimentsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListInferenceExperimentsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListTagsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListTagsResponse;

/**
 * Studio domains, feature groups, inference experiments, human review workflows, and the tags of
 * the resources the tagging check covers (domains, feature groups, images, app image configs).
 */
final class SageMakerGovernance {

  static final Set<String> OPERATIONS =
      Set.of(
          "sagemaker.ListDomains",
          "sagemaker.DescribeDomain",
          "sagemaker.ListFeatureGroups",
          "sagemaker.DescribeFeatureGroup",
          "sagemaker.ListInferenceExperiments",
          "sagemaker.DescribeInferenceExperiment",
          "sagemaker.ListFlowDefinitions",
          "sagemaker.ListImages",
          "sagemaker.ListAppImageConfigs",
          "sagemaker.ListTags");

  private SageMakerGovernance() {}

  static void collect(ServiceScope scope, SageMakerClient sm, CallRecorder r) {
    List<String> taggable = new ArrayList<>();
    for (var d :
        r.list(
            "ListDomains",
            ListDomainsRequest.builder().build(),
            sm::listDomainsPaginator,
            ListDomainsResponse::domains)) {
      taggable.add(arn(scope, d.domainArn(), "domain/" + d.domainId()));
      r.detail(
          "DescribeDomain",
          d.domainId(),
          DescribeDomainRequest.builder().domainId(d.domainId()).build(),
          sm::describeDomain);
    }
    for (var f :
        r.list(
            "ListFeatureGroups",
            ListFeatureGroupsRequest.builder().build(),
            sm::listFeatureGroupsPaginator,
            ListFeatureGroupsResponse::featureGroupSummaries)) {
      taggable.add(arn(scope, f.featureGroupArn(), "feature-group/" + f.featureGroupName()));
      r.detail(
          "DescribeFeatureGroup",
          f.featureGroupName(),
          DescribeFeatureGroupRequest.builder().featureGroupName(f.featureGroupName()).build(),
          sm::describeFeatureGroup);
    }
    for (var e :
        r.list(
            "ListInferenceExperiments",
            ListInferenceExperimentsRequest.builder().build(),
            sm::listInferenceExperimentsPaginator,
            ListInferenceExperimentsResponse::inferenceExperiments)) {
      r.detail(
          "DescribeInferenceExperiment",
          e.name(),
          DescribeInferenceExperimentRequest.builder().name(e.name()).build(),
          sm::describeInferenceExperiment);
    }
    r.list(
        "ListFlowDefinitions",
        ListFlowDefinitionsRequest.builder().build(),
        sm::listFlowDefinitionsPaginator,
        ListFlowDefinitionsResponse::flowDefinitionSummaries);
    for (var i :
        r.list(
            "ListImages",
            ListImagesRequest.builder().build(),
            sm::listImagesPaginator,
            ListImagesResponse::images)) {
      taggable.add(arn(scope, i.imageArn(), "image/" + i.imageName()));
    }
    for (var c :
        r.list(
            "ListAppImageConfigs",
            ListAppImageConfigsRequest.builder().build(),
            sm::listAppImageConfigsPaginator,
            ListAppImageConfigsResponse::appImageConfigs)) {
      taggable.add(arn(scope, c.appImageConfigArn(), "app-image-config/" + c.appImageConfigName()));
    }
    for (String arn : taggable) {
      // The ARN as suffix (made file-safe): names of different kinds may clash, ARNs do not.
      r.listAbout(
          "ListTags",
          arn,
          ListTagsRequest.builder().resourceArn(arn).build(),
          sm::listTagsPaginator,
          ListTagsResponse::tags);
    }
  }

  /** The listed ARN, or the one AWS gives (SageMaker lowercases names in ARNs). */
  private static String arn(ServiceScope scope, String listed, String path) {
    if (listed != null) {
      return listed;
    }
    return "arn:aws:sagemaker:"
        + scope.region()
        + ":"
        + scope.accountId()
        + ":"
        + path.toLowerCase(Locale.ROOT);
  }
}
