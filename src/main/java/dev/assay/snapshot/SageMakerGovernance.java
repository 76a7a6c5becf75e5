package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;
import static dev.assay.snapshot.SageMakerCalls.describe;
import static dev.assay.snapshot.SageMakerCalls.listedArn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.FeatureGroup;
import dev.assay.fact.HumanReviewAdoption;
import dev.assay.fact.HumanReviewFlow;
import dev.assay.fact.InferenceExperiment;
import dev.assay.fact.SageMakerTagging;
import dev.assay.fact.StudioDomain;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Domains, feature groups, inference experiments, human review workflows, and the tags of the
 * resources the tagging check covers.
 */
final class SageMakerGovernance implements Normalizer {

  private static final String TAGGING = "SageMakerTagging";

  /** A resource whose tags are read. */
  private record Taggable(String kind, String name, String arn) {}

  @Override
  public Set<String> reads() {
    return Set.of(
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
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<Taggable> taggable = new ArrayList<>();
    domains(calls, out, taggable);
    featureGroups(calls, out, taggable);
    experiments(calls, out);
    flows(calls, out);
    for (JsonNode image : calls.listItems(SM, "ListImages", "Images", TAGGING)) {
      String name = Json.text(image, "ImageName");
      taggable.add(
          new Taggable("image", name, listedArn(calls, image, "ImageArn", "image/", name)));
    }
    for (JsonNode config : calls.listItems(SM, "ListAppImageConfigs", "AppImageConfigs", TAGGING)) {
      String name = Json.text(config, "AppImageConfigName");
      taggable.add(
          new Taggable(
              "app-image-config",
              name,
              listedArn(calls, config, "AppImageConfigArn", "app-image-config/", name)));
    }
    taggable.forEach(t -> tags(calls, t, out));
  }

  private static void domains(ScopeCalls calls, FactSink out, List<Taggable> taggable) {
    String type = "StudioDomain";
    for (JsonNode item : calls.listItems(SM, "ListDomains", "Domains", type, TAGGING)) {
      String id = Json.text(item, "DomainId");
      String name = Json.text(item, "DomainName", id);
      String listedArn =
          Json.text(item, "DomainArn", id == null ? null : calls.arn(SM, "domain/" + id));
      taggable.add(new Taggable("domain", name, listedArn));
      describe(calls, "DescribeDomain", "DomainId", id, listedArn, type)
          .ifPresent(
              d ->
                  out.add(
                      new StudioDomain(
                          Json.text(d, "DomainArn", listedArn),
                          calls.accountId(),
                          calls.region(),
                          name,
                          Json.text(d, "AuthMode"),
                          Json.text(d, "SingleSignOnManagedApplicationInstanceId") != null
                              || Json.text(d, "SingleSignOnApplicationArn") != null,
                          Json.text(d, "AppNetworkAccessType", "PublicInternetOnly"))));
    }
  }

  private static void featureGroups(ScopeCalls calls, FactSink out, List<Taggable> taggable) {
    String type = "FeatureGroup";
    for (JsonNode item :
        calls.listItems(SM, "ListFeatureGroups", "FeatureGroupSummaries", type, TAGGING)) {
      String name = Json.text(item, "FeatureGroupName");
      String listedArn = listedArn(calls, item, "FeatureGroupArn", "feature-group/", name);
      taggable.add(new Taggable("feature-group", name, listedArn));
      describe(calls, "DescribeFeatureGroup", "FeatureGroupName", name, listedArn, type)
          .ifPresent(
              d -> {
                JsonNode offline = d.path("OfflineStoreConfig");
                JsonNode online = d.path("OnlineStoreConfig");
                out.add(
                    new FeatureGroup(
                        Json.text(d, "FeatureGroupArn", listedArn),
                        calls.accountId(),
                        calls.region(),
                        name,
                        offline.isObject() && !offline.isEmpty(),
                        Json.text(offline.path("S3StorageConfig"), "KmsKeyId"),
                        SageMakerCalls.on(online, "EnableOnlineStore"),
                        Json.text(online, "StorageType", "Standard"),
                        Json.text(online.path("SecurityConfig"), "KmsKeyId")));
              });
    }
  }

  private static void experiments(ScopeCalls calls, FactSink out) {
    String type = "InferenceExperiment";
    for (JsonNode item :
        calls.listItems(SM, "ListInferenceExperiments", "InferenceExperiments", type)) {
      String name = Json.text(item, "Name");
      String listedArn = listedArn(calls, item, "Arn", "inference-experiment/", name);
      describe(calls, "DescribeInferenceExperiment", "Name", name, listedArn, type)
          .ifPresent(
              d ->
                  out.add(
                      new InferenceExperiment(
                          Json.text(d, "Arn", listedArn),
                          calls.accountId(),
                          calls.region(),
                          name,
                          Json.text(d, "Status"),
                          Json.text(d, "KmsKey"))));
    }
  }

  private static void flows(ScopeCalls calls, FactSink out) {
    String adoption = "HumanReviewAdoption";
    for (JsonNode f :
        calls.listItems(SM, "ListFlowDefinitions", "FlowDefinitionSummaries", adoption)) {
      out.add(
          new HumanReviewFlow(
              calls.accountId(),
              calls.region(),
              Json.text(f, "FlowDefinitionName"),
              Json.text(f, "FlowDefinitionStatus")));
    }
    if (SageMakerCalls.listed(calls, SM, "ListFlowDefinitions")) {
      out.add(new HumanReviewAdoption(calls.accountId(), calls.region(), false));
    }
  }

  private static void tags(ScopeCalls calls, Taggable t, FactSink out) {
    if (t.arn() == null) {
      // A listed resource with neither ARN nor name: its tags cannot be asked for, so they are
      // unknown.
      calls.callAbout(SM, "ListTags", c -> false, null, TAGGING);
      return;
    }
    SageMakerCalls.pagesAbout(
            calls,
            SM,
            "ListTags",
            c ->
                t.arn().equals(Json.text(c.request(), "ResourceArn"))
                    || t.arn().equals(c.suffix())
                    || (t.name() != null && t.name().equals(c.suffix())),
            t.arn(),
            TAGGING)
        .ifPresent(
            pages -> {
              List<String> keys = new ArrayList<>();
              pages.forEach(
                  p -> Json.array(p, "Tags").forEach(tag -> keys.add(Json.text(tag, "Key"))));
              out.add(
                  new SageMakerTagging(
                      t.arn(), calls.accountId(), calls.region(), t.kind(), t.name(), keys));
            });
  }
}
