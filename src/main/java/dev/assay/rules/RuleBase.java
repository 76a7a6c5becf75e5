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
   * Fires every rule on the facts and collects what they inserted: a small evaluation in one
   * session, a large one in sessions of bounded size, one per group of connected accounts ({@link
   * PartitionedFiring}), one after the other; with {@code -Dassay.rules.parallel-firing=true} the
   * groups fire in parallel ({@link #fireInParallel}), which on 2 cores measured no faster.
   */
  public Firings fire(Collection<?> facts) {
    if (facts.size() < PartitionedFiring.MIN_FACTS) {
      return fireInOneSession(facts);
    }
    return PartitionedFiring.fire(this, facts, PartitionedFiring.GROUP_FACTS, parallelFiring());
  }

  /** How {@link #fire} fires in this process, for benchmark reports. */
  public static String firingMode() {
    return "one session below "
        + PartitionedFiring.MIN_FACTS
        + " facts, else sessions of "
        + PartitionedFiring.GROUP_FACTS
        + " by account group "
        + (parallelFiring() ? "in parallel" : "in turn")
        + ", direct firing";
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
    if (facts.size() < PartitionedFiring.MIN_FACTS || cores < 2) {
      return fireInOneSession(facts);
    }
    return PartitionedFiring.fire(this, facts, PartitionedFiring.GROUP_FACTS, true);
  }

  /**
   * Fires the facts in sessions of about {@code groupFacts} facts by account group, one after the
   * other or in parallel, whatever their number: for tests and benchmarks that compare with {@link
   * #fireInOneSession}.
   */
  public Firings fireInGroups(Collection<?> facts, int groupFacts, boolean parallel) {
    return PartitionedFiring.fire(this, facts, groupFacts, parallel);
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
