package dev.assay.framework;

import java.util.List;

/** Problems found in one file, each written {@code <file>: <where>: <message>}. */
record Problems(String file, List<String> sink) {

  void add(String where, String message) {
    sink.add(file + (where == null || where.isEmpty() ? "" : ": " + where) + ": " + message);
  }

  int count() {
    return sink.size();
  }
}
