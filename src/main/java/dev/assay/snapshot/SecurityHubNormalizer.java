package dev.assay.snapshot;

import com.fasterxml.jackson.databind.JsonNode;
import dev.assay.fact.ComplianceChecks;
import dev.assay.fact.SecurityHubControlResult;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Security Hub control findings of the GenAI services, one fact per control. Security Hub not
 * enabled in the region (DescribeHub says the account is not subscribed) means no control runs
 * there: no facts, so the rules are NOT_APPLICABLE. A failed or missing GetFindings is a gap for
 * the whole scope (ERROR), never an empty, passing result.
 */
public final class SecurityHubNormalizer implements Normalizer {

  static final String TYPE = "SecurityHubControlResult";
  private static final String SH = "securityhub";
  private static final String NOT_SUBSCRIBED = "InvalidAccessException";

  @Override
  public Set<String> reads() {
    return Set.of("securityhub.DescribeHub", "securityhub.GetFindings");
  }

  @Override
  public void normalize(ScopeCalls calls, FactSink out) {
    List<ApiCall> hub = calls.all(SH, "DescribeHub");
    if (!hub.isEmpty() && hub.get(0).failed()) {
      if (NOT_SUBSCRIBED.equals(hub.get(0).error().code())) {
        return;
      }
      calls.single(SH, "DescribeHub", TYPE);
      return;
    }
    Map<String, List<JsonNode>> byControl = new TreeMap<>();
    for (JsonNode finding : calls.listItems(SH, "GetFindings", "Findings", TYPE)) {
      String control = controlId(finding);
      if (ComplianceChecks.genAiControl(control)
          && !"ARCHIVED".equals(Json.text(finding, "RecordState"))) {
        byControl.computeIfAbsent(control, k -> new ArrayList<>()).add(finding);
      }
    }
    byControl.forEach(
        (control, findings) -> {
          Set<String> failed = new TreeSet<>();
          String title = null;
          for (JsonNode f : findings) {
            title = title != null ? title : Json.text(f, "Title");
            if ("FAILED".equals(Json.text(f.path("Compliance"), "Status"))) {
              for (JsonNode r : Json.array(f, "Resources")) {
                failed.add(Json.text(r, "Id", "an unnamed resource"));
              }
            }
          }
          out.add(
              new SecurityHubControlResult(
                  calls.arn(SH, "security-control/" + control),
                  calls.accountId(),
                  calls.region(),
                  control,
                  title,
                  List.copyOf(failed)));
        });
  }

  /** The consolidated security control id, or the older per-standard ProductFields ControlId. */
  static String controlId(JsonNode finding) {
    String id = Json.text(finding.path("Compliance"), "SecurityControlId");
    return id != null ? id : Json.text(finding.path("ProductFields"), "ControlId");
  }
}
