package dev.assay.snapshot;

import static dev.assay.snapshot.SageMakerCalls.SM;
import static dev.assay.snapshot.SageMakerCalls.listedArn;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ModelPackage;
import dev.assay.fact.ModelPackageGroup;
import dev.assay.fact.ModelRegistryAdoption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The Model Registry: model package groups, their versions and the latest version's approval. */
final class SageMakerRegistry implements Normalizer {

  private static final String GROUP = "ModelPackageGroup";
  private static final String PACKAGE = "ModelPackage";
  private static final String ADOPTION = "ModelRegistryAdoption";

  @Override
  public Set<String> reads() {
    return Set.of(
        "sagemaker.ListModelPackageGroups",
        "sagemaker.ListModelPackages",
        "sagemaker.DescribeModelPackage");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<JsonNode> groups =
        calls.listItems(
            SM, "ListModelPackageGroups", "ModelPackageGroupSummaryList", GROUP, PACKAGE, ADOPTION);
    for (JsonNode item : groups) {
      String name = Json.text(item, "ModelPackageGroupName");
      String arn = listedArn(calls, item, "ModelPackageGroupArn", "model-package-group/", name);
      // An unreadable group could hold the approved package that makes the region compliant.
      SageMakerCalls.pagesAbout(
              calls,
              SM,
              "ListModelPackages",
              c -> aboutGroup(c, name),
              arn,
              GROUP,
              PACKAGE,
              ADOPTION)
          .ifPresent(pages -> group(calls, arn, name, packages(pages), out));
    }
    if (SageMakerCalls.listed(calls, SM, "ListModelPackageGroups")) {
      out.add(new ModelRegistryAdoption(calls.accountId(), calls.region(), false));
    }
  }

  /** A page of one group's versions: by request, suffix, or (bare page) by what it lists. */
  private static boolean aboutGroup(ApiCall c, String group) {
    return group != null
        && (group.equals(Json.text(c.request(), "ModelPackageGroupName"))
            || group.equals(c.suffix())
            || (c.response() != null
                && Json.array(c.response(), "ModelPackageSummaryList").stream()
                    .anyMatch(p -> group.equals(Json.text(p, "ModelPackageGroupName")))));
  }

  private static List<JsonNode> packages(List<JsonNode> pages) {
    List<JsonNode> all = new ArrayList<>();
    pages.forEach(p -> all.addAll(Json.array(p, "ModelPackageSummaryList")));
    return all;
  }

  private static void group(
      ScopeCalls calls, String arn, String name, List<JsonNode> packages, FactSink out) {
    boolean approved =
        packages.stream().anyMatch(p -> "Approved".equals(Json.text(p, "ModelApprovalStatus")));
    out.add(
        new ModelPackageGroup(
            arn, calls.accountId(), calls.region(), name, packages.size(), approved));
    latest(packages).ifPresent(p -> latestPackage(calls, name, p, out));
  }

  private static Optional<JsonNode> latest(List<JsonNode> packages) {
    return packages.stream()
        .max(
            Comparator.comparingInt(
                (JsonNode p) ->
                    Optional.ofNullable(Json.integer(p, "ModelPackageVersion")).orElse(0)));
  }

  private static void latestPackage(
      ScopeCalls calls, String group, JsonNode summary, FactSink out) {
    String arn = Json.text(summary, "ModelPackageArn");
    Integer version = Json.integer(summary, "ModelPackageVersion");
    calls
        .callAbout(
            SM,
            "DescribeModelPackage",
            c ->
                arn != null
                    && (arn.equals(Json.text(c.request(), "ModelPackageName"))
                        || arn.equals(c.suffix())
                        || (c.response() != null
                            && arn.equals(Json.text(c.response(), "ModelPackageArn")))
                        || (group + "-" + version).equals(c.suffix())),
            arn,
            PACKAGE)
        .ifPresent(
            c -> {
              JsonNode d = c.response();
              String status = Json.text(d, "ModelApprovalStatus");
              Instant created = Json.instant(d, "CreationTime");
              Instant modified = Json.instant(d, "LastModifiedTime");
              // Approving by hand is an update: a version never updated was registered approved.
              boolean untouched = modified == null || modified.equals(created);
              out.add(
                  new ModelPackage(
                      Json.text(d, "ModelPackageArn", arn),
                      calls.accountId(),
                      calls.region(),
                      group,
                      version,
                      status,
                      "Approved".equals(status) && untouched));
            });
  }
}
