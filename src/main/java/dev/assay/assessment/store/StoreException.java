package dev.assay.assessment.store;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;

/** The database failed (unreachable, constraint broken): a server error, not the caller's. */
public class StoreException extends RuntimeException {
  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Whether the database could not be reached (no connection from the pool in time, a connection
   * refused or broken) rather than refusing a statement: worth retrying later, as is.
   */
  public boolean unavailable() {
    for (Throwable t = getCause(); t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof SQLNonTransientConnectionException
          || t instanceof SQLRecoverableException
          || t instanceof java.net.ConnectException) {
        return true;
      }
      // SQLSTATE class 08 is "connection exception"; 57P01-03: PostgreSQL shutting down.
      if (t instanceof SQLException sql && sql.getSQLState() != null) {
        String state = sql.getSQLState();
        if (state.startsWith("08") || state.startsWith("57P")) {
          return true;
        }
      }
    }
    return false;
  }
}
