package dev.assay.fact;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * One per evaluation: the evaluation clock and the rule parameters, so rules about ages and
 * thresholds stay deterministic and tunable. DRL binds it as {@code $ctx : EvaluationContext()}.
 */
public record EvaluationContext(Instant now, RuleParameters parameters) {

  /** Whole days from {@code then} to now; {@link Long#MAX_VALUE} when {@code then} is unknown. */
  public long daysSince(Instant then) {
    return then == null ? Long.MAX_VALUE : Duration.between(then, now).toDays();
  }

  /**
   * Whole days from now to {@code then} (negative once passed); {@link Long#MAX_VALUE} if unknown.
   */
  public long daysUntil(Instant then) {
    return then == null ? Long.MAX_VALUE : Duration.between(now, then).toDays();
  }

  public long integer(String name) {
    return parameters.integer(name);
  }

  public double decimal(String name) {
    return parameters.decimal(name);
  }

  public List<String> strings(String name) {
    return parameters.strings(name);
  }

  /** Whether {@code value} is allowed by a list parameter, where an empty list allows anything. */
  public boolean allows(String listName, String value) {
    List<String> allowed = parameters.strings(listName);
    return allowed.isEmpty() || allowed.contains(value);
  }
}
