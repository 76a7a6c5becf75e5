package dev.assay.assessment;

import dev.assay.assessment.evidence.LocalBlobStore;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * When the service starts, deletes what uploads cut off by a killed process left in the local blob
 * directory ({@code upload-*.part}); such a file never became evidence, and nothing else removes
 * it. Only files not written for {@link #IDLE} go: an upload still streaming (a CLI on the same
 * directory) writes its file continuously.
 */
@Singleton
public class StaleUploadCleanup {

  /**
   * Far longer than any pause in a streaming upload; short enough that leftovers do not pile up.
   */
  static final Duration IDLE = Duration.ofMinutes(10);

  private static final Logger LOG = LoggerFactory.getLogger(StaleUploadCleanup.class);

  private final AssessmentSettings settings;
  private final EvidenceStorageSettings storage;

  public StaleUploadCleanup(AssessmentSettings settings, EvidenceStorageSettings storage) {
    this.settings = settings;
    this.storage = storage;
  }

  @EventListener
  public void onStartup(StartupEvent event) {
    if ("s3".equals(storage.blobStore())) {
      return;
    }
    try {
      List<Path> removed =
          new LocalBlobStore(settings.blobDir()).removeStaleUploads(IDLE, Instant.now());
      removed.forEach(p -> LOG.warn("deleted {}: an upload cut off by an earlier process", p));
    } catch (RuntimeException e) {
      // Leftovers cost disk space only; they must not stop the service.
      LOG.warn("could not clean cut-off uploads: {}", e.getMessage());
    }
  }
}
