package dev.assay.assessment;

import dev.assay.assessment.store.JsonText;
import dev.assay.reload.ServedVersion;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.GeneratedValue;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code rule_base_version}: a {@link ServedVersion} as stored, with the file hashes as
 * JSON text and without {@code servedUntil}, which is the next row's {@code servedFrom}. The id
 * (identity) only orders rows recorded at the same instant.
 */
@MappedEntity("rule_base_version")
record ServedVersionRow(
    @Id @GeneratedValue @Nullable Long id,
    String ruleBaseVersion,
    String frameworksVersion,
    Instant servedFrom,
    String loadTrigger,
    String ruleFiles,
    String frameworkFiles) {

  static ServedVersionRow of(ServedVersion v) {
    return new ServedVersionRow(
        null,
        v.ruleBaseVersion(),
        v.frameworksVersion(),
        v.servedFrom(),
        v.trigger(),
        JsonText.write(v.ruleFiles()),
        JsonText.write(v.frameworkFiles()));
  }

  ServedVersion until(Instant servedUntil) {
    return new ServedVersion(
        ruleBaseVersion,
        frameworksVersion,
        servedFrom,
        servedUntil,
        loadTrigger,
        JsonText.map(ruleFiles),
        JsonText.map(frameworkFiles));
  }
}
