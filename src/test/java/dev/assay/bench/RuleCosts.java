package dev.assay.bench;

import dev.assay.fact.EvaluationContext;
import dev.assay.rules.RuleBase;
import dev.assay.rules.RuleBaseLoader;
import dev.assay.snapshot.NormalizedSnapshot;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.*;
import java.util.*;
import java.util.regex.*;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * Which rules cost the engine most: each rule alone in a KieBase, fired on the 100k-fact estate,
 * reported as the best main-thread CPU time of five runs minus that of inserting the facts into an
 * empty KieBase. Arguments name rules to measure (default: every rule). On a loaded machine a rule
 * can show a large cost in one run and none in the next: rerun the top ones on their own.
 */
public final class RuleCosts {
  static final ThreadMXBean T = ManagementFactory.getThreadMXBean();

  public static void main(String[] args) throws Exception {
    RuleBase rb = new RuleBaseLoader().load(Path.of("rules"));
    NormalizedSnapshot estate = EstateGenerator.generate(BenchMain.SEED, 100_000);
    List<Object> facts = new ArrayList<>(estate.facts());
    facts.add(new EvaluationContext(EstateGenerator.NOW, rb.parameters()));
    Pattern rule = Pattern.compile("(?ms)^rule \"([^\"]+)\".*?^end\\s*$");
    Pattern fn = Pattern.compile("(?ms)^function .*?^}\\s*$");
    String header =
        "import dev.assay.fact.*;\nimport dev.assay.rules.Violation;\nimport dev.assay.rules.EvidenceRequest;\n";
    KieBase empty = new KieHelper().addContent("package x;\n" + header, ResourceType.DRL).build();
    double base = cost(empty, facts);
    System.out.println("insert only: " + base);
    List<String> out = new ArrayList<>();
    for (Path drl :
        Files.list(Path.of("rules")).filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
      String src = Files.readString(drl);
      StringBuilder fns = new StringBuilder();
      Matcher f = fn.matcher(src);
      while (f.find()) fns.append(f.group()).append('\n');
      Matcher m = rule.matcher(src);
      while (m.find()) {
        if (args.length > 0 && !Arrays.asList(args).contains(m.group(1))) continue;
        String drlText = "package x;\n" + header + fns + m.group() + "\n";
        KieBase kb = new KieHelper().addContent(drlText, ResourceType.DRL).build();
        double c = cost(kb, facts);
        out.add(String.format("%9.1f %s", c - base, m.group(1)));
      }
    }
    out.sort(
        Comparator.comparingDouble((String line) -> Double.parseDouble(line.trim().split(" ")[0]))
            .reversed());
    out.forEach(System.out::println);
  }

  static double cost(KieBase kb, List<Object> facts) {
    long best = Long.MAX_VALUE;
    for (int i = 0; i < 7; i++) {
      long c = T.getCurrentThreadCpuTime();
      KieSession s = kb.newKieSession();
      for (Object o : facts) s.insert(o);
      s.fireAllRules();
      s.dispose();
      long d = T.getCurrentThreadCpuTime() - c;
      if (i >= 2) best = Math.min(best, d);
    }
    return best / 1e6;
  }
}
