package dev.assay.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;

/**
 * Uploaded files' metadata (table {@code evidence_file}). Saved inside the upload's {@link
 * dev.assay.assessment.store.Db#tx}, it commits with the evidence item it describes.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface UploadedFileRepository extends GenericRepository<UploadedFile, String> {

  UploadedFile save(UploadedFile file);
}
