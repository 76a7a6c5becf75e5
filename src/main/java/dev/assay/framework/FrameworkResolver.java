package dev.assay.framework;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Resolves framework documents into frameworks, each base before the frameworks extending it. A
 * framework whose base is missing, broken or part of a cycle is not loaded; the problem is reported
 * once, in the file where it shows.
 */
final class FrameworkResolver {

  private final Map<String, FrameworkDocument> documents;
  private final FrameworkBinder binder;
  private final ControlChecks checks;
  private final List<String> sink;
  private final Map<String, Optional<Framework>> resolved = new TreeMap<>();
  private final List<String> visiting = new ArrayList<>();

  FrameworkResolver(
      Map<String, FrameworkDocument> documents,
      FrameworkBinder binder,
      ControlChecks checks,
      List<String> sink) {
    this.documents = documents;
    this.binder = binder;
    this.checks = checks;
    this.sink = sink;
  }

  /** Every framework that resolved without problems, by ID. */
  Map<String, Framework> resolveAll() {
    documents.keySet().forEach(this::resolve);
    Map<String, Framework> frameworks = new TreeMap<>();
    resolved.forEach((id, framework) -> framework.ifPresent(f -> frameworks.put(id, f)));
    return frameworks;
  }

  private Optional<Framework> resolve(String id) {
    Optional<Framework> done = resolved.get(id);
    if (done != null) {
      return done;
    }
    visiting.add(id);
    Optional<Framework> framework = build(documents.get(id));
    visiting.remove(visiting.size() - 1);
    resolved.put(id, framework);
    return framework;
  }

  private Optional<Framework> build(FrameworkDocument document) {
    Problems problems = new Problems(document.file(), sink);
    int before = problems.count();
    String baseId = document.extendsId();
    Framework base = null;
    Framework framework;
    if (baseId == null) {
      framework = binder.bind(document.node(), document.hash(), problems);
    } else {
      Optional<Framework> resolvedBase = base(baseId, problems);
      if (resolvedBase.isEmpty()) {
        return Optional.empty();
      }
      base = resolvedBase.get();
      framework =
          new FrameworkTailor(binder).tailor(base, document.node(), document.hash(), problems);
    }
    checks.check(framework, base, problems);
    return problems.count() > before ? Optional.empty() : Optional.of(framework);
  }

  /** The resolved base; empty, with a problem where it belongs, when it cannot be had. */
  private Optional<Framework> base(String baseId, Problems problems) {
    if (visiting.contains(baseId)) {
      List<String> cycle =
          new ArrayList<>(visiting.subList(visiting.indexOf(baseId), visiting.size()));
      cycle.add(baseId);
      problems.add("extends", "cycle " + String.join(" -> ", cycle));
      return Optional.empty();
    }
    if (!documents.containsKey(baseId)) {
      problems.add(
          "extends",
          "no framework " + baseId + " (known: " + String.join(", ", documents.keySet()) + ")");
      return Optional.empty();
    }
    // A broken base has reported its own problems; this framework just cannot load.
    return resolve(baseId);
  }
}
