package dev.assay.evaluation;

import dev.assay.fact.ManualEvidence;
import dev.assay.framework.Framework;
import dev.assay.framework.FrameworkCatalog;
import dev.assay.framework.FrameworkLoader;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleBaseLoader;
import dev.assay.snapshot.InlineSnapshots;
import dev.assay.snapshot.Normalization;
import dev.assay.snapshot.Snapshot;
import dev.assay.snapshot.SnapshotReader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;

/**
 * The core both doors (HTTP and CLI) stand on: a loaded rule base, the frameworks that reference it
 * and the normalizers, able to evaluate any snapshot. Immutable and thread-safe.
 */
public final class AssayEngine {

  /** The framework evaluated when a request names none, unless configuration says otherwise. */
  public static final String DEFAULT_FRAMEWORK = "genai-best-practices-v2";

  private final RuleBase ruleBase;
  private final FrameworkCatalog frameworks;
  private final Normalization normalization;
  private final String defaultFramework;
  // Built once: every HTTP evaluation asks for it, and it copies the set of known operations.
  private final InlineSnapshots inlineSnapshots;

  public AssayEngine(
      RuleBase ruleBase,
      FrameworkCatalog frameworks,
      Normalization normalization,
      String defaultFramework) {
    this.ruleBase = ruleBase;
    this.frameworks = frameworks;
    this.normalization = normalization;
    this.defaultFramework = defaultFramework;
    this.inlineSnapshots = new InlineSnapshots(normalization.knownOperations());
  }

  /** Compiles the rules and loads the frameworks; throws with every problem found. */
  public static AssayEngine load(Path rulesDir, Path frameworksDir, String defaultFramework) {
    RuleBase ruleBase = new RuleBaseLoader().load(rulesDir);
    FrameworkCatalog frameworks =
        new FrameworkLoader(ruleBase.rules().keySet()).load(frameworksDir);
    return new AssayEngine(ruleBase, frameworks, Normalization.standard(), defaultFramework);
  }

  public RuleBase ruleBase() {
    return ruleBase;
  }

  public FrameworkCatalog frameworks() {
    return frameworks;
  }

  public String defaultFramework() {
    return defaultFramework;
  }

  public SnapshotReader snapshotReader() {
    return new SnapshotReader(normalization.knownOperations());
  }

  public InlineSnapshots inlineSnapshots() {
    return inlineSnapshots;
  }

  /**
   * Evaluates a snapshot against a framework ({@code null} for the default one) as of {@code at}.
   *
   * @throws UnknownFrameworkException when no framework has that ID
   */
  public EvaluationResult evaluate(Snapshot snapshot, String frameworkId, Instant at) {
    return evaluate(snapshot, frameworkId, at, List.of());
  }

  /** As above, with manual evidence people provided. */
  public EvaluationResult evaluate(
      Snapshot snapshot, String frameworkId, Instant at, List<ManualEvidence> manualEvidence) {
    Framework framework = framework(frameworkId);
    return new Evaluator()
        .evaluate(normalization.normalize(snapshot), ruleBase, framework, at, manualEvidence);
  }

  public Framework framework(String frameworkId) {
    String id = frameworkId == null || frameworkId.isBlank() ? defaultFramework : frameworkId;
    return frameworks.find(id).orElseThrow(() -> new UnknownFrameworkException(id, frameworks));
  }
}
