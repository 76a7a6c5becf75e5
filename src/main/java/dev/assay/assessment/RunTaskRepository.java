package dev.assay.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** Table {@code run_task}; {@link RunRepository} is its one user. */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface RunTaskRepository extends GenericRepository<RunTaskRow, RunItemKey> {

  List<RunTaskRow> saveAll(List<RunTaskRow> rows);

  @Query("SELECT * FROM run_task WHERE run_id = :runId ORDER BY item_no")
  List<RunTaskRow> of(String runId);
}
