package dev.assay.evaluation;

import dev.assay.fact.ManualEvidence;
import dev.assay.fact.Resource;
import dev.assay.framework.Control;
import dev.assay.framework.EvidenceSpec;
import dev.assay.framework.Framework;
import dev.assay.rules.EvidenceRequest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Turns manual and hybrid controls, and the evidence requests rules inserted, into tasks, and
 * decides each task's status from the manual evidence provided: satisfied while the latest evidence
 * is younger than the control's cadence, stale after, open when there never was any.
 */
final class TaskPlanner {

  /** Used when a rule asks for evidence under a control that names no cadence. */
  static final Period DEFAULT_CADENCE = Period.ofYears(1);

  private final FactIndex facts;
  private final Instant now;
  private final List<ManualEvidence> evidence;

  TaskPlanner(FactIndex facts, Instant now, List<ManualEvidence> evidence) {
    this.facts = facts;
    this.now = now;
    this.evidence = evidence;
  }

  List<Task> plan(Framework framework, List<EvidenceRequest> requests) {
    Map<String, Task> tasks = new TreeMap<>();
    framework
        .controls()
        .filter(c -> c.evidence() != null)
        .forEach(control -> planControl(control, tasks));
    // Once per rule, not per request: each lookup scans every control of the framework.
    Map<String, List<Control>> controlsByRule = new HashMap<>();
    for (EvidenceRequest request : requests) {
      List<Control> controls =
          controlsByRule.computeIfAbsent(
              request.ruleId(),
              ruleId ->
                  framework.controlsUsing(ruleId).stream()
                      .map(id -> framework.control(id).orElseThrow())
                      .toList());
      for (Control control : controls) {
        EvidenceSpec spec = control.evidence();
        Period cadence = spec == null ? DEFAULT_CADENCE : spec.cadence();
        add(tasks, task(control.id(), request.resourceArn(), cadence, request.instructions()));
      }
    }
    return tasks.values().stream()
        .sorted(
            Comparator.comparing(Task::controlId)
                .thenComparing(Task::resourceArn, Comparator.nullsFirst(Comparator.naturalOrder())))
        .toList();
  }

  private void planControl(Control control, Map<String, Task> tasks) {
    EvidenceSpec spec = control.evidence();
    if (spec.appliesTo() == null) {
      add(tasks, task(control.id(), null, spec.cadence(), spec.instructions()));
      return;
    }
    for (Resource resource : facts.resources(spec.appliesTo())) {
      if (resource.inScope()) {
        add(tasks, task(control.id(), resource.arn(), spec.cadence(), spec.instructions()));
      }
    }
  }

  private Task task(String controlId, String resourceArn, Period cadence, String instructions) {
    Optional<Instant> latest =
        evidence.stream()
            .filter(e -> e.controlId().equals(controlId))
            .filter(e -> Objects.equals(e.resourceArn(), resourceArn))
            .map(ManualEvidence::providedAt)
            .filter(at -> !at.isAfter(now))
            .max(Comparator.naturalOrder());
    if (latest.isEmpty()) {
      return new Task(controlId, resourceArn, TaskStatus.OPEN, date(now).toString(), instructions);
    }
    LocalDate due = date(latest.get()).plus(cadence);
    TaskStatus status = due.isAfter(date(now)) ? TaskStatus.SATISFIED : TaskStatus.STALE;
    return new Task(controlId, resourceArn, status, due.toString(), instructions);
  }

  private static LocalDate date(Instant instant) {
    return instant.atZone(ZoneOffset.UTC).toLocalDate();
  }

  private static void add(Map<String, Task> tasks, Task task) {
    tasks.putIfAbsent(task.controlId() + "|" + task.resourceArn(), task);
  }
}
