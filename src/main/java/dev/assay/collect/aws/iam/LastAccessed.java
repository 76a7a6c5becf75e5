package dev.assay.collect.aws.iam;

import dev.assay.collect.CallRecorder;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import software.amazon.awssdk.services.iam.IamClient;
import software.amazon.awssdk.services.iam.model.GenerateServiceLastAccessedDetailsRequest;
import software.amazon.awssdk.services.iam.model.GetServiceLastAccessedDetailsRequest;
import software.amazon.awssdk.services.iam.model.GetServiceLastAccessedDetailsResponse;
import software.amazon.awssdk.services.iam.model.JobStatusType;

/**
 * Service last-accessed reports: one job per principal is started, all run at once, each is polled
 * (unrecorded) until it is no longer in progress or the wait is over, then its result is recorded
 * page by page. A report still in progress is recorded as such: the normalizer treats it as
 * unknown.
 */
final class LastAccessed {

  static final Duration WAIT = Duration.ofSeconds(60);
  private static final long POLL_MILLIS = 1000;

  private final IamClient iam;
  private final CallRecorder r;

  LastAccessed(IamClient iam, CallRecorder r) {
    this.iam = iam;
    this.r = r;
  }

  /** {@code reports} maps each principal's ARN to its file suffix ({@code role_<name>}). */
  void collect(Map<String, String> reports) {
    Map<String, String> jobs = new LinkedHashMap<>();
    reports.forEach(
        (arn, suffix) ->
            r.detail(
                    "GenerateServiceLastAccessedDetails",
                    suffix,
                    GenerateServiceLastAccessedDetailsRequest.builder().arn(arn).build(),
                    iam::generateServiceLastAccessedDetails)
                .ifPresent(j -> jobs.put(j.jobId(), suffix)));
    long deadline = System.nanoTime() + WAIT.toNanos();
    jobs.forEach(
        (jobId, suffix) -> {
          awaitDone(jobId, deadline);
          record(jobId, suffix);
        });
  }

  private void awaitDone(String jobId, long deadline) {
    GetServiceLastAccessedDetailsRequest ask =
        GetServiceLastAccessedDetailsRequest.builder().jobId(jobId).maxItems(1).build();
    while (System.nanoTime() < deadline) {
      try {
        if (iam.getServiceLastAccessedDetails(ask).jobStatus() != JobStatusType.IN_PROGRESS) {
          return;
        }
        Thread.sleep(POLL_MILLIS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      } catch (RuntimeException e) {
        // The recorded call below fails the same way and says why.
        return;
      }
    }
  }

  private void record(String jobId, String suffix) {
    String marker = null;
    int page = 1;
    do {
      GetServiceLastAccessedDetailsRequest request =
          GetServiceLastAccessedDetailsRequest.builder().jobId(jobId).marker(marker).build();
      GetServiceLastAccessedDetailsResponse response =
          r.detail(
                  "GetServiceLastAccessedDetails",
                  page == 1 ? suffix : suffix + "_page" + page,
                  request,
                  iam::getServiceLastAccessedDetails)
              .orElse(null);
      marker =
          response != null && Boolean.TRUE.equals(response.isTruncated())
              ? response.marker()
              : null;
      page++;
    } while (marker != null);
  }
}
