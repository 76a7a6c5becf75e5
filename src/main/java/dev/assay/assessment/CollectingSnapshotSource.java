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
 * {@code assay.assessments.aws-endpoint-url} sends every call to e.g. moto) into {@code
 * <snapshot-dir>/<assessment>/<run>}.
 */
public final class CollectingSnapshotSource implements SnapshotSource {

  private static final Logger LOG = LoggerFactory.getLogger(CollectingSnapshotSource.class);

  private final AssessmentSettings settings;

  public CollectingSnapshotSource(AssessmentSettings settings) {
    this.settings = settings;
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
    CollectSettings collect =
        new CollectSettings(
            assessment.accounts(),
            settings.awsRoleName(),
            null,
            assessment.regions(),
            Set.of(),
            settings.awsEndpointUrl() == null ? null : URI.create(settings.awsEndpointUrl()),
            CollectSettings.DEFAULT_CONCURRENCY,
            CollectSettings.DEFAULT_MAX_ATTEMPTS,
            "standard",
            CollectSettings.DEFAULT_ATTEMPT_TIMEOUT,
            null,
            false);
    StringWriter progress = new StringWriter();
    CollectResult result =
        new Collection(
                collect,
                Collectors.standard(),
                Progress.to(new PrintWriter(progress)),
                Clock.systemUTC())
            .run(output);
    result.summary().forEach(line -> LOG.info("assessment {}: {}", assessment.id(), line));
    return output;
  }
}
