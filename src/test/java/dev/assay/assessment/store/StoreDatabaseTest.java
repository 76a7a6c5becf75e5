package dev.assay.assessment.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.TestDatabase;
import io.micronaut.data.jdbc.config.DataJdbcConfiguration;
import io.micronaut.data.model.query.builder.sql.Dialect;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The store-only context on both databases: the dialect follows the URL, and one unit of work
 * spanning a repository and hand-written SQL commits or rolls back as one.
 */
class StoreDatabaseTest {

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void dialectFollowsTheUrl(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind)) {
      Dialect expected = kind == TestDatabase.Kind.H2 ? Dialect.H2 : Dialect.POSTGRES;
      assertEquals(expected, DialectFromUrl.dialectOf(db.url()));
      assertEquals(
          expected,
          db.store().repository(DataJdbcConfiguration.class).getDialect(),
          "the dialect Micronaut Data runs with");
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void repositoryAndSqlCommitOrRollBackTogether(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind)) {
      Db tx = db.store().db();
      ApiKeyRepository keys = db.store().repository(ApiKeyRepository.class);
      String kept = UUID.randomUUID().toString();
      String lost = UUID.randomUUID().toString();

      tx.tx(
          c -> {
            keys.save(row(kept));
            return Sql.update(c, "UPDATE api_key SET revoked_by = 'sql' WHERE id = ?", kept);
          });
      assertEquals("sql", keys.findById(kept).orElseThrow().revokedBy(), "both parts committed");

      IllegalStateException e =
          assertThrows(
              IllegalStateException.class,
              () ->
                  tx.tx(
                      c -> {
                        keys.save(row(lost));
                        Sql.update(c, "UPDATE api_key SET revoked_by = 'lost' WHERE id = ?", kept);
                        throw new IllegalStateException("fails after both writes");
                      }));
      assertEquals("fails after both writes", e.getMessage());
      assertTrue(keys.findById(lost).isEmpty(), "the repository's insert was rolled back");
      assertEquals("sql", keys.findById(kept).orElseThrow().revokedBy(), "the SQL too");
      assertEquals(1L, (long) tx.tx(c -> keys.countKeys()));
    }
  }

  @ParameterizedTest
  @EnumSource(TestDatabase.Kind.class)
  void aRefusedStatementIsAStoreErrorNotAnOutage(TestDatabase.Kind kind) {
    try (TestDatabase db = TestDatabase.open(kind)) {
      ApiKeyRepository keys = db.store().repository(ApiKeyRepository.class);
      String id = UUID.randomUUID().toString();
      db.store().db().tx(c -> keys.save(row(id)));
      StoreException e =
          assertThrows(StoreException.class, () -> db.store().db().tx(c -> keys.save(row(id))));
      assertTrue(!e.unavailable(), "a duplicate key is refused, the database is up");
    }
  }

  private static ApiKeyRow row(String id) {
    return new ApiKeyRow(
        id,
        "k",
        "api-key:k",
        "reader",
        "assay_ab",
        UUID.randomUUID().toString().replace("-", ""),
        Instant.now().truncatedTo(ChronoUnit.MILLIS),
        "test",
        null,
        null,
        null,
        null);
  }
}
