package dev.assay.api;

import dev.assay.assessment.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;

/**
 * Re-evaluation jobs over HTTP on PostgreSQL, a schema of their own; fails when it is not there.
 */
// Not in a test transaction (Micronaut Data's default): sql() changes rows the server must see.
@MicronautTest(transactional = false)
class ReevaluationApiPostgresTest extends ReevaluationApiContract implements TestPropertyProvider {

  private final String schema = "assay_reeval_" + UUID.randomUUID().toString().substring(0, 8);

  @Override
  public Map<String, String> getProperties() {
    Map<String, String> p = properties();
    p.put("datasources.default.url", TestDatabase.postgresDroppedAtExit(schema));
    return p;
  }

  @AfterAll
  void dropSchema() {
    TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema);
  }
}
