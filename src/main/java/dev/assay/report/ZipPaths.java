package dev.assay.report;

/** Which entry names of an uploaded zip could climb out of the folder it is extracted to. */
final class ZipPaths {

  private ZipPaths() {}

  /** Why the name is unsafe, or {@code null} when it stays inside the archive's folder. */
  static String unsafe(String name) {
    if (name.isEmpty()) {
      return "an empty name";
    }
    if (name.indexOf('\0') >= 0) {
      return "a NUL character";
    }
    if (name.startsWith("/") || name.startsWith("\\")) {
      return "an absolute path";
    }
    if (name.length() > 1 && name.charAt(1) == ':') {
      return "a drive letter";
    }
    if (name.contains("\\")) {
      return "a backslash";
    }
    for (String segment : name.split("/")) {
      if (segment.equals("..")) {
        return "a '..' segment that climbs out of the archive";
      }
    }
    return null;
  }
}
