package dev.assay.assessment;

import dev.assay.assessment.store.JsonText;
import io.micronaut.core.annotation.Nullable;
import io.micronaut.data.annotation.Id;
import io.micronaut.data.annotation.MappedEntity;
import java.time.Instant;

/**
 * A row of {@code assessment}. The assessment itself ({@link Assessment}) keeps its scope, owners
 * and tags as lists and a map; the table keeps them as JSON text, which reads the same on H2 and
 * PostgreSQL (a JSON column type would not), so this stored form converts them.
 */
@MappedEntity("assessment")
record AssessmentRow(
    @Id String id,
    String name,
    @Nullable String description,
    AssessmentStatus status,
    String frameworkId,
    String frameworkName,
    String frameworkVersion,
    String frameworkHash,
    String ruleBaseVersion,
    String accountsJson,
    String regionsJson,
    String ownersJson,
    String tagsJson,
    @Nullable String reportDestination,
    @Nullable String snapshotInput,
    Instant createdAt,
    String createdBy,
    Instant updatedAt,
    long evidenceCount,
    @Nullable String evidenceHead) {

  static AssessmentRow of(Assessment a) {
    return new AssessmentRow(
        a.id(),
        a.name(),
        a.description(),
        a.status(),
        a.frameworkId(),
        a.frameworkName(),
        a.frameworkVersion(),
        a.frameworkHash(),
        a.ruleBaseVersion(),
        JsonText.write(a.accounts()),
        JsonText.write(a.regions()),
        JsonText.write(a.owners()),
        JsonText.write(a.tags()),
        a.reportDestination(),
        a.snapshotInput(),
        a.createdAt(),
        a.createdBy(),
        a.updatedAt(),
        a.evidenceCount(),
        a.evidenceHead());
  }

  Assessment assessment() {
    return new Assessment(
        id,
        name,
        description,
        status,
        frameworkId,
        frameworkName,
        frameworkVersion,
        frameworkHash,
        ruleBaseVersion,
        JsonText.list(accountsJson),
        JsonText.list(regionsJson),
        JsonText.list(ownersJson),
        JsonText.map(tagsJson),
        reportDestination,
        snapshotInput,
        createdAt,
        createdBy,
        updatedAt,
        evidenceCount,
        evidenceHead);
  }
}
