package dev.assay.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;
import java.util.stream.Stream;

/**
 * What "the store is consistent" means, checked in SQL beside the service: every run finished
 * (SUCCEEDED or FAILED), nothing but a successful run has results or evidence, the chain head
 * matches the last item, and every stored blob is the content of some evidence item (a cut-off
 * upload never sits under a hash).
 */
final class StoreInvariants {

  private final String jdbcUrl;

  StoreInvariants(String jdbcUrl) {
    this.jdbcUrl = jdbcUrl;
  }

  void check(String assessmentId, Path blobDir) {
    try (Connection c = connect()) {
      assertEquals(
          0,
          count(
              c, "SELECT COUNT(*) FROM assessment_run WHERE status NOT IN ('SUCCEEDED','FAILED')"),
          "runs neither SUCCEEDED nor FAILED");
      for (String table : new String[] {"run_finding", "run_control_result", "run_task"}) {
        assertEquals(
            0,
            count(
                c,
                "SELECT COUNT(*) FROM "
                    + table
                    + " x JOIN assessment_run r ON r.id = x.run_id WHERE r.status <> 'SUCCEEDED'"),
            table + " rows of runs that did not succeed");
      }
      assertEquals(
          0,
          count(
              c,
              "SELECT COUNT(*) FROM evidence e JOIN assessment_run r ON r.id = e.run_id"
                  + " WHERE r.status <> 'SUCCEEDED'"),
          "evidence of runs that did not succeed");
      assertEquals(
          count(c, "SELECT COALESCE(SUM(evidence_added), 0) FROM assessment_run"),
          count(c, "SELECT COUNT(*) FROM evidence WHERE run_id IS NOT NULL"),
          "collected evidence items against the runs' counts");
      assertEquals(
          count(c, "SELECT evidence_count FROM assessment WHERE id = ?", assessmentId),
          count(c, "SELECT COUNT(*) FROM evidence WHERE assessment_id = ?", assessmentId),
          "the chain head's count against the items");
      assertEquals(
          text(c, "SELECT evidence_head FROM assessment WHERE id = ?", assessmentId),
          text(
              c,
              "SELECT item_hash FROM evidence WHERE assessment_id = ? ORDER BY seq DESC LIMIT 1",
              assessmentId),
          "the chain head's hash against the last item");
      Set<String> contents = new HashSet<>();
      try (PreparedStatement ps = c.prepareStatement("SELECT content_sha256 FROM evidence");
          ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          contents.add(rs.getString(1));
        }
      }
      for (Path blob : blobs(blobDir)) {
        assertTrue(
            contents.contains(blob.getFileName().toString()),
            "blob " + blob + " is no evidence item's content");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  private Connection connect() throws SQLException {
    // The service's H2 user (application.yml); PostgreSQL URLs name theirs.
    return jdbcUrl.startsWith("jdbc:h2:")
        ? DriverManager.getConnection(jdbcUrl, "sa", "")
        : DriverManager.getConnection(jdbcUrl);
  }

  long evidenceCount(String assessmentId) {
    try (Connection c = connect()) {
      return count(c, "SELECT COUNT(*) FROM evidence WHERE assessment_id = ?", assessmentId);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Files stored under a hash: {@code <dir>/<xx>/<sha256>} (temporary uploads sit in dir). */
  private static Set<Path> blobs(Path dir) {
    if (!Files.isDirectory(dir)) {
      return Set.of();
    }
    try (Stream<Path> files = Files.walk(dir, 2)) {
      return files
          .filter(Files::isRegularFile)
          .filter(p -> !p.getParent().equals(dir))
          .collect(java.util.stream.Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static long count(Connection c, String sql, Object... params) throws SQLException {
    String v = text(c, sql, params);
    return v == null ? 0 : Long.parseLong(v);
  }

  private static String text(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setObject(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }
}
