package dev.assay.assessment;

import dev.assay.collect.CollectResult;
import dev.assay.collect.CollectSettings;
import dev.assay.collect.Collection;
import dev.assay.collect.Collectors;
import dev.assay.collect.Progress;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The run's own input when given, else the assessment's snapshot directory when it has one, else a
 * collection of the assessment's accounts and regions from AWS (credentials from the default chain;
 * the {@code assay.aws.*} settings, e.g. {@code assay.aws.endpoint-url} to send every call to moto)
 * into {@code <snapshot-dir>/<assessment>/<run>}. A collection no call of which was answered fails
 * the run ({@link CollectionFailed}).
 */
public final class CollectingSnapshotSource implements SnapshotSource {

  private static final Logger LOG = LoggerFactory.getLogger(CollectingSnapshotSource.class);

  private final AssessmentSettings settings;
  private final AwsSettings aws;

  /** With the {@code assay.aws.*} defaults (the older assessment keys still apply). */
  public CollectingSnapshotSource(AssessmentSettings settings) {
    this(settings, AwsSettings.defaults());
  }

  public CollectingSnapshotSource(AssessmentSettings settings, AwsSettings aws) {
    this.settings = settings;
    this.aws = aws;
  }

  /**
   * What a collection for the assessment covers: its accounts (or, with {@code
   * assay.aws.organization} and none listed, the organization's) and its regions (or {@code
   * assay.aws.regions}), with the service's AWS settings.
   */
  CollectSettings collectSettings(Assessment assessment) {
    String endpoint = aws.endpointOr(settings);
    boolean organization = aws.organization() && assessment.accounts().isEmpty();
    return new CollectSettings(
        assessment.accounts(),
        aws.roleNameOr(settings),
        aws.externalId(),
        assessment.regions().isEmpty() ? aws.regions() : assessment.regions(),
        Set.of(),
        endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
        aws.concurrency(),
        CollectSettings.DEFAULT_MAX_ATTEMPTS,
        "standard",
        CollectSettings.DEFAULT_ATTEMPT_TIMEOUT,
        null,
        organization);
  }

  @Override
  public Path snapshotFor(Assessment assessment, String runId, Path input) {
    if (input != null) {
      return input;
    }
    if (assessment.snapshotInput() != null) {
      return Path.of(assessment.snapshotInput());
    }
    Path output = settings.snapshotDir().resolve(assessment.id()).resolve(runId);
    CollectSettings collect = collectSettings(assessment);
    StringWriter progress = new StringWriter();
    CollectResult result =
        new Collection(
                collect,
                Collectors.standard(),
                Progress.to(new PrintWriter(progress)),
                Clock.systemUTC())
            .run(output);
    result.summary().forEach(line -> LOG.info("assessment {}: {}", assessment.id(), line));
    if (!result.gaps().isEmpty() && result.gaps().size() >= result.calls()) {
      // Not one answer: evaluating would only restate the outage as errors; fail and retry.
      throw new CollectionFailed(
          "collection failed: none of "
              + result.calls()
              + " AWS calls was answered (first: "
              + result.gaps().get(0)
              + ")",
          result.gaps().stream().map(Object::toString).sorted().toList());
    }
    return output;
  }
}
