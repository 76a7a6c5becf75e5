package dev.assay.assessment;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.assay.assessment.evidence.Compliance;
import dev.assay.assessment.evidence.EvidenceHasher;
import dev.assay.assessment.evidence.EvidenceType;
import dev.assay.assessment.evidence.NewEvidence;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.fact.ResourceTypes;
import dev.assay.snapshot.ApiCall;
import dev.assay.snapshot.Scope;
import dev.assay.snapshot.Snapshot;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Picks the recorded responses a run used, per control: for each finding of a control, the calls of
 * the finding's service in the finding's account and region. Each becomes one evidence item of that
 * control, carrying the compliance result of the control's findings there.
 */
final class RunEvidence {

  private static final ObjectMapper JSON = new ObjectMapper();

  private RunEvidence() {}

  /**
   * @param controls the controls that collect automated evidence (not INACTIVE ones)
   */
  static List<NewEvidence> of(
      Snapshot snapshot,
      List<Finding> findings,
      Set<String> controls,
      String runId,
      Instant collectedAt) {
    // control -> call source -> (call, statuses of the control's findings that used it)
    Map<String, Map<String, Used>> used = new TreeMap<>();
    for (Finding finding : findings) {
      String service =
          ResourceTypes.find(finding.resourceType()).map(ResourceTypes.Type::service).orElse(null);
      if (service == null) {
        continue;
      }
      List<ApiCall> calls =
          snapshot.callsIn(new Scope(finding.accountId(), finding.region()), service);
      for (String controlId : finding.controlIds()) {
        if (!controls.contains(controlId)) {
          continue;
        }
        Map<String, Used> byCall = used.computeIfAbsent(controlId, k -> new LinkedHashMap<>());
        for (ApiCall call : calls) {
          byCall
              .computeIfAbsent(key(call), k -> new Used(call, EnumSet.noneOf(Status.class)))
              .statuses()
              .add(finding.status());
        }
      }
    }
    List<NewEvidence> evidence = new ArrayList<>();
    used.forEach(
        (controlId, byCall) ->
            byCall
                .values()
                .forEach(
                    u -> {
                      String body = content(u.call());
                      evidence.add(
                          new NewEvidence(
                              controlId,
                              EvidenceType.CONFIGURATION_DATA,
                              key(u.call()),
                              collectedAt,
                              u.call().accountId(),
                              u.call().region(),
                              null,
                              u.call().failed()
                                  ? Compliance.INCONCLUSIVE
                                  : compliance(u.statuses()),
                              runId,
                              null,
                              null,
                              body.getBytes(StandardCharsets.UTF_8).length,
                              EvidenceHasher.sha256(body),
                              body));
                    }));
    return evidence;
  }

  private record Used(ApiCall call, Set<Status> statuses) {}

  private static Compliance compliance(Set<Status> statuses) {
    if (statuses.contains(Status.FAIL)) {
      return Compliance.NON_COMPLIANT;
    }
    if (statuses.equals(EnumSet.of(Status.PASS))) {
      return Compliance.COMPLIANT;
    }
    return Compliance.INCONCLUSIVE;
  }

  private static String key(ApiCall call) {
    return call.service()
        + "."
        + call.operation()
        + (call.suffix() == null || call.suffix().isEmpty() ? "" : "_" + call.suffix());
  }

  /** The call as recorded, in canonical JSON: what was asked and what came back. */
  static String content(ApiCall call) {
    ObjectNode node = JSON.createObjectNode();
    node.put("accountId", call.accountId());
    node.put("region", call.region());
    node.put("service", call.service());
    node.put("operation", call.operation());
    node.put("suffix", call.suffix());
    node.set("request", call.request());
    node.set("response", call.response());
    if (call.error() != null) {
      node.putObject("error")
          .put("Code", call.error().code())
          .put("Message", call.error().message());
    } else {
      node.putNull("error");
    }
    return EvidenceHasher.canonicalJson(node);
  }
}
