package dev.assay.bench;

import dev.assay.fact.ClarifyAdoption;
import dev.assay.fact.EvaluationContext;
import dev.assay.fact.HumanReviewAdoption;
import dev.assay.fact.HumanReviewFlow;
import dev.assay.fact.ModelMonitorAdoption;
import dev.assay.fact.ModelPackageGroup;
import dev.assay.fact.ModelRegistryAdoption;
import dev.assay.fact.MonitoringSchedule;
import dev.assay.fact.ProcessingJob;
import java.util.HashSet;
import java.util.Set;

/**
 * The floor's SageMaker region-level checks: a region where SageMaker is used must show the
 * practice somewhere.
 */
final class FloorSageMakerAdoption {

  private FloorSageMakerAdoption() {}

  static void check(FactsByType f, EvaluationContext ctx, Violations v) {
    adoption(f, v);
  }

  /** Region-level checks: a region where SageMaker is used must show the practice somewhere. */
  private static void adoption(FactsByType f, Violations v) {
    String monitor = "sagemaker_models_monitor_enabled";
    String registry = "sagemaker_models_registry_in_use";
    String review = "sagemaker_human_review_workflow_configured";
    String clarify = "sagemaker_clarify_exists";
    v.checks(monitor, registry, review, clarify);
    Set<String> withSchedule = new HashSet<>();
    for (MonitoringSchedule s : f.of(MonitoringSchedule.class)) {
      if ("Scheduled".equals(s.status())) {
        withSchedule.add(s.accountId() + "|" + s.region());
      }
    }
    Set<String> withApproved = new HashSet<>();
    for (ModelPackageGroup g : f.of(ModelPackageGroup.class)) {
      if (g.approvedPackage()) {
        withApproved.add(g.accountId() + "|" + g.region());
      }
    }
    Set<String> withFlow = new HashSet<>();
    for (HumanReviewFlow h : f.of(HumanReviewFlow.class)) {
      if ("Active".equals(h.status())) {
        withFlow.add(h.accountId() + "|" + h.region());
      }
    }
    Set<String> withClarify = new HashSet<>();
    for (ProcessingJob p : f.of(ProcessingJob.class)) {
      if (p.imageUri() != null && p.imageUri().contains("sagemaker-clarify-processing")) {
        withClarify.add(p.accountId() + "|" + p.region());
      }
    }
    for (ModelMonitorAdoption a : f.of(ModelMonitorAdoption.class)) {
      if (a.inUse() && !withSchedule.contains(a.accountId() + "|" + a.region())) {
        v.add(
            monitor,
            a.arn(),
            "No SageMaker Model Monitor schedule is active (Scheduled)"
                + inUse(a.accountId(), a.region()));
      }
    }
    for (ModelRegistryAdoption a : f.of(ModelRegistryAdoption.class)) {
      if (a.inUse() && !withApproved.contains(a.accountId() + "|" + a.region())) {
        v.add(
            registry,
            a.arn(),
            "No approved model package in the SageMaker Model Registry of account "
                + a.accountId()
                + " region "
                + a.region()
                + ", where SageMaker is in use.");
      }
    }
    for (HumanReviewAdoption a : f.of(HumanReviewAdoption.class)) {
      if (a.inUse() && !withFlow.contains(a.accountId() + "|" + a.region())) {
        v.add(
            review,
            a.arn(),
            "No active human review workflow (Amazon A2I flow definition)"
                + inUse(a.accountId(), a.region()));
      }
    }
    for (ClarifyAdoption a : f.of(ClarifyAdoption.class)) {
      if (a.inUse() && !withClarify.contains(a.accountId() + "|" + a.region())) {
        v.add(
            clarify,
            a.arn(),
            "No SageMaker Clarify processing job found" + inUse(a.accountId(), a.region()));
      }
    }
  }

  /** The end of a region-level reason: where, and that the service is in use there. */
  private static String inUse(String accountId, String region) {
    return " in account " + accountId + " region " + region + ", where SageMaker is in use.";
  }
}
