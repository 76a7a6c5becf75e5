package dev.assay.assessment.store;

import io.micronaut.data.annotation.Query;
import io.micronaut.data.jdbc.annotation.JdbcRepository;
import io.micronaut.data.model.query.builder.sql.Dialect;
import io.micronaut.data.repository.GenericRepository;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * API keys (table {@code api_key}). Rows are never deleted: revoking sets revoked_at. Queries are
 * generated for PostgreSQL, which H2 runs in MODE=PostgreSQL; the runtime dialect follows the
 * datasource ({@link DialectFromUrl}).
 */
@JdbcRepository(dialect = Dialect.POSTGRES)
public interface ApiKeyRepository extends GenericRepository<ApiKeyRow, String> {

  ApiKeyRow save(ApiKeyRow key);

  Optional<ApiKeyRow> findById(String id);

  Optional<ApiKeyRow> findByKeyHash(String keyHash);

  List<ApiKeyRow> listOrderByCreatedAtDesc();

  @Query("SELECT COUNT(*) FROM api_key")
  long countKeys();

  @Query("UPDATE api_key SET revoked_at = :revokedAt, revoked_by = :revokedBy WHERE id = :id")
  void revoke(String id, Instant revokedAt, String revokedBy);

  @Query("UPDATE api_key SET last_used_at = :lastUsedAt WHERE id = :id")
  void used(String id, Instant lastUsedAt);
}
