package dev.assay.collect.aws.sagemaker;

import dev.assay.collect.CallRecorder;
import java.util.Comparator;
import java.util.Set;
import software.amazon.awssdk.services.sagemaker.SageMakerClient;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelCardRequest;
import software.amazon.awssdk.services.sagemaker.model.DescribeModelPackageRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelCardsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelCardsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackageGroupsRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackageGroupsResponse;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesRequest;
import software.amazon.awssdk.services.sagemaker.model.ListModelPackagesResponse;
import software.amazon.awssdk.services.sagemaker.model.ModelPackageSummary;

/**
 * The Model Registry (groups, each group's versions, and only the latest version described: its
 * approval is what the rules judge) and model cards (only approved cards are described: only they
 * can document a deployed model).
 */
final class SageMakerRegistry {

  static final Set<String> OPERATIONS =
      Set.of(
          "sagemaker.ListModelPackageGroups",
          "sagemaker.ListModelPackages",
          "sagemaker.DescribeModelPackage",
          "sagemaker.ListModelCards",
          "sagemaker.DescribeModelCard");

  private SageMakerRegistry() {}

  static void collect(SageMakerClient sm, CallRecorder r) {
    for (var g :
        r.list(
            "ListModelPackageGroups",
            ListModelPackageGroupsRequest.builder().build(),
            sm::listModelPackageGroupsPaginator,
            ListModelPackageGroupsResponse::modelPackageGroupSummaryList)) {
      String group = g.modelPackageGroupName();
      r
          .listAbout(
              "ListModelPackages",
              group,
              ListModelPackagesRequest.builder().modelPackageGroupName(group).build(),
              sm::listModelPackagesPaginator,
              ListModelPackagesResponse::modelPackageSummaryList)
          .stream()
          .max(
              Comparator.comparingInt(
                  (ModelPackageSummary p) ->
                      p.modelPackageVersion() == null ? 0 : p.modelPackageVersion()))
          .ifPresent(
              p ->
                  r.detail(
                      "DescribeModelPackage",
                      group + "-" + p.modelPackageVersion(),
                      DescribeModelPackageRequest.builder()
                          .modelPackageName(p.modelPackageArn())
                          .build(),
                      sm::describeModelPackage));
    }
    for (var card :
        r.list(
            "ListModelCards",
            ListModelCardsRequest.builder().build(),
            sm::listModelCardsPaginator,
            ListModelCardsResponse::modelCardSummaries)) {
      if ("Approved".equals(card.modelCardStatusAsString())) {
        r.detail(
            "DescribeModelCard",
            card.modelCardName(),
            DescribeModelCardRequest.builder().modelCardName(card.modelCardName()).build(),
            sm::describeModelCard);
      }
    }
  }
}
