package dev.assay.snapshot;

/**
 * A file name of the snapshot layout, {@code <service>.<Operation>[_<suffix>].json}, taken apart by
 * hand: the same names {@link SnapshotLayout#FILE} matches, with the same groups, but matching that
 * pattern was a tenth of reading a snapshot of small files, and it runs on one thread.
 */
record SnapshotFileName(String service, String operation, String suffix) {

  private static final String EXTENSION = ".json";

  /** The parts of {@code name}, or {@code null} when it is not named as the layout says. */
  static SnapshotFileName parse(String name) {
    int dot = name.indexOf('.');
    if (dot <= 0 || !isServiceStart(name.charAt(0))) {
      return null;
    }
    for (int i = 1; i < dot; i++) {
      if (!isServiceStart(name.charAt(i)) && name.charAt(i) != '-') {
        return null;
      }
    }
    int start = dot + 1;
    if (start >= name.length() || !isUpper(name.charAt(start))) {
      return null;
    }
    // The operation is the longest run of letters and digits: none of the characters that may
    // follow it ('_' or '.') can be part of it, so the pattern could not backtrack into it.
    int end = start + 1;
    while (end < name.length() && isAlphanumeric(name.charAt(end))) {
      end++;
    }
    String rest = name.substring(end);
    if (rest.equals(EXTENSION)) {
      return new SnapshotFileName(name.substring(0, dot), name.substring(start, end), "");
    }
    if (!rest.startsWith("_") || !rest.endsWith(EXTENSION)) {
      return null;
    }
    String suffix = rest.substring(1, rest.length() - EXTENSION.length());
    if (suffix.isEmpty() || suffix.indexOf('/') >= 0 || suffix.indexOf('\\') >= 0) {
      return null;
    }
    return new SnapshotFileName(name.substring(0, dot), name.substring(start, end), suffix);
  }

  private static boolean isServiceStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }

  private static boolean isAlphanumeric(char c) {
    return isUpper(c) || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
