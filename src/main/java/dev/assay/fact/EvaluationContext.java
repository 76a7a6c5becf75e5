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

  /**
   * Whether a resource's KMS key is allowed by a list parameter of key ARNs (as AWS Config's
   * optional {@code kmsKeyArns}): any key when the list is empty, never when the resource has none.
   * Key ARNs and bare key ids match by key id, so {@code arn:aws:kms:...:key/1234} allows a
   * resource that reports {@code 1234}; an alias matches only the same alias (resolving aliases
   * would need KMS reads Assay does not make).
   */
  public boolean kmsKeyAllowed(String listName, String key) {
    if (key == null || key.isBlank()) {
      return false;
    }
    List<String> allowed = parameters.strings(listName);
    return allowed.isEmpty() || allowed.stream().anyMatch(a -> keyId(a).equals(keyId(key)));
  }

  /**
   * {@code 1234} for {@code arn:aws:kms:r:a:key/1234} and {@code 1234}; {@code alias/x} for
   * aliases.
   */
  private static String keyId(String key) {
    String k = key.strip();
    int at = k.indexOf(":key/");
    if (at >= 0) {
      return k.substring(at + 5);
    }
    int alias = k.indexOf(":alias/");
    return alias >= 0 ? k.substring(alias + 1) : k;
  }
}
