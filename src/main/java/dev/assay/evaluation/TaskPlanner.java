package dev.assay.evaluation;

import dev.assay.fact.Resource;
import dev.assay.framework.Control;
import dev.assay.framework.EvidenceSpec;
import dev.assay.framework.Framework;
import dev.assay.rules.EvidenceRequest;
import java.time.LocalDate;
import java.time.Period;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns manual and hybrid controls, and the evidence requests rules inserted, into tasks. Until
 * manual evidence is stored, every such task is open and due one cadence after the evaluation.
 */
final class TaskPlanner {

  /** Used when a rule asks for evidence under a control that names no cadence. */
  static final Period DEFAULT_CADENCE = Period.ofYears(1);

  private final FactIndex facts;
  private final LocalDate today;

  TaskPlanner(FactIndex facts, LocalDate today) {
    this.facts = facts;
    this.today = today;
  }

  List<Task> plan(Framework framework, List<EvidenceRequest> requests) {
    Map<String, Task> tasks = new TreeMap<>();
    framework
        .controls()
        .filter(c -> c.evidence() != null)
        .forEach(control -> planControl(control, tasks));
    for (EvidenceRequest request : requests) {
      for (String controlId : framework.controlsUsing(request.ruleId())) {
        Control control = framework.control(controlId).orElseThrow();
        EvidenceSpec spec = control.evidence();
        Period cadence = spec == null ? DEFAULT_CADENCE : spec.cadence();
        add(tasks, new Task(controlId, request.resourceArn(), due(cadence), request.instructions()));
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
      add(tasks, new Task(control.id(), null, due(spec.cadence()), spec.instructions()));
      return;
    }
    for (Resource resource : facts.resources(spec.appliesTo())) {
      if (resource.inScope()) {
        add(tasks, new Task(control.id(), resource.arn(), due(spec.cadence()), spec.instructions()));
      }
    }
  }

  private static void add(Map<String, Task> tasks, Task task) {
    tasks.putIfAbsent(task.controlId() + "|" + task.resourceArn(), task);
  }

  private String due(Period cadence) {
    return today.plus(cadence).toString();
  }
}
