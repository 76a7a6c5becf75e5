package dev.assay.assessment;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidenceLedger;
import dev.assay.evaluation.Finding;
import dev.assay.evaluation.Status;
import dev.assay.evaluation.Task;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * What of one assessment a caller may read: all of it (owners, and callers with a global role), or
 * only the control sets delegated to them (a delegate). Narrows what the store answers so that a
 * delegate learns nothing of other sets' controls, findings, evidence, comments, tasks or change
 * log, and answers an object outside the scope exactly as one that does not exist.
 */
public final class ReadScope {

  /** Everything. */
  public static final ReadScope ALL = new ReadScope(true, Set.of(), Set.of(), Set.of());

  private static final String CONTROL_SET = "CONTROL_SET";

  private final boolean all;
  private final Set<String> controlSets;
  private final Set<String> controls;
  private final Set<String> delegations;

  private ReadScope(
      boolean all, Set<String> controlSets, Set<String> controls, Set<String> delegations) {
    this.all = all;
    this.controlSets = Set.copyOf(controlSets);
    this.controls = Set.copyOf(controls);
    this.delegations = Set.copyOf(delegations);
  }

  /**
   * The scope of a subject related to the assessment as {@code relation} says; {@code controls} are
   * the assessment's. Owners read everything; anyone else the sets they may read as a delegate
   * (none when they are not one).
   */
  static ReadScope of(Relation relation, List<AssessmentControl> controls) {
    if (relation.owner()) {
      return ALL;
    }
    Set<String> sets = relation.readableSets();
    return new ReadScope(
        false,
        sets,
        controls.stream()
            .filter(c -> sets.contains(c.controlSetId()))
            .map(AssessmentControl::controlId)
            .collect(Collectors.toSet()),
        relation.delegations().stream().map(Delegation::id).collect(Collectors.toSet()));
  }

  public boolean all() {
    return all;
  }

  /** The controls in scope; meaningful only when not {@link #all()}. */
  public Set<String> controls() {
    return controls;
  }

  public boolean seesSet(String controlSetId) {
    return all || controlSets.contains(controlSetId);
  }

  public boolean seesControl(String controlId) {
    return all || (controlId != null && controls.contains(controlId));
  }

  /** Refuses a control outside the scope with the store's own answer for an unknown control. */
  public void requireControl(String controlId) {
    if (!seesControl(controlId)) {
      throw AssessmentException.notFound("control", controlId);
    }
  }

  /** The item, or the store's own answer for unknown evidence when its control is not in scope. */
  public EvidenceItem requireEvidence(EvidenceItem item) {
    if (!seesControl(item.controlId())) {
      throw AssessmentException.notFound("evidence", item.id());
    }
    return item;
  }

  public List<AssessmentControlSet> controlSets(List<AssessmentControlSet> sets) {
    return keep(sets, s -> seesSet(s.controlSetId()));
  }

  public List<AssessmentControl> assessmentControls(List<AssessmentControl> list) {
    return keep(list, c -> seesControl(c.controlId()));
  }

  public List<Task> tasks(List<Task> tasks) {
    return keep(tasks, t -> seesControl(t.controlId()));
  }

  public List<EvidenceLedger.Folder> folders(List<EvidenceLedger.Folder> folders) {
    return keep(folders, f -> seesControl(f.controlId()));
  }

  /**
   * Findings that a control in scope uses, naming only those controls: a rule shared with another
   * set's control does not reveal that control.
   */
  public List<Finding> findings(List<Finding> findings) {
    if (all) {
      return findings;
    }
    return findings.stream()
        .filter(f -> f.controlIds().stream().anyMatch(this::seesControl))
        .map(f -> f.withControlIds(f.controlIds().stream().filter(this::seesControl).toList()))
        .toList();
  }

  /**
   * The entries about controls and control sets in scope and about the caller's own delegations.
   * Entries about the whole assessment (creation, runs with their counts, status) are left out:
   * they speak for every set.
   */
  public List<ChangeLogEntry> changeLog(List<ChangeLogEntry> entries) {
    return keep(entries, this::sees);
  }

  private boolean sees(ChangeLogEntry e) {
    return switch (e.objectType()) {
      case ChangeLog.CONTROL -> seesControl(e.objectId());
      case CONTROL_SET -> seesSet(e.objectId());
      case Delegations.DELEGATION -> delegations.contains(e.objectId());
      default -> false;
    };
  }

  /**
   * A run's results, findings and tasks for the controls in scope, and its metadata as {@link
   * #run(Run, List, long)} narrows it.
   */
  public Summaries.RunDetail run(Summaries.RunDetail detail, long itemsInScope) {
    if (all) {
      return detail;
    }
    List<Finding> findings = findings(detail.findings());
    return new Summaries.RunDetail(
        run(detail.run(), findings, itemsInScope),
        keep(detail.controls(), r -> seesControl(r.controlId())),
        findings,
        tasks(detail.tasks()));
  }

  /**
   * The assessment as a delegate needs it for their work: what it is, its status, framework, AWS
   * scope and owners (whom they answer to). Left out: the owners' tags (their own labels, which may
   * well describe other sets' work) and report destination (reports are not for delegates), the
   * server path runs read, and the chain's head hash, which is of any set's item. {@code
   * itemsInScope} replaces the chain's length, which counts every set's items.
   */
  public Assessment assessment(Assessment a, long itemsInScope) {
    if (all) {
      return a;
    }
    return new Assessment(
        a.id(),
        a.name(),
        a.description(),
        a.status(),
        a.frameworkId(),
        a.frameworkName(),
        a.frameworkVersion(),
        a.frameworkHash(),
        a.ruleBaseVersion(),
        a.accounts(),
        a.regions(),
        a.owners(),
        Map.of(),
        null,
        null,
        a.createdAt(),
        a.createdBy(),
        a.updatedAt(),
        itemsInScope,
        null);
  }

  /**
   * A run's metadata for a delegate: its gaps are those behind the ERROR findings of controls in
   * scope ({@code findingsInScope}, already narrowed), its evidence count that of their controls
   * ({@code itemsInScope}), and the server path it read is left out. A failed run has no findings
   * to tie its gaps to a set, so a delegate reads its error but not its gaps.
   */
  public Run run(Run run, List<Finding> findingsInScope, long itemsInScope) {
    if (all || run == null) {
      return run;
    }
    return run.narrowed(gaps(run.gaps(), findingsInScope), (int) itemsInScope);
  }

  /**
   * The gaps ({@code account/region service.Operation: Code: message}) that some finding in scope
   * reports as the cause of its ERROR ("Could not read service Operation ... in account ...").
   */
  static List<String> gaps(List<String> gaps, List<Finding> findingsInScope) {
    List<String> causes =
        findingsInScope.stream()
            .filter(f -> f.status() == Status.ERROR && f.reason() != null)
            .map(Finding::reason)
            .toList();
    return gaps.stream().filter(g -> causes.stream().anyMatch(r -> explains(g, r))).toList();
  }

  private static boolean explains(String gap, String reason) {
    int slash = gap.indexOf('/');
    int space = gap.indexOf(' ', slash + 1);
    int colon = gap.indexOf(':', space + 1);
    int dot = gap.indexOf('.', space + 1);
    if (slash < 0 || space < 0 || colon < 0 || dot < 0 || dot > colon) {
      return false;
    }
    String account = gap.substring(0, slash);
    String region = gap.substring(slash + 1, space);
    String call = gap.substring(space + 1, dot) + " " + gap.substring(dot + 1, colon);
    // Global services' calls are recorded under "global", their gaps under the scope's region.
    String where =
        " in account " + account + (region.equals("global") ? " region " : " region " + region);
    return reason.contains("Could not read " + call + " ") && reason.contains(where);
  }

  /** An evidence item without the link to the item before it, which may be another set's. */
  public EvidenceItem item(EvidenceItem i) {
    if (all || i == null) {
      return i;
    }
    return i.withHashes(null, i.itemHash());
  }

  private <T> List<T> keep(List<T> items, Predicate<T> visible) {
    return all ? items : items.stream().filter(visible).toList();
  }

  @Override
  public String toString() {
    return all ? "ReadScope[all]" : "ReadScope" + controlSets;
  }
}
