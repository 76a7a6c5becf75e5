package dev.assay.api;

import dev.assay.assessment.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * The assessment API on PostgreSQL (127.0.0.1:5432, a schema of its own, migrated by the service's
 * own Flyway at startup and dropped afterwards). Fails when PostgreSQL is not there.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AssessmentApiPostgresTest extends AssessmentApiContract implements TestPropertyProvider {

  private final String schema = "assay_api_" + UUID.randomUUID().toString().substring(0, 8);

  @Override
  public Map<String, String> getProperties() {
    return Map.of("datasources.default.url", TestDatabase.postgresDroppedAtExit(schema));
  }

  @AfterAll
  void dropSchema() {
    TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema);
  }
}
