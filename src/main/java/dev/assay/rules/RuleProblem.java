package dev.assay.rules;

/** One thing wrong with a rule base, located for the analyst who must fix it. */
public record RuleProblem(String file, int line, int column, String message) {

  public static RuleProblem of(String file, String message) {
    return new RuleProblem(file, 0, 0, message);
  }

  public static RuleProblem at(String file, int line, String message) {
    return new RuleProblem(file, line, 0, message);
  }

  /** {@code file:line:column: message}, leaving out what is unknown. */
  @Override
  public String toString() {
    StringBuilder where = new StringBuilder(file);
    if (line > 0) {
      where.append(':').append(line);
      if (column > 0) {
        where.append(':').append(column);
      }
    }
    return where + ": " + message;
  }
}
