package dev.assay.bench;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How the engine's time grows with the estate: a least-squares line through (facts, median ms) and
 * the cost per fact at each size, which stays flat when growth is linear.
 */
final class Growth {

  private Growth() {}

  static Map<String, Object> of(Map<String, Object> evaluation) {
    List<double[]> points = new ArrayList<>();
    Map<String, Object> microsPerFact = new LinkedHashMap<>();
    for (Map.Entry<String, Object> e : evaluation.entrySet()) {
      Map<String, Object> size = BenchMain.cast(e.getValue());
      double facts = ((Number) size.get("facts")).doubleValue();
      double ms = ((Number) BenchMain.cast(size.get("engineMs")).get("median")).doubleValue();
      points.add(new double[] {facts, ms});
      microsPerFact.put(e.getKey(), EvaluationBench.round(ms * 1000 / facts, 2));
    }
    double n = points.size();
    double sx = 0, sy = 0, sxx = 0, sxy = 0, syy = 0;
    for (double[] p : points) {
      sx += p[0];
      sy += p[1];
      sxx += p[0] * p[0];
      sxy += p[0] * p[1];
      syy += p[1] * p[1];
    }
    double slope = (n * sxy - sx * sy) / (n * sxx - sx * sx);
    double intercept = (sy - slope * sx) / n;
    double r = (n * sxy - sx * sy) / Math.sqrt((n * sxx - sx * sx) * (n * syy - sy * sy));
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("engineMsPer100kFacts", EvaluationBench.round(slope * 100_000, 1));
    out.put("interceptMs", EvaluationBench.round(intercept, 1));
    out.put("rSquared", EvaluationBench.round(r * r, 4));
    out.put("engineMicrosPerFact", microsPerFact);
    return out;
  }
}
