package dev.assay.assessment.store;

import io.micronaut.data.connection.exceptions.ConnectionException;
import io.micronaut.data.exceptions.DataAccessException;
import io.micronaut.transaction.TransactionOperations;
import io.micronaut.transaction.exceptions.TransactionException;
import java.sql.Connection;
import java.sql.SQLException;

/**
 * The assessment store's way into the database: every unit of work runs in one transaction of
 * Micronaut Data's transaction manager, committed when it returns and rolled back when it throws,
 * so nothing is ever half-written. Repositories ({@code @JdbcRepository}) called inside the work
 * join the same transaction, on the same connection, so work spanning several repositories and
 * hand-written SQL commits or rolls back as one. A unit of work started inside another joins it.
 */
public final class Db {

  /** Work on the transaction's connection. */
  @FunctionalInterface
  public interface Work<T> {
    T run(Connection connection) throws SQLException;
  }

  private final TransactionOperations<Connection> transactions;

  public Db(TransactionOperations<Connection> transactions) {
    this.transactions = transactions;
  }

  public <T> T tx(Work<T> work) {
    RuntimeException[] failed = new RuntimeException[1];
    try {
      return transactions.executeWrite(
          status -> {
            try {
              return work.run(status.getConnection());
            } catch (SQLException e) {
              throw failed[0] = new Failed(e);
            } catch (RuntimeException e) {
              throw failed[0] = e;
            }
          });
    } catch (RuntimeException e) {
      throw translate(firstFailure(failed[0], e));
    }
  }

  /**
   * The work's own failure. When the database dropped the connection, putting the connection back
   * (rollback, auto-commit restored) fails too, and the transaction manager throws that instead; it
   * must not replace the failure that says why (a lost connection is what makes the API answer
   * 503), and the pool discards such a connection anyway.
   */
  private static RuntimeException firstFailure(RuntimeException work, RuntimeException thrown) {
    if (work == null || work == thrown) {
      return thrown;
    }
    work.addSuppressed(thrown);
    return work;
  }

  private static RuntimeException translate(RuntimeException e) {
    if (e instanceof Failed f) {
      return new StoreException("database error: " + f.getCause().getMessage(), f.getCause());
    }
    if (e instanceof DataAccessException
        || e instanceof TransactionException
        || e instanceof ConnectionException
        || e instanceof io.micronaut.transaction.jdbc.exceptions.CannotGetJdbcConnectionException
        || e
            instanceof
            io.micronaut.data.connection.jdbc.exceptions.CannotGetJdbcConnectionException) {
      // A repository's statement failed, or no connection (database down, pool exhausted), or the
      // commit or rollback failed: the database's fault, whose SQLException stays the cause so
      // StoreException.unavailable() can tell an outage (503) from a refused statement.
      return new StoreException("database error: " + e.getMessage(), e);
    }
    return e;
  }

  /** Carries an SQLException through the transaction callback, which takes no checked ones. */
  private static final class Failed extends RuntimeException {
    Failed(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
