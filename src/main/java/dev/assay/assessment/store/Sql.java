package dev.assay.assessment.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Small JDBC helpers: positional parameters bound by type, instants as UTC {@code TIMESTAMP WITH
 * TIME ZONE}, rows mapped by a lambda. Portable across PostgreSQL and H2.
 */
public final class Sql {

  /** Maps the current row of a result set. */
  @FunctionalInterface
  public interface Row<T> {
    T map(ResultSet rs) throws SQLException;
  }

  private Sql() {}

  public static int update(Connection c, String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Runs one statement for each parameter row, as one JDBC batch. */
  public static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      int pending = 0;
      for (Object[] row : rows) {
        bind(ps, row);
        ps.addBatch();
        if (++pending == 500) {
          ps.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        ps.executeBatch();
      }
    }
  }

  public static <T> List<T> query(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    try (PreparedStatement ps = c.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        List<T> result = new ArrayList<>();
        while (rs.next()) {
          result.add(row.map(rs));
        }
        return result;
      }
    }
  }

  public static <T> Optional<T> one(Connection c, String sql, Row<T> row, Object... params)
      throws SQLException {
    List<T> rows = query(c, sql, row, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  public static long count(Connection c, String sql, Object... params) throws SQLException {
    return one(c, sql, rs -> rs.getLong(1), params).orElse(0L);
  }

  public static Instant instant(ResultSet rs, String column) throws SQLException {
    OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
    return value == null ? null : value.toInstant();
  }

  public static LocalDate date(ResultSet rs, String column) throws SQLException {
    return rs.getObject(column, LocalDate.class);
  }

  private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Instant instant) {
        ps.setObject(i + 1, OffsetDateTime.ofInstant(instant, ZoneOffset.UTC));
      } else if (p instanceof Enum<?> e) {
        ps.setString(i + 1, e.name());
      } else {
        // setObject(null) leaves the type to the server, which PostgreSQL needs for typed columns.
        ps.setObject(i + 1, p);
      }
    }
  }
}
