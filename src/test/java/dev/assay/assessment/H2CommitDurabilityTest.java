package dev.assay.assessment;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/**
 * A commit on the embedded default database is in the file when it returns, so an acknowledged
 * write survives a SIGKILL of the service. Checked without killing anything: a copy of the database
 * file taken right after a commit is byte for byte what a killed process leaves behind (its writes
 * are in the operating system, nothing else is), and opening that copy is the restart.
 *
 * <p>Each round is a restart after a crash: the previous round's crash image is opened, one row is
 * committed, a new crash image is taken. This is where H2 2.5.250/2.5.252 lost the commit: the
 * restarted store puts its first chunk in free space left by older chunks and writes a file header
 * that still names the chunk before it, so the next open never finds the new chunk. Space is reused
 * only from chunks older than RETENTION_TIME (45 s, so always after a real restart); 0 here makes
 * that happen at once.
 */
class H2CommitDurabilityTest {

  private static final int ROUNDS = 8;

  @TempDir Path dir;

  @Test
  void everyAcknowledgedCommitIsInTheFileAfterACrashAndRestart() throws Exception {
    String options = shippedH2Options() + ";RETENTION_TIME=0";
    Path image = dir.resolve("image0");
    try (Connection c = open(dir.resolve("first"), options);
        Statement s = c.createStatement()) {
      s.execute("CREATE TABLE evidence(id INT PRIMARY KEY, body VARCHAR(2000))");
      // Earlier work: rewritten rows leave chunks behind whose space a restart will reuse.
      for (int i = 0; i < 30; i++) {
        s.execute("MERGE INTO evidence VALUES(" + (i % 5) + ", REPEAT('x', 1500))");
      }
      crashImage(dir.resolve("first"), image);
    }
    List<Integer> lost = new ArrayList<>();
    for (int round = 1; round <= ROUNDS; round++) {
      Path next = dir.resolve("image" + round);
      try (Connection restarted = open(image, options)) {
        insert(restarted, 100 + round);
        crashImage(image, next);
      }
      // Check a copy, so the next round restarts from the untouched crash image.
      Path check = dir.resolve("check" + round);
      Files.copy(file(next), file(check));
      try (Connection c = open(check, options)) {
        if (!has(c, 100 + round)) {
          lost.add(round);
        }
      }
      image = next;
    }
    assertTrue(lost.isEmpty(), "acknowledged commits missing after crash and restart: " + lost);
  }

  @Test
  void theShippedUrlWritesEachCommitAtOnce() {
    // Without WRITE_DELAY=0, H2 writes commits in the background up to 0.5 s later.
    assertTrue(shippedH2Options().contains(";WRITE_DELAY=0"), shippedH2Options());
  }

  /** The options of datasources.default.url in application.yml (everything after the path). */
  @SuppressWarnings("unchecked")
  static String shippedH2Options() {
    try (InputStream in = H2CommitDurabilityTest.class.getResourceAsStream("/application.yml")) {
      Map<String, Object> yml = new Yaml().load(in);
      Map<String, Object> ds =
          (Map<String, Object>) ((Map<String, Object>) yml.get("datasources")).get("default");
      String url = (String) ds.get("url");
      assertTrue(url.startsWith("jdbc:h2:file:"), url);
      return url.substring(url.indexOf(';'));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Connection open(Path base, String options) throws SQLException {
    return DriverManager.getConnection("jdbc:h2:file:" + base.toAbsolutePath() + options, "sa", "");
  }

  /** The database file as a SIGKILL right now would leave it (the lock file is not needed). */
  private static void crashImage(Path base, Path copy) throws IOException {
    Files.copy(file(base), file(copy));
  }

  private static Path file(Path base) {
    return base.resolveSibling(base.getFileName() + ".mv.db");
  }

  private static void insert(Connection c, int id) throws SQLException {
    c.setAutoCommit(false);
    try (PreparedStatement ps = c.prepareStatement("INSERT INTO evidence VALUES(?, 'acked')")) {
      ps.setInt(1, id);
      ps.executeUpdate();
    }
    c.commit();
  }

  private static boolean has(Connection c, int id) throws SQLException {
    return count(c, "SELECT COUNT(*) FROM evidence WHERE id = " + id) == 1;
  }

  private static long count(Connection c, String sql) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }
}
