package dev.assay.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.assay.assessment.store.StoreDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The service's API-key cache: a key used again within the TTL is not read from the database, a key
 * revoked in this process is refused at once, one revoked by another process (the CLI, here a
 * second {@link ApiKeys} on the same database) once the TTL has passed, and expiry holds on hits.
 */
class ApiKeysCacheTest {

  private static final Duration TTL = Duration.ofSeconds(5);

  @TempDir Path temp;

  private StoreDatabase database;
  private final SteppingClock clock = new SteppingClock(Instant.parse("2026-11-30T00:00:00Z"));

  @BeforeEach
  void database() {
    database =
        StoreDatabase.open(
            "jdbc:h2:file:"
                + temp.resolve("keys").toAbsolutePath()
                + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH",
            2);
  }

  @AfterEach
  void close() {
    database.close();
  }

  @Test
  void aCachedKeyCostsNoDatabaseReadWithinTheTtl() throws Exception {
    ApiKeys service = new ApiKeys(database, clock, TTL);
    ApiKeys.Created ci = service.create("ci", null, List.of("analyst"), null, "test");
    assertEquals("api-key:ci", service.authenticate(ci.secret()).subject());
    // Behind the cache's back, as a restore from backup might: the cached caller still answers.
    sql("UPDATE api_key SET subject = 'someone-else' WHERE id = '" + ci.key().id() + "'");
    clock.step(TTL.minusMillis(1));
    assertEquals("api-key:ci", service.authenticate(ci.secret()).subject());
    clock.step(Duration.ofMillis(1));
    assertEquals("someone-else", service.authenticate(ci.secret()).subject(), "read again");
  }

  @Test
  void aKeyRevokedInThisProcessIsRefusedAtOnce() {
    ApiKeys service = new ApiKeys(database, clock, TTL);
    ApiKeys.Created ci = service.create("ci", null, List.of("analyst"), null, "test");
    service.authenticate(ci.secret());
    service.revoke(ci.key().id(), "admin");
    AuthenticationException refused =
        assertThrows(AuthenticationException.class, () -> service.authenticate(ci.secret()));
    assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
  }

  @Test
  void aKeyRevokedByAnotherProcessIsRefusedOnceTheTtlHasPassed() {
    ApiKeys service = new ApiKeys(database, clock, TTL);
    ApiKeys cli = new ApiKeys(database, clock);
    ApiKeys.Created ci = service.create("ci", null, List.of("analyst"), null, "test");
    service.authenticate(ci.secret());
    cli.revoke(ci.key().id(), "ops");
    assertThrows(AuthenticationException.class, () -> cli.authenticate(ci.secret()));
    clock.step(Duration.ofSeconds(4));
    assertEquals("api-key:ci", service.authenticate(ci.secret()).subject(), "within the TTL");
    clock.step(Duration.ofSeconds(1));
    AuthenticationException refused =
        assertThrows(AuthenticationException.class, () -> service.authenticate(ci.secret()));
    assertTrue(refused.getMessage().contains("revoked"), refused.getMessage());
  }

  @Test
  void aCachedKeyStillExpiresOnTime() {
    ApiKeys service = new ApiKeys(database, clock, Duration.ofHours(1));
    Instant expiry = clock.instant().plusSeconds(2);
    ApiKeys.Created ci = service.create("ci", null, List.of(), expiry, "test");
    service.authenticate(ci.secret());
    clock.step(Duration.ofSeconds(2));
    AuthenticationException refused =
        assertThrows(AuthenticationException.class, () -> service.authenticate(ci.secret()));
    assertTrue(refused.getMessage().contains("expired"), refused.getMessage());
  }

  @Test
  void withoutATtlEveryUseReadsTheDatabase() throws Exception {
    ApiKeys service = new ApiKeys(database, clock, Duration.ZERO);
    ApiKeys.Created ci = service.create("ci", null, List.of(), null, "test");
    service.authenticate(ci.secret());
    sql("UPDATE api_key SET subject = 'someone-else' WHERE id = '" + ci.key().id() + "'");
    assertEquals("someone-else", service.authenticate(ci.secret()).subject());
  }

  private void sql(String statement) throws Exception {
    try (Connection c = database.dataSource().getConnection()) {
      c.createStatement().executeUpdate(statement);
    }
  }

  /** A clock the test moves on. */
  private static final class SteppingClock extends Clock {
    private Instant now;

    SteppingClock(Instant start) {
      this.now = start;
    }

    void step(Duration by) {
      now = now.plus(by);
    }

    @Override
    public Instant instant() {
      return now;
    }

    @Override
    public ZoneOffset getZone() {
      return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(java.time.ZoneId zone) {
      return this;
    }
  }
}
