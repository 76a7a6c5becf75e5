package dev.assay.evaluation;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The status changes between two evaluations of the same evidence: per (rule, resource) finding and
 * per control. Used to preview what a rule or framework change would do before it goes live.
 *
 * @param changes finding changes (with {@code ruleId} and {@code resourceArn}, no {@code
 *     controlId}) then control changes (with {@code controlId} only), each sorted
 * @param counts how many changes of each kind, and of each transition ({@code "PASS->FAIL"})
 * @param currentRuleBase the rule base version of the "from" side
 * @param candidateRuleBase the rule base version of the "to" side
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
public record ResultDiff(
    List<Change> changes, Counts counts, String currentRuleBase, String candidateRuleBase) {

  /**
   * One status that differs. {@code from} or {@code to} is {@code null} when one side has no such
   * finding or control (a new or removed rule, resource or control).
   *
   * @param assessmentId the assessment whose stored evidence this is; {@code null} for a snapshot
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Change(
      String assessmentId,
      String ruleId,
      String controlId,
      String resourceArn,
      String from,
      String to) {}

  /**
   * @param findings how many (rule, resource) statuses change
   * @param controls how many control statuses change
   * @param transitions changes by {@code "from->to"} ({@code "none"} for a missing side)
   */
  @JsonInclude(JsonInclude.Include.ALWAYS)
  public record Counts(int findings, int controls, Map<String, Integer> transitions) {}

  /** Compares two results of the same snapshot; {@code assessmentId} may be {@code null}. */
  public static ResultDiff between(
      EvaluationResult current, EvaluationResult candidate, String assessmentId) {
    return between(
        current.findings(),
        current.controls(),
        current.ruleBaseVersion(),
        candidate,
        assessmentId,
        Map.of());
  }

  /**
   * Compares stored results (a previous run's findings and control results) with a new evaluation
   * of the same evidence. Control IDs of the stored side are read through {@code renames} (old ID
   * to the ID the control has now), so a renamed control is compared with itself.
   */
  public static ResultDiff between(
      List<Finding> findingsBefore,
      List<ControlResult> controlsBefore,
      String ruleBaseBefore,
      EvaluationResult candidate,
      String assessmentId,
      Map<String, String> renames) {
    List<Change> changes = new ArrayList<>();
    Map<Key, String> before = findings(findingsBefore);
    Map<Key, String> after = findings(candidate.findings());
    for (Key key : union(before, after)) {
      String from = before.get(key);
      String to = after.get(key);
      if (!Objects.equals(from, to)) {
        changes.add(new Change(assessmentId, key.ruleId(), null, key.resourceArn(), from, to));
      }
    }
    int findingChanges = changes.size();
    Map<String, String> statusesBefore = controls(controlsBefore, renames);
    Map<String, String> statusesAfter = controls(candidate.controls(), Map.of());
    for (String id : union(statusesBefore, statusesAfter)) {
      String from = statusesBefore.get(id);
      String to = statusesAfter.get(id);
      if (!Objects.equals(from, to)) {
        changes.add(new Change(assessmentId, null, id, null, from, to));
      }
    }
    return new ResultDiff(
        List.copyOf(changes),
        counts(changes, findingChanges),
        ruleBaseBefore,
        candidate.ruleBaseVersion());
  }

  /** Several diffs (one per assessment) as one. */
  public static ResultDiff merge(List<ResultDiff> diffs, String current, String candidate) {
    List<Change> changes = new ArrayList<>();
    int findings = 0;
    for (ResultDiff diff : diffs) {
      changes.addAll(diff.changes());
      findings += diff.counts().findings();
    }
    return new ResultDiff(List.copyOf(changes), counts(changes, findings), current, candidate);
  }

  private static Counts counts(List<Change> changes, int findings) {
    Map<String, Integer> transitions = new TreeMap<>();
    for (Change change : changes) {
      transitions.merge(
          (change.from() == null ? "none" : change.from())
              + "->"
              + (change.to() == null ? "none" : change.to()),
          1,
          Integer::sum);
    }
    return new Counts(findings, changes.size() - findings, transitions);
  }

  private static Map<Key, String> findings(List<Finding> findings) {
    Map<Key, String> statuses = new LinkedHashMap<>();
    for (Finding finding : findings) {
      statuses.put(new Key(finding.ruleId(), finding.resourceArn()), finding.status().name());
    }
    return statuses;
  }

  private static Map<String, String> controls(
      List<ControlResult> controls, Map<String, String> renames) {
    Map<String, String> statuses = new LinkedHashMap<>();
    for (ControlResult control : controls) {
      statuses.put(
          renames.getOrDefault(control.controlId(), control.controlId()), control.status().name());
    }
    return statuses;
  }

  private record Key(String ruleId, String resourceArn) implements Comparable<Key> {
    @Override
    public int compareTo(Key other) {
      int byRule = ruleId.compareTo(other.ruleId);
      return byRule != 0 ? byRule : resourceArn.compareTo(other.resourceArn);
    }
  }

  private static <K extends Comparable<? super K>> TreeSet<K> union(Map<K, ?> a, Map<K, ?> b) {
    TreeSet<K> keys = new TreeSet<>(a.keySet());
    keys.addAll(b.keySet());
    return keys;
  }
}
