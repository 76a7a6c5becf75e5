package dev.assay.assessment;

import dev.assay.assessment.store.StoreDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A fresh, migrated database for one test class: an H2 in-memory database, or a schema of its own
 * in the PostgreSQL that CI runs at 127.0.0.1:5432 (user postgres, trust auth, database test;
 * ASSAY_TEST_POSTGRES_URL overrides). PostgreSQL being unreachable fails the tests: it is never a
 * reason to skip them.
 */
public final class TestDatabase implements AutoCloseable {

  /** The databases the store runs on. */
  public enum Kind {
    H2,
    POSTGRES
  }

  public static final String POSTGRES_URL =
      System.getenv()
          .getOrDefault(
              "ASSAY_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test?user=postgres");

  private final Kind kind;
  private final String name;
  private final String url;
  private final StoreDatabase store;
  private final DataSource dataSource;

  private TestDatabase(Kind kind, String name, String url) {
    this.kind = kind;
    this.name = name;
    this.url = url;
    this.store = StoreDatabase.open(url, 4);
    this.dataSource = store.dataSource();
  }

  /**
   * Opens a new, empty database of the given kind in a store-only context (as the CLI's), which
   * migrates it.
   */
  public static TestDatabase open(Kind kind) {
    String name = "assay_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return new TestDatabase(kind, name, url(kind, name));
  }

  /** The JDBC URL of a new database (H2) or schema (PostgreSQL, created here) called name. */
  public static String url(Kind kind, String name) {
    if (kind == Kind.H2) {
      return "jdbc:h2:mem:"
          + name
          + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
          + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1";
    }
    try (Connection c = DriverManager.getConnection(POSTGRES_URL);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + name);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "PostgreSQL is not reachable at "
              + POSTGRES_URL
              + " (CI starts it; start it locally or set ASSAY_TEST_POSTGRES_URL): "
              + e.getMessage(),
          e);
    }
    return POSTGRES_URL + (POSTGRES_URL.contains("?") ? "&" : "?") + "currentSchema=" + name;
  }

  /** Drops a PostgreSQL schema made by {@link #url}; H2 in-memory databases need nothing. */
  /**
   * The URL of a PostgreSQL schema for a service under test, dropped when the JVM exits: a test
   * class's {@code @AfterAll} also drops it, but does not run when the context fails to start.
   */
  public static String postgresDroppedAtExit(String schema) {
    Runtime.getRuntime().addShutdownHook(new Thread(() -> drop(Kind.POSTGRES, schema)));
    return url(Kind.POSTGRES, schema);
  }

  public static void drop(Kind kind, String name) {
    if (kind != Kind.POSTGRES) {
      return;
    }
    try (Connection c = DriverManager.getConnection(POSTGRES_URL);
        Statement s = c.createStatement()) {
      s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
    } catch (SQLException e) {
      throw new IllegalStateException("cannot drop schema " + name + ": " + e.getMessage(), e);
    }
  }

  public DataSource dataSource() {
    return dataSource;
  }

  /** The database with Micronaut Data's transactions and repositories, for building stores. */
  public StoreDatabase store() {
    return store;
  }

  public String url() {
    return url;
  }

  public Kind kind() {
    return kind;
  }

  /** Runs one statement outside the store, as someone tampering with the database would. */
  public int execute(String sql) {
    try (Connection c = dataSource.getConnection();
        Statement s = c.createStatement()) {
      return s.executeUpdate(sql);
    } catch (SQLException e) {
      throw new IllegalStateException(sql + ": " + e.getMessage(), e);
    }
  }

  @Override
  public void close() {
    if (kind == Kind.H2) {
      execute("DROP ALL OBJECTS");
    }
    store.close();
    drop(kind, name);
  }

  @Override
  public String toString() {
    return kind.name().toLowerCase(Locale.ROOT);
  }
}
