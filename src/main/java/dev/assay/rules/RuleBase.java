package dev.assay.rules;

import dev.assay.fact.RuleParameters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.runtime.ClassObjectFilter;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.KieSessionConfiguration;
import org.kie.api.runtime.conf.DirectFiringOption;
import org.kie.api.runtime.conf.ThreadSafeOption;

/**
 * A compiled, validated rule base. Thread-safe: each {@link #fire} call uses its own session on the
 * shared, immutable {@link KieBase}.
 *
 * @param version a content hash of every rule file, carried by every result
 * @param rules the rules by ID, in ID order
 * @param files the rule files and their content hashes
 * @param parameters the tunable thresholds from {@code parameters.yaml}
 */
public record RuleBase(
    String version,
    KieBase kieBase,
    Map<String, RuleInfo> rules,
    Map<String, String> files,
    RuleParameters parameters) {

  public Optional<RuleInfo> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * Fires every rule on the facts and collects what they inserted: in one session, or with {@code
   * -Dassay.rules.parallel-firing=true} in parallel sessions ({@link #fireInParallel}). Parallel
   * firing finds the same violations, but on 2 cores it measured slower (bench: 208 vs 155 ms of
   * firing at 100k facts), so it is off unless asked for.
   */
  public Firings fire(Collection<?> facts) {
    return parallelFiring() ? fireInParallel(facts) : fireInOneSession(facts);
  }

  /** How {@link #fire} fires in this process, for benchmark reports. */
  public static String firingMode() {
    return parallelFiring()
        ? "parallel sessions by account group, direct firing"
        : "one session, direct firing";
  }

  private static boolean parallelFiring() {
    return Boolean.getBoolean("assay.rules.parallel-firing");
  }

  /**
   * A large estate split into groups of connected accounts ({@link FactPartitions}), fired in
   * parallel sessions on the shared KieBase; small estates (or one core) in one session.
   */
  public Firings fireInParallel(Collection<?> facts) {
    int cores = Runtime.getRuntime().availableProcessors();
    if (facts.size() < ParallelFiring.MIN_FACTS || cores < 2) {
      return fireInOneSession(facts);
    }
    return ParallelFiring.fire(this, FactPartitions.split(facts, cores));
  }

  /**
   * Inserts the facts into one fresh session, fires every rule and collects what they inserted;
   * {@link #fire} does this per group of accounts. Public for benchmarks and tests that compare.
   */
  public Firings fireInOneSession(Collection<?> facts) {
    KieSession session = kieBase.newKieSession(SESSION, null);
    try {
      for (Object fact : facts) {
        session.insert(fact);
      }
      session.fireAllRules();
      // Per-class lookups: the object store keeps each class apart, so these walk only what the
      // rules inserted rather than every fact handle.
      List<Violation> violations = objectsOf(session, Violation.class);
      List<EvidenceRequest> requests = objectsOf(session, EvidenceRequest.class);
      // Every consequence inserts a Violation or EvidenceRequest named after its rule, so these
      // name the rules that fired (direct firing bypasses the agenda and its fired-rule events).
      // Distinct IDs first, sorted after: a sorted insert per violation compared long rule IDs
      // tens of thousands of times on large estates (5% of firing at 100k facts).
      Set<String> distinct = new HashSet<>();
      violations.forEach(v -> distinct.add(v.ruleId()));
      requests.forEach(r -> distinct.add(r.ruleId()));
      return new Firings(violations, requests, new TreeSet<>(distinct));
    } finally {
      session.dispose();
    }
  }

  /**
   * One session per evaluation, used by one thread, filled, fired once and disposed: it needs no
   * locks ({@code ThreadSafeOption.NO}). Rules only insert violations and requests and use no
   * salience, no-loop or agenda groups, so their consequences may fire as soon as they match
   * instead of through the agenda ({@code DirectFiringOption.YES}); the sets of what they insert
   * are the same (RuleCasesTest, GoldenEvaluationTest, FloorAgreementTest).
   */
  private static final KieSessionConfiguration SESSION = sessionConfiguration();

  private static KieSessionConfiguration sessionConfiguration() {
    KieSessionConfiguration conf = KieServices.Factory.get().newKieSessionConfiguration();
    conf.setOption(ThreadSafeOption.NO);
    conf.setOption(DirectFiringOption.YES);
    return conf;
  }

  private static <T> List<T> objectsOf(KieSession session, Class<T> type) {
    List<T> out = new ArrayList<>();
    for (Object inserted : session.getObjects(new ClassObjectFilter(type))) {
      out.add(type.cast(inserted));
    }
    return out;
  }
}
