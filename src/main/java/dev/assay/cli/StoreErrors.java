package dev.assay.cli;

import dev.assay.assessment.AssessmentException;
import dev.assay.assessment.store.StoreException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** Runs a store command: a refused request is a one-line message and exit 2, as Cli does. */
final class StoreErrors {

  private StoreErrors() {}

  static int run(PrintWriter err, Callable<Integer> command) throws Exception {
    try {
      return command.call();
    } catch (AssessmentException | StoreException | dev.assay.auth.ApiKeyException e) {
      return fail(err, e.getMessage());
    } catch (com.zaxxer.hikari.pool.HikariPool.PoolInitializationException
        | org.flywaydb.core.api.FlywayException e) {
      return fail(err, "cannot open the assessment store: " + e.getMessage());
    }
  }

  private static int fail(PrintWriter err, String message) {
    err.println("assay: " + message);
    err.flush();
    return Cli.USAGE;
  }
}
