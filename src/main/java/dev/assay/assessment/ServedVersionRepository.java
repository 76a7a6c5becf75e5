package dev.assay.assessment;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.util.List;

/** The rule base and framework versions that served (table {@code rule_base_version}). */
@JdbcRepository(dialect = Dialect.POSTGRES)
interface ServedVersionRepository extends GenericRepository<ServedVersionRow, Long> {

  ServedVersionRow save(ServedVersionRow row);

  @Query("SELECT * FROM rule_base_version ORDER BY served_from, id")
  List<ServedVersionRow> oldestFirst();
}
