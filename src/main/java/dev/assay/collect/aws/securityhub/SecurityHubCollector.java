package dev.assay.collect.aws.securityhub;

import dev.assay.collect.CallRecorder;
import dev.assay.collect.ServiceCollector;
import dev.assay.collect.ServiceScope;
import dev.assay.fact.ComplianceChecks;
import java.util.List;
import java.util.Set;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFindingFilters;
import software.amazon.awssdk.services.securityhub.model.DescribeHubRequest;
import software.amazon.awssdk.services.securityhub.model.GetFindingsRequest;
import software.amazon.awssdk.services.securityhub.model.GetFindingsResponse;
import software.amazon.awssdk.services.securityhub.model.StringFilter;
import software.amazon.awssdk.services.securityhub.model.StringFilterComparison;

/**
 * Security Hub compliance-check evidence: whether Security Hub is enabled (DescribeHub; "not
 * subscribed" is an answer, not a gap), then the active control findings of the GenAI services. A
 * failed GetFindings is a gap, so the control results it would have given are ERROR.
 */
public final class SecurityHubCollector implements ServiceCollector {

  /** The error Security Hub gives in a region where the account has not enabled it. */
  public static final String NOT_SUBSCRIBED = "InvalidAccessException";

  private static final String SECURITYHUB = "securityhub";

  @Override
  public String name() {
    return SECURITYHUB;
  }

  @Override
  public Set<String> operations() {
    return Set.of("securityhub.DescribeHub", "securityhub.GetFindings");
  }

  @Override
  public List<String> entryOperations() {
    return List.of("securityhub.DescribeHub");
  }

  @Override
  public void collect(ServiceScope scope) {
    SecurityHubClient hub = scope.client(SecurityHubClient::builder);
    CallRecorder r = scope.recorder(SECURITYHUB);
    boolean enabled =
        r.detailOrAbsent(
                "DescribeHub",
                "",
                DescribeHubRequest.builder().build(),
                hub::describeHub,
                Set.of(NOT_SUBSCRIBED))
            .isPresent();
    if (!enabled) {
      return;
    }
    r.list(
        "GetFindings", findingsRequest(), hub::getFindingsPaginator, GetFindingsResponse::findings);
  }

  /** Active findings of the GenAI services' security controls (filters OR within one field). */
  static GetFindingsRequest findingsRequest() {
    return GetFindingsRequest.builder()
        .filters(
            AwsSecurityFindingFilters.builder()
                .recordState(equalTo("ACTIVE"))
                .complianceSecurityControlId(
                    ComplianceChecks.controlPrefixes().stream()
                        .map(
                            p ->
                                StringFilter.builder()
                                    .comparison(StringFilterComparison.PREFIX)
                                    .value(p)
                                    .build())
                        .toList())
                .build())
        .build();
  }

  private static StringFilter equalTo(String value) {
    return StringFilter.builder().comparison(StringFilterComparison.EQUALS).value(value).build();
  }
}
