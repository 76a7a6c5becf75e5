package dev.assay.collect.aws.cloudtrail;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.cloudtrail.CloudTrailClient;
import software.amazon.awssdk.services.cloudtrail.model.DescribeTrailsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetEventSelectorsRequest;
import software.amazon.awssdk.services.cloudtrail.model.GetTrailStatusRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupAttribute;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsRequest;
import software.amazon.awssdk.services.cloudtrail.model.LookupEventsResponse;
import software.amazon.awssdk.services.cloudtrail.model.Trail;

/**
 * AWS CloudTrail: the trails that apply to the region (their status, and the event selectors of
 * those logging) and the event history of the last day: every event of each watched Bedrock
 * model-access action (the LLMjacking check), and a first page of Bedrock and SageMaker events as
 * proof the services are used.
 */
public final class CloudTrailCollector implements ServiceCollector {

  private static final String CT = "cloudtrail";

  /** {@code threat_detection_llm_jacking_actions} of rules/parameters.yaml. */
  static final List<String> WATCHED =
      List.of(
          "PutUseCaseForModelAccess",
          "PutFoundationModelEntitlement",
          "PutModelInvocationLoggingConfiguration",
          "CreateFoundationModelAgreement",
          "InvokeModel",
          "InvokeModelWithResponseStream",
          "GetUseCaseForModelAccess",
          "GetModelInvocationLoggingConfiguration",
          "GetFoundationModelAvailability",
          "ListFoundationModelAgreementOffers",
          "ListFoundationModels",
          "ListProvisionedModelThroughputs",
          "SearchAgreements",
          "AcceptAgreementRequest");

  /** {@code threat_detection_llm_jacking_minutes}. */
  static final Duration WINDOW = Duration.ofMinutes(1440);

  /** LookupEvents answers 2 calls a second: past this, an action's history counts as unknown. */
  static final int MAX_PAGES = 200;

  @Override
  public String name() {
    return CT;
  }

  @Override
  public Set<String> operations() {
    return Set.of(
        "cloudtrail.DescribeTrails",
        "cloudtrail.GetTrailStatus",
        "cloudtrail.GetEventSelectors",
        "cloudtrail.LookupEvents");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("cloudtrail.DescribeTrails", "cloudtrail.LookupEvents");
  }

  @Override
  public void collect(ServiceScope scope) {
    CloudTrailClient ct = scope.client(CloudTrailClient::builder);
    CallRecorder r = scope.recorder(CT);
    // Shadow trails included: a multi-region trail of another region records this one too.
    r.single("DescribeTrails", DescribeTrailsRequest.builder().build(), ct::describeTrails)
        .ifPresent(
            d -> {
              for (Trail t : d.trailList()) {
                String id = t.trailARN() != null ? t.trailARN() : t.name();
                boolean logging =
                    r.detail(
                            "GetTrailStatus",
                            t.name(),
                            GetTrailStatusRequest.builder().name(id).build(),
                            ct::getTrailStatus)
                        .map(s -> Boolean.TRUE.equals(s.isLogging()))
                        .orElse(false);
                if (logging) {
                  r.detail(
                      "GetEventSelectors",
                      t.name(),
                      GetEventSelectorsRequest.builder().trailName(id).build(),
                      ct::getEventSelectors);
                }
              }
            });
    Instant end = scope.collectedAt().truncatedTo(ChronoUnit.SECONDS);
    Instant start = end.minus(WINDOW);
    for (String event : WATCHED) {
      lookup(ct, r, "EventName", event, start, end, MAX_PAGES, true);
    }
    for (String source : List.of("bedrock.amazonaws.com", "sagemaker.amazonaws.com")) {
      lookup(ct, r, "EventSource", source, start, end, 1, false);
    }
  }

  private static void lookup(
      CloudTrailClient ct,
      CallRecorder r,
      String key,
      String value,
      Instant start,
      Instant end,
      int maxPages,
      boolean truncatedIsGap) {
    r.listAbout(
        "LookupEvents",
        value,
        LookupEventsRequest.builder()
            .lookupAttributes(
                LookupAttribute.builder().attributeKey(key).attributeValue(value).build())
            .startTime(start)
            .endTime(end)
            .build(),
        ct::lookupEventsPaginator,
        LookupEventsResponse::events,
        maxPages,
        truncatedIsGap);
  }
}
