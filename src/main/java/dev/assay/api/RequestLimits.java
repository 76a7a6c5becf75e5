package dev.assay.api;

import dev.assay.json.YamlLimits;
import io.micronaut.context.annotation.ConfigurationProperties;
import io.micronaut.core.bind.annotation.Bindable;

/**
 * The {@code assay.limits.*} keys: how much one request may hold, so that a large or hostile body
 * is refused with a 413 problem naming the key instead of using up memory or CPU. The body size
 * itself is Micronaut's {@code micronaut.server.max-request-buffer-size} (JSON bodies, read whole)
 * and {@code max-request-size} (streamed uploads); application.yml lists both.
 *
 * @param maxResponses recorded calls in one evaluation, dry run or candidate check
 * @param maxManualEvidence manual evidence items in one evaluation
 * @param maxCandidateFiles rule and framework files in one validation or dry run
 * @param maxStringLength characters of any one JSON string (a response may hold a policy document)
 * @param maxNestingDepth nested JSON objects and arrays
 * @param yamlMaxChars characters of one YAML document (frameworks, rule metadata, parameters)
 * @param yamlMaxDepth nested YAML mappings and lists
 * @param reportVerifyBytes bytes of a report zip sent to POST /api/v1/reports/verify (streamed to a
 *     temporary file, never held in memory)
 */
@ConfigurationProperties("assay.limits")
public record RequestLimits(
    @Bindable(defaultValue = "10000") int maxResponses,
    @Bindable(defaultValue = "1000") int maxManualEvidence,
    @Bindable(defaultValue = "100") int maxCandidateFiles,
    @Bindable(defaultValue = "1000000") int maxStringLength,
    @Bindable(defaultValue = "64") int maxNestingDepth,
    @Bindable(defaultValue = "5242880") int yamlMaxChars,
    @Bindable(defaultValue = "64") int yamlMaxDepth,
    @Bindable(defaultValue = "1073741824") long reportVerifyBytes) {

  public static final String LIMIT_EXCEEDED = "urn:assay:problem:limit-exceeded";

  public RequestLimits {
    if (maxResponses < 1
        || maxManualEvidence < 1
        || maxCandidateFiles < 1
        || maxStringLength < 1
        || maxNestingDepth < 1
        || reportVerifyBytes < 1) {
      throw new IllegalArgumentException("assay.limits.* must be positive numbers");
    }
    // YAML is read deep inside the rule and framework loaders, for the whole process.
    YamlLimits.set(new YamlLimits(yamlMaxChars, yamlMaxDepth));
  }

  /** A count over its limit: 413, naming the field, the count and the key to raise. */
  static void check(String what, int count, int limit, String key) {
    if (count > limit) {
      throw exceeded(
          what
              + ": "
              + count
              + " items, more than the limit of "
              + limit
              + " (assay.limits."
              + key
              + ")");
    }
  }

  static ApiException exceeded(String detail) {
    return new ApiException(
        io.micronaut.http.HttpStatus.REQUEST_ENTITY_TOO_LARGE,
        LIMIT_EXCEEDED,
        "Limit exceeded",
        detail);
  }
}
