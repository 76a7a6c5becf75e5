package dev.assay.assessment;

import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/**
 * Writes an assessment's controls at creation (table {@code assessment_control}): saveAll sends
 * them as one JDBC batch, as a framework has up to a few hundred. Reads and status changes are on
 * {@link AssessmentRepository}.
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface AssessmentControlRepository extends GenericRepository<AssessmentControlRow, String> {

  List<AssessmentControlRow> saveAll(Iterable<AssessmentControlRow> rows);
}
