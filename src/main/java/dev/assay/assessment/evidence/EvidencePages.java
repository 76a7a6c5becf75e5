package dev.assay.assessment.evidence;

import dev.assay.assessment.store.Sql;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads an assessment's evidence a page at a time, for work that must not hold every item in memory
 * (reports of tens of thousands of items): items in chain order by keyset paging on {@code seq},
 * and stored content one item at a time as a character stream.
 */
public final class EvidencePages {

  /** Receives one item; its stored content (if any) can be read through {@code content}. */
  @FunctionalInterface
  public interface ItemSink {
    void accept(EvidenceItem item, ContentReader content) throws IOException;
  }

  /** Opens the stored content (response JSON or text answer) of an item. */
  @FunctionalInterface
  public interface ContentReader {
    /** The content as characters, or {@code null} when none is stored (a file item). */
    Reader open() throws IOException;
  }

  private static final int PAGE = 200;

  // Hand JDBC stays here: the filters of an EvidenceQuery are built per request (a @Query has a
  // fixed text), and an item's content is handed to the sink as a character stream read from the
  // open result set, which a repository (it maps rows to objects, a body to a whole String) cannot
  // do without holding each body in memory.

  private EvidencePages() {}

  /** Items matching the query per control, in no particular order. */
  public static Map<String, Long> countByControl(
      Connection c, String assessmentId, EvidenceQuery query) throws SQLException {
    List<Object> params = new ArrayList<>(List.of(assessmentId));
    String where = query.where(params);
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Object[] row :
        Sql.query(
            c,
            "SELECT control_id, COUNT(*) FROM evidence WHERE assessment_id = ?"
                + where
                + " GROUP BY control_id",
            rs -> new Object[] {rs.getString(1), rs.getLong(2)},
            params.toArray())) {
      counts.put((String) row[0], (Long) row[1]);
    }
    return counts;
  }

  /**
   * Hands every item of one control matching the query to the sink, in chain order. At most one
   * page of items (without content) is in memory at a time.
   */
  public static void forEach(
      Connection c, String assessmentId, String controlId, EvidenceQuery query, ItemSink sink)
      throws SQLException, IOException {
    List<Object> params = new ArrayList<>(List.of(assessmentId, controlId));
    String where = query.where(params);
    String sql =
        "SELECT * FROM evidence WHERE assessment_id = ? AND control_id = ?"
            + where
            + " AND seq > ? ORDER BY seq LIMIT "
            + PAGE;
    try (PreparedStatement body =
        c.prepareStatement("SELECT body FROM evidence_content WHERE sha256 = ?")) {
      long after = 0;
      while (true) {
        List<Object> pageParams = new ArrayList<>(params);
        pageParams.add(after);
        List<EvidenceItem> page = Sql.query(c, sql, EvidenceLedger::item, pageParams.toArray());
        for (EvidenceItem item : page) {
          sink.accept(item, () -> openBody(body, item));
          after = item.seq();
        }
        if (page.size() < PAGE) {
          return;
        }
      }
    }
  }

  private static Reader openBody(PreparedStatement body, EvidenceItem item) throws IOException {
    if (item.type() == EvidenceType.MANUAL_FILE) {
      return null;
    }
    try {
      body.setString(1, item.contentSha256());
      ResultSet rs = body.executeQuery();
      if (!rs.next()) {
        rs.close();
        return null;
      }
      // The reader stays valid until the next query on this statement, which happens only after
      // the sink returned; the result set is closed with the statement.
      return rs.getCharacterStream(1);
    } catch (SQLException e) {
      throw new UncheckedIOException(new IOException("cannot read evidence " + item.id(), e));
    }
  }
}
