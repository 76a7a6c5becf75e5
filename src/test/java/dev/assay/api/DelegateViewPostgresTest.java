package dev.assay.api;

import dev.assay.assessment.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * A delegate's view on PostgreSQL (a schema of its own, migrated at startup and dropped
 * afterwards): the evidence counts and ERROR-finding reads it adds run on both databases.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegateViewPostgresTest extends DelegateViewTest implements TestPropertyProvider {

  private final String schema = "assay_view_" + UUID.randomUUID().toString().substring(0, 8);

  @Override
  public Map<String, String> getProperties() {
    return Map.of(
        "datasources.default.url",
        TestDatabase.postgresDroppedAtExit(schema),
        "assay.security.jwt.hmac-secret",
        Tokens.SECRET);
  }

  @AfterAll
  void dropSchema() {
    TestDatabase.drop(TestDatabase.Kind.POSTGRES, schema);
  }
}
