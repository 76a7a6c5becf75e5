package dev.assay.api;

import dev.assay.assessment.TestDatabase;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.TestInstance;

/**
 * Delegations and API keys on PostgreSQL (a schema of its own, migrated at startup and dropped
 * afterwards): the same tests as on H2.
 */
@MicronautTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DelegationApiPostgresTest extends DelegationApiTest implements TestPropertyProvider {

  private final String schema = "assay_auth_" + UUID.randomUUID().toString().substring(0, 8);

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
