package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.snapshot.IamReads.Failure;
import dev.assay.snapshot.IamReads.Known;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The service-last-accessed report of one IAM principal: {@code GenerateServiceLastAccessedDetails}
 * (request {@code Arn}) gives a job id, {@code GetServiceLastAccessedDetails} (request {@code
 * JobId}) its result. A result saved with the principal's name or ARN as suffix, or with the ARN in
 * its request, is accepted without the Generate call.
 */
final class IamLastAccess {

  private static final String IAM = "iam";

  private IamLastAccess() {}

  /**
   * Last authentication per service namespace; a namespace maps to {@code null} when the principal
   * may use it but never did. Namespaces its policies do not allow are absent.
   */
  static Known<Map<String, Instant>> read(IamReads reads, String arn, String name) {
    Predicate<ApiCall> report =
        c ->
            arn.equals(Json.text(c.request(), "Arn"))
                || arn.equals(c.suffix())
                || name.equals(c.suffix());
    Known<JsonNode> job = reads.one(IAM, "GenerateServiceLastAccessedDetails", report, Set.of());
    String jobId = job.ok() ? Json.text(job.value(), "JobId") : null;
    if (!job.ok()
        && !IamReads.notCollected(IAM, "GenerateServiceLastAccessedDetails")
            .equals(job.failures().get(0))) {
      return Known.failed(job.failures());
    }
    Known<List<JsonNode>> pages =
        reads.pages(
            IAM,
            "GetServiceLastAccessedDetails",
            c ->
                report.test(c) || (jobId != null && jobId.equals(Json.text(c.request(), "JobId"))));
    if (!pages.ok()) {
      return Known.failed(pages.failures());
    }
    Map<String, Instant> namespaces = new HashMap<>();
    for (JsonNode page : pages.value()) {
      String status = Json.text(page, "JobStatus");
      if (status != null && !"COMPLETED".equals(status)) {
        // An unfinished or failed report says nothing about use.
        return Known.failed(
            List.of(
                new Failure(
                    IAM,
                    "GetServiceLastAccessedDetails",
                    "JobNotCompleted",
                    "the last-accessed report for " + arn + " is " + status)));
      }
      for (JsonNode service : Json.array(page, "ServicesLastAccessed")) {
        namespaces.put(
            Json.text(service, "ServiceNamespace"), Json.instant(service, "LastAuthenticated"));
      }
    }
    return Known.of(namespaces);
  }
}
