package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.micronaut.test.extensions.junit5.annotation.MicronautTest;
import io.micronaut.test.support.TestPropertyProvider;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/** Re-evaluation jobs over HTTP on the embedded database (a fresh in-memory H2). */
// Not in a test transaction (Micronaut Data's default): sql() changes rows the server must see.
@MicronautTest(transactional = false)
class ReevaluationApiTest extends ReevaluationApiContract implements TestPropertyProvider {

  @Override
  public Map<String, String> getProperties() {
    return properties();
  }

  // Reload metrics do not depend on the database: checked here only, not on PostgreSQL too.
  @Test
  @Order(5)
  void aRejectedReloadIsCounted() throws Exception {
    Path secure = dir.resolve("rules/secure.drl");
    String good = Files.readString(secure);
    long before = rejected();
    Files.writeString(secure, good + "\nrule \"broken\" when then x = ; end\n");
    reload(422);
    assertTrue(rejected() >= before + 1);
    Files.writeString(secure, good);
    // The watcher may have taken the fix already: then this reload finds nothing new.
    reload(200);
    JsonNode reload = json(http.get("/api/v1/metrics")).get("reload");
    assertTrue(reload.get("assay_reload_duration_ms_max").asLong() > 0, reload.toString());
    assertFalse(reload.get("assay_reload_last_rejected_at").isNull(), reload.toString());
  }
}
