package dev.assay.assessment;

import org.junit.jupiter.api.BeforeEach;

/** The CLI on the embedded database in file mode, as {@code java -jar} uses it under ./data. */
class AssessmentCliTest extends AssessmentCliContract {

  private String url;

  @BeforeEach
  void fileDatabase() {
    url =
        "jdbc:h2:file:"
            + temp.resolve("data/assay").toAbsolutePath()
            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
  }

  @Override
  String dbUrl() {
    return url;
  }
}
