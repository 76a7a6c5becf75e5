package dev.assay.collect;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.securityhub.SecurityHubClient;
import software.amazon.awssdk.services.securityhub.model.AwsSecurityFinding;
import software.amazon.awssdk.services.securityhub.model.BatchImportFindingsResponse;

/**
 * Imports ASFF findings into Security Hub with {@code BatchImportFindings}, 100 at a time (the
 * API's limit), each into the region its resource is filed in. Security Hub keys a finding by
 * {@code ProductArn} and {@code Id}: Assay's ids are stable per (rule, resource), so importing a
 * later evaluation updates the findings instead of adding new ones. Nothing is dropped silently:
 * every finding Security Hub rejects, and every finding of a batch whose call failed, is reported.
 */
public final class SecurityHubImport {

  /** BatchImportFindings takes at most this many findings per call. */
  public static final int BATCH = 100;

  /** A finding Security Hub did not take, with its reason. */
  public record Failure(String id, String code, String message) {}

  /**
   * What an import did.
   *
   * @param imported findings Security Hub accepted, by region
   * @param calls BatchImportFindings calls made
   */
  public record Outcome(Map<String, Integer> imported, List<Failure> failed, int calls) {

    public int importedCount() {
      return imported.values().stream().mapToInt(Integer::intValue).sum();
    }
  }

  private final CollectSettings settings;

  /** Only the endpoint, retry and timeout settings matter here; credentials are the default. */
  public SecurityHubImport(CollectSettings settings) {
    this.settings = settings;
  }

  /**
   * @param findings the ASFF findings (an {@code evaluate --format asff} array)
   * @param onlyRegion import only the findings filed in this region, or {@code null} for all
   */
  public Outcome run(JsonNode findings, String onlyRegion) {
    if (findings == null || !findings.isArray()) {
      throw new CollectException("ASFF input must be a JSON array of findings");
    }
    Map<String, List<JsonNode>> byRegion = new TreeMap<>();
    for (JsonNode f : findings) {
      String region = region(f);
      if (onlyRegion == null || onlyRegion.equals(region)) {
        byRegion.computeIfAbsent(region, k -> new ArrayList<>()).add(f);
      }
    }
    Map<String, Integer> imported = new TreeMap<>();
    List<Failure> failed = new ArrayList<>();
    int calls = 0;
    try (AwsAccess aws = AwsAccess.withDefaultCredentials(settings)) {
      for (var entry : byRegion.entrySet()) {
        try (SecurityHubClient hub =
            aws.client(
                SecurityHubClient.builder(), Region.of(entry.getKey()), aws.baseCredentials())) {
          List<JsonNode> all = entry.getValue();
          for (int from = 0; from < all.size(); from += BATCH) {
            List<JsonNode> batch = all.subList(from, Math.min(from + BATCH, all.size()));
            calls++;
            int ok = importBatch(hub, batch, failed, aws.customEndpoint());
            imported.merge(entry.getKey(), ok, Integer::sum);
          }
        }
      }
    }
    return new Outcome(imported, failed, calls);
  }

  private static int importBatch(
      SecurityHubClient hub, List<JsonNode> batch, List<Failure> failed, boolean custom) {
    List<AwsSecurityFinding> findings = new ArrayList<>();
    List<JsonNode> sent = new ArrayList<>();
    for (JsonNode f : batch) {
      try {
        findings.add(SdkJsonReader.read(f, AwsSecurityFinding.builder()));
        sent.add(f);
      } catch (IllegalArgumentException | java.time.DateTimeException e) {
        failed.add(new Failure(f.path("Id").asText(), "InvalidInput", e.getMessage()));
      }
    }
    if (findings.isEmpty()) {
      return 0;
    }
    try {
      BatchImportFindingsResponse response = hub.batchImportFindings(b -> b.findings(findings));
      response
          .failedFindings()
          .forEach(x -> failed.add(new Failure(x.id(), x.errorCode(), x.errorMessage())));
      return response.successCount() == null ? 0 : response.successCount();
    } catch (RuntimeException e) {
      CallErrors.CallError error = CallErrors.classify(e, custom);
      for (JsonNode f : sent) {
        failed.add(new Failure(f.path("Id").asText(), error.code(), error.message()));
      }
      return 0;
    }
  }

  /** The region a finding is filed in: its first resource's, else its product ARN's. */
  static String region(JsonNode finding) {
    String region = finding.path("Resources").path(0).path("Region").asText("");
    if (!region.isEmpty()) {
      return region;
    }
    String[] arn = finding.path("ProductArn").asText("").split(":");
    if (arn.length > 3 && !arn[3].isEmpty()) {
      return arn[3];
    }
    throw new CollectException(
        "finding " + finding.path("Id").asText("(no Id)") + " names no region");
  }
}
