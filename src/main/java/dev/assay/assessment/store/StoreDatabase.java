package dev.assay.assessment.store;

import io.micronaut.context.ApplicationContext;
import io.micronaut.context.BeanContext;
import io.micronaut.context.env.Environment;
import io.micronaut.data.connection.jdbc.advice.DelegatingDataSource;
import io.micronaut.transaction.TransactionOperations;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.util.HashMap;
import java.util.Map;
import javax.sql.DataSource;

/**
 * The store's database as Micronaut Data sees it: the data source, the transaction manager ({@link
 * Db}) and the {@code @JdbcRepository} beans. The service injects it; the CLI and the storage tests
 * {@link #open} one in an application context of its own that starts the data source, Flyway and
 * the repositories but neither the HTTP server nor the rule engine: the beans made at startup for
 * the service (engine, rule watcher, served versions, re-evaluation runner, signing key, bootstrap
 * key, interrupted-run recovery) require another environment than {@link #ENVIRONMENT}.
 */
@Singleton
public final class StoreDatabase implements AutoCloseable {

  /** The environment of a context that only opens the store. */
  public static final String ENVIRONMENT = "assay-store";

  private final BeanContext beans;
  private final DataSource dataSource;
  private final Db db;
  private ApplicationContext owned;

  @Inject
  public StoreDatabase(
      BeanContext beans, DataSource dataSource, TransactionOperations<Connection> transactions) {
    this.beans = beans;
    // Micronaut Data hands out the data source bean wrapped so that getConnection() returns the
    // current transaction's connection (and fails outside one). Code here that takes a connection
    // of its own (paged report reads, tests tampering with rows) wants the pool itself.
    this.dataSource = DelegatingDataSource.unwrapDataSource(dataSource);
    this.db = new Db(transactions);
  }

  /**
   * Starts a store-only context on the configured database: application.yml and the environment as
   * the service reads them, with {@code properties} on top (a {@code datasources.default.url} of
   * the caller's, say). The schema is migrated by Flyway as it starts. Close it to close the pool.
   */
  public static StoreDatabase open(Map<String, Object> properties) {
    Map<String, Object> p = new HashMap<>(properties);
    p.putIfAbsent("flyway.datasources.default.enabled", true);
    // Only the service schedules collections and retention, and watches the rule files.
    p.put("assay.assessments.schedule-enabled", false);
    p.put("assay.reload.enabled", false);
    ApplicationContext context =
        ApplicationContext.builder().environments(ENVIRONMENT).properties(p).build();
    try {
      context.start();
      StoreDatabase store = context.getBean(StoreDatabase.class);
      store.owned = context;
      return store;
    } catch (RuntimeException e) {
      context.close();
      throw e;
    }
  }

  /** A store-only context on the database at {@code url}, with a pool of poolSize connections. */
  public static StoreDatabase open(String url, int poolSize) {
    return open(
        Map.of("datasources.default.url", url, "datasources.default.maximum-pool-size", poolSize));
  }

  public Db db() {
    return db;
  }

  /** The connection pool, for connections outside the store's transactions. */
  public DataSource dataSource() {
    return dataSource;
  }

  /** A {@code @JdbcRepository} of this database. */
  public <T> T repository(Class<T> type) {
    return beans.getBean(type);
  }

  /** The configuration the store was opened with (the CLI reads its settings from it). */
  public Environment environment() {
    return beans instanceof ApplicationContext c ? c.getEnvironment() : owned.getEnvironment();
  }

  /** Closes the context {@link #open} started (its pool with it); the service's is left alone. */
  @Override
  public void close() {
    if (owned != null) {
      owned.close();
    }
  }
}
