package dev.assay.assessment;

import dev.assay.assessment.store.Db;
import dev.assay.assessment.store.JsonText;
import dev.assay.assessment.store.Sql;
import dev.assay.reload.ServedVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule base and framework versions that served, kept in the store so results stay traceable to
 * their files across restarts. A version serves until the next row's {@code servedFrom}.
 */
public final class ServedVersions {

  private final Db db;

  ServedVersions(Db db) {
    this.db = db;
  }

  public void record(ServedVersion v) {
    db.tx(
        c ->
            Sql.update(
                c,
                "INSERT INTO rule_base_version (rule_base_version, frameworks_version, served_from,"
                    + " load_trigger, rule_files, framework_files) VALUES (?, ?, ?, ?, ?, ?)",
                v.ruleBaseVersion(),
                v.frameworksVersion(),
                v.servedFrom(),
                v.trigger(),
                JsonText.write(v.ruleFiles()),
                JsonText.write(v.frameworkFiles())));
  }

  /** Every recorded version, oldest first, each with when the next one replaced it. */
  public List<ServedVersion> all() {
    List<ServedVersion> rows =
        db.tx(
            c ->
                Sql.query(
                    c,
                    "SELECT * FROM rule_base_version ORDER BY served_from, id",
                    rs ->
                        new ServedVersion(
                            rs.getString("rule_base_version"),
                            rs.getString("frameworks_version"),
                            Sql.instant(rs, "served_from"),
                            null,
                            rs.getString("load_trigger"),
                            JsonText.map(rs.getString("rule_files")),
                            JsonText.map(rs.getString("framework_files")))));
    List<ServedVersion> versions = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      ServedVersion v = rows.get(i);
      versions.add(
          i + 1 < rows.size()
              ? new ServedVersion(
                  v.ruleBaseVersion(),
                  v.frameworksVersion(),
                  v.servedFrom(),
                  rows.get(i + 1).servedFrom(),
                  v.trigger(),
                  v.ruleFiles(),
                  v.frameworkFiles())
              : v);
    }
    return versions;
  }
}
