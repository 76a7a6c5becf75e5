package dev.assay.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Table {@code run_finding}; {@link RunRepository} is its one user. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RunFindingRepository extends GenericRepository<RunFindingRow, RunItemKey> {

  List<RunFindingRow> saveAll(List<RunFindingRow> rows);

  @Query("SELECT * FROM run_finding WHERE run_id = :runId ORDER BY item_no")
  List<RunFindingRow> of(String runId);

  @Query("SELECT * FROM run_finding WHERE run_id = :runId AND status = 'ERROR' ORDER BY item_no")
  List<RunFindingRow> errorsOf(String runId);
}
