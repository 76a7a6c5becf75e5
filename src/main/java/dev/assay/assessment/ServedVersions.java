package dev.assay.assessment;

import dev.assay.assessment.store.Db;
import dev.assay.reload.ServedVersion;
import java.util.ArrayList;
import java.util.List;

/**
 * The rule base and framework versions that served, kept in the store so results stay traceable to
 * their files across restarts. A version serves until the next row's {@code servedFrom}.
 */
public final class ServedVersions {

  private final Db db;
  private final ServedVersionRepository rows;

  ServedVersions(Db db, ServedVersionRepository rows) {
    this.db = db;
    this.rows = rows;
  }

  public void record(ServedVersion v) {
    db.tx(c -> rows.save(ServedVersionRow.of(v)));
  }

  /** Every recorded version, oldest first, each with when the next one replaced it. */
  public List<ServedVersion> all() {
    List<ServedVersionRow> stored = db.tx(c -> rows.oldestFirst());
    List<ServedVersion> versions = new ArrayList<>();
    for (int i = 0; i < stored.size(); i++) {
      versions.add(
          stored.get(i).until(i + 1 < stored.size() ? stored.get(i + 1).servedFrom() : null));
    }
    return versions;
  }
}
