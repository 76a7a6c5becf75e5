package dev.assay.cli;

import dev.assay.assessment.AssessmentSettings;
import dev.assay.assessment.AssessmentStore;
import dev.assay.assessment.AwsSettings;
import dev.assay.assessment.CollectingSnapshotSource;
import dev.assay.assessment.EvidenceStorageSettings;
import dev.assay.assessment.store.StoreDatabase;
import dev.assay.evaluation.AssayEngine;
import io.micronaut.context.env.Environment;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;

/**
 * Options of the commands that work on the assessment store, and the store itself. The CLI opens
 * the same database as the service: it reads the same configuration (application.yml,
 * DATASOURCES_DEFAULT_URL and the other environment variables) and migrates it with the same Flyway
 * scripts, in a store-only context ({@link StoreDatabase#open}): the data source, Flyway and the
 * repositories, but no HTTP beans and no engine, so commands that only read or upload never compile
 * the rule base.
 */
public class StoreOptions {

  @Mixin EngineOptions engine;

  @Option(
      names = "--db",
      paramLabel = "JDBC_URL",
      description = "Database (default: the service's: ./data/assay, or DATASOURCES_DEFAULT_URL).")
  String db;

  @Option(
      names = "--by",
      paramLabel = "USER",
      defaultValue = "${sys:user.name}",
      description = "Who acts, for the change log (default: ${DEFAULT-VALUE}).")
  String by;

  /** An open store; closing it closes the store-only context and its database pool. */
  static final class Session implements AutoCloseable {
    private final StoreDatabase database;
    final AssessmentStore store;

    private Session(StoreDatabase database, AssessmentStore store) {
      this.database = database;
      this.store = store;
    }

    /** The store's database, for what lives beside assessments (API keys). */
    StoreDatabase database() {
      return database;
    }

    @Override
    public void close() {
      database.close();
    }
  }

  /** What a command does with the open store; returns its exit code. */
  @FunctionalInterface
  interface Work {
    int run(Session session, PrintWriter out) throws Exception;
  }

  /**
   * Opens the store, does the work and closes the store again; a store that cannot be opened or an
   * assessment error becomes one line on stderr and its exit code ({@link StoreErrors}).
   */
  int run(CommandSpec spec, Work work) throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    return StoreErrors.run(
        spec.commandLine().getErr(),
        () -> {
          try (Session session = open()) {
            return work.run(session, out);
          }
        });
  }

  Session open() {
    Map<String, Object> properties = new HashMap<>();
    if (db != null) {
      properties.put("datasources.default.url", db);
    }
    properties.put("datasources.default.maximum-pool-size", 2);
    properties.put("datasources.default.pool-name", "assay-cli");
    StoreDatabase database = StoreDatabase.open(properties);
    try {
      Environment env = database.environment();
      AssessmentSettings settings = settings(env);
      return new Session(
          database,
          new AssessmentStore(
              database,
              memoized(engine::load),
              settings,
              storage(env),
              new CollectingSnapshotSource(settings, AwsSettings.from(env)),
              Clock.systemUTC()));
    } catch (RuntimeException e) {
      database.close();
      throw e;
    }
  }

  private static AssessmentSettings settings(Environment env) {
    AssessmentSettings d = AssessmentSettings.defaults(Path.of("data"));
    String p = "assay.assessments.";
    return new AssessmentSettings(
        env.getProperty(p + "blob-dir", Path.class).orElse(d.blobDir()),
        env.getProperty(p + "snapshot-dir", Path.class).orElse(d.snapshotDir()),
        false,
        false,
        d.scheduleCron(),
        env.getProperty(p + "max-active-assessments", Integer.class)
            .orElse(d.maxActiveAssessments()),
        env.getProperty(p + "max-upload-bytes", Long.class).orElse(d.maxUploadBytes()),
        env.getProperty(p + "max-uploads-per-control-per-day", Integer.class)
            .orElse(d.maxUploadsPerControlPerDay()),
        env.getProperty(p + "aws-endpoint-url", String.class).orElse(null),
        env.getProperty(p + "aws-role-name", String.class).orElse(null));
  }

  /** The blob store and retention keys, read as the service reads them. */
  private static EvidenceStorageSettings storage(Environment env) {
    EvidenceStorageSettings d = EvidenceStorageSettings.DEFAULTS;
    String p = "assay.assessments.";
    return new EvidenceStorageSettings(
        env.getProperty(p + "blob-store", String.class).orElse(d.blobStore()),
        env.getProperty(p + "s3-bucket", String.class).orElse(null),
        env.getProperty(p + "s3-prefix", String.class).orElse(d.s3Prefix()),
        env.getProperty(p + "s3-region", String.class).orElse(d.s3Region()),
        env.getProperty(p + "s3-endpoint-url", String.class).orElse(null),
        env.getProperty(p + "retention", String.class).orElse(d.retention()));
  }

  private static Supplier<AssayEngine> memoized(Supplier<AssayEngine> load) {
    return new Supplier<>() {
      private AssayEngine engine;

      @Override
      public synchronized AssayEngine get() {
        if (engine == null) {
          engine = load.get();
        }
        return engine;
      }
    };
  }
}
