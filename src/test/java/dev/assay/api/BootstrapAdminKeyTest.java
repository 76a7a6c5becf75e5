package dev.assay.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import dev.assay.api.security.BootstrapAdminKey;
import dev.assay.auth.ApiKey;
import dev.assay.auth.ApiKeys;
import io.micronaut.context.ApplicationContext;
import io.micronaut.runtime.server.EmbeddedServer;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;

/**
 * The first start on an empty store makes an admin key: generated and printed once when no
 * bootstrap key is configured, and not again at the next start on the same store.
 */
class BootstrapAdminKeyTest {

  @Test
  void aGeneratedKeyIsPrintedOnceAndWorks() {
    Logger logger = (Logger) LoggerFactory.getLogger(BootstrapAdminKey.class);
    ListAppender<ILoggingEvent> appender = new ListAppender<>();
    appender.start();
    logger.addAppender(appender);
    String db =
        "jdbc:h2:mem:bootstrap-"
            + UUID.randomUUID()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    Map<String, Object> properties =
        Map.of("assay.security.bootstrap-admin-key", "", "datasources.default.url", db);
    try {
      String secret;
      try (EmbeddedServer server =
          ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
        String logged =
            appender.list.stream()
                .map(ILoggingEvent::getFormattedMessage)
                .reduce("", String::concat);
        Matcher key = Pattern.compile("(assay_[A-Za-z0-9_-]{43})").matcher(logged);
        assertTrue(key.find(), logged);
        secret = key.group(1);
        List<ApiKey> keys = server.getApplicationContext().getBean(ApiKeys.class).list();
        assertEquals(1, keys.size());
        assertEquals(List.of("admin"), keys.get(0).roles());
        Http http = new Http(server.getURI()).as(secret);
        assertEquals(200, http.get("/api/v1/api-keys").statusCode());
      }
      appender.list.clear();
      try (EmbeddedServer again =
          ApplicationContext.run(EmbeddedServer.class, properties, "test")) {
        assertEquals(1, again.getApplicationContext().getBean(ApiKeys.class).list().size());
        assertTrue(appender.list.isEmpty(), "printed only at the first start");
        assertEquals(200, new Http(again.getURI()).as(secret).get("/api/v1/rules").statusCode());
      }
    } finally {
      logger.detachAppender(appender);
    }
  }

  @Test
  void aMalformedBootstrapKeyStopsStartup() {
    RuntimeException e =
        assertThrows(
            RuntimeException.class,
            () ->
                ApplicationContext.run(
                        EmbeddedServer.class,
                        Map.of("assay.security.bootstrap-admin-key", "letmein"),
                        "test")
                    .close());
    String messages = "";
    for (Throwable t = e; t != null; t = t.getCause()) {
      messages += t.getMessage() + "\n";
    }
    assertTrue(messages.contains("must start with assay_"), messages);
  }
}
