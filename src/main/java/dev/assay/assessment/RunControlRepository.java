package dev.assay.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Table {@code run_control_result}; {@link RunRepository} is its one user. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RunControlRepository extends GenericRepository<RunControlRow, RunControlRow.Key> {

  List<RunControlRow> saveAll(List<RunControlRow> rows);

  @Query("SELECT * FROM run_control_result WHERE run_id = :runId ORDER BY control_id")
  List<RunControlRow> of(String runId);
}
