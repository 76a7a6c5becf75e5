package dev.assay.collect;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What to collect and how: the same settings for the CLI and the service.
 *
 * @param accounts account IDs to collect; empty for the caller's own account
 * @param roleName role assumed in every listed account other than the caller's
 * @param externalId external ID for that role, or {@code null}
 * @param regions region names, or {@link #ALL_REGIONS} for every region enabled in each account;
 *     empty for the SDK's default region
 * @param services collector names ({@code sagemaker}, {@code bedrock}); empty for all
 * @param endpointUrl one endpoint for every AWS call (moto, a proxy), or {@code null} for AWS
 * @param concurrency how many account × region × service tasks run at once
 * @param maxAttempts SDK attempts per call, retries with backoff included
 * @param retryMode {@code standard} or {@code adaptive} (client-side rate limiting too)
 * @param attemptTimeout how long one attempt of a call may take
 * @param pageSize page size of List calls, or {@code null} for each service's default
 * @param organization whether to collect every ACTIVE account of the caller's organization
 *     (Organizations ListAccounts) instead of {@code accounts}, through {@code roleName}
 */
public record CollectSettings(
    List<String> accounts,
    String roleName,
    String externalId,
    List<String> regions,
    Set<String> services,
    URI endpointUrl,
    int concurrency,
    int maxAttempts,
    String retryMode,
    Duration attemptTimeout,
    Integer pageSize,
    boolean organization) {

  public static final String ALL_REGIONS = "all";
  public static final int DEFAULT_CONCURRENCY = 8;
  public static final int DEFAULT_MAX_ATTEMPTS = 5;
  public static final Duration DEFAULT_ATTEMPT_TIMEOUT = Duration.ofSeconds(30);

  private static final Pattern ACCOUNT = Pattern.compile("\\d{12}");
  private static final Pattern REGION =
      Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d{1,2}");

  public CollectSettings {
    // Each account and region once: a repeat would collect it twice into the same files.
    accounts = accounts == null ? List.of() : List.copyOf(new LinkedHashSet<>(accounts));
    regions = regions == null ? List.of() : List.copyOf(new LinkedHashSet<>(regions));
    services = services == null ? Set.of() : Set.copyOf(services);
    retryMode = retryMode == null ? "standard" : retryMode;
    attemptTimeout = attemptTimeout == null ? DEFAULT_ATTEMPT_TIMEOUT : attemptTimeout;
  }

  /** Defaults everywhere: the caller's account, the default region, every service. */
  public static CollectSettings defaults() {
    return new CollectSettings(
        List.of(),
        null,
        null,
        List.of(),
        Set.of(),
        null,
        DEFAULT_CONCURRENCY,
        DEFAULT_MAX_ATTEMPTS,
        "standard",
        DEFAULT_ATTEMPT_TIMEOUT,
        null,
        false);
  }

  public boolean allRegions() {
    return regions.size() == 1 && ALL_REGIONS.equalsIgnoreCase(regions.get(0));
  }

  /** Rejects what no AWS call could fix, with one message naming every problem. */
  public void validate(Set<String> knownServices) {
    StringBuilder problems = new StringBuilder();
    for (String account : accounts) {
      if (!ACCOUNT.matcher(account).matches()) {
        problems.append("; account ID must be 12 digits: ").append(account);
      }
    }
    if (!allRegions()) {
      for (String region : regions) {
        if (!REGION.matcher(region).matches()) {
          problems.append("; not a region name: ").append(region);
        }
      }
    }
    for (String service : services) {
      if (!knownServices.contains(service)) {
        problems
            .append("; unknown service ")
            .append(service)
            .append(" (known: ")
            .append(String.join(", ", new java.util.TreeSet<>(knownServices)))
            .append(")");
      }
    }
    if (concurrency < 1 || maxAttempts < 1 || (pageSize != null && pageSize < 1)) {
      problems.append("; concurrency, max attempts and page size must be at least 1");
    }
    if (!retryMode.equals("standard") && !retryMode.equals("adaptive")) {
      problems.append("; retry mode must be standard or adaptive: ").append(retryMode);
    }
    if (organization && !accounts.isEmpty()) {
      problems.append("; pass --accounts or --organization, not both");
    }
    if (organization && (roleName == null || roleName.isBlank())) {
      problems.append("; --organization needs --role-name (the role to assume in each account)");
    }
    if (problems.length() > 0) {
      throw new CollectException(problems.substring(2));
    }
  }
}
