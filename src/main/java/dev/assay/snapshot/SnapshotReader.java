package dev.assay.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

/**
 * Reads a snapshot directory. Files the normalizers do not understand are skipped and reported;
 * malformed JSON is an error naming the file.
 */
public final class SnapshotReader {

  private static final ObjectMapper JSON =
      new ObjectMapper().setNodeFactory(SnapshotNodes.INSTANCE);

  private final SnapshotFiles files;

  /**
   * @param knownOperations {@code service.Operation} names some normalizer reads; others are
   *     skipped
   */
  public SnapshotReader(Set<String> knownOperations) {
    this.files = new SnapshotFiles(knownOperations);
  }

  /**
   * Reads a snapshot directory, or an AWS Config snapshot or configuration history file ({@code
   * .json} or {@code .json.gz}).
   */
  public Snapshot read(Path dir) {
    if (ConfigSnapshotReader.looksLikeConfigFile(dir)) {
      return ConfigSnapshotReader.read(dir);
    }
    if (!Files.isDirectory(dir)) {
      throw new SnapshotException("snapshot directory not found: " + dir);
    }
    SnapshotFiles.Listing listing = files.read(dir);
    if (listing.scopes().isEmpty()) {
      throw new SnapshotException(
          "snapshot directory has no <accountId>/<region>/ folders: " + dir);
    }
    List<String> skipped = new ArrayList<>(listing.skipped());
    return new Snapshot(parse(listing.files(), skipped), listing.scopes(), skipped);
  }

  /**
   * Parses the files on every core, keeping snapshot order: parsing is most of the reading time and
   * each file stands alone. The first failure in snapshot order is the one reported, as when the
   * files were read one by one.
   */
  private static List<ApiCall> parse(List<SnapshotFile> entries, List<String> skipped) {
    Object[] results = new Object[entries.size()];
    IntStream.range(0, entries.size())
        .parallel()
        .forEach(
            i -> {
              try {
                results[i] = parse(entries.get(i));
              } catch (SnapshotException e) {
                results[i] = e;
              }
            });
    List<ApiCall> calls = new ArrayList<>(results.length);
    for (Object result : results) {
      if (result instanceof SnapshotException e) {
        throw e;
      } else if (result instanceof ApiCall call) {
        calls.add(call);
      } else {
        skipped.add((String) result);
      }
    }
    return calls;
  }

  /** The call a file holds, or the reason it is skipped. */
  private static Object parse(SnapshotFile e) {
    JsonNode content;
    try (InputStream in = open(e.file())) {
      if (in == null) {
        return e.name() + ": not named <service>.<Operation>[_<suffix>].json";
      }
      content = JSON.readTree(in);
    } catch (JsonProcessingException ex) {
      throw new SnapshotException(
          e.name()
              + ": malformed JSON at line "
              + ex.getLocation().getLineNr()
              + ": "
              + ex.getOriginalMessage());
    } catch (IOException ex) {
      throw new SnapshotException(e.name() + ": cannot read: " + ex.getMessage(), ex);
    }
    return CallParser.parse(
        e.account(), e.region(), e.service(), e.operation(), e.suffix(), content, e.name());
  }

  /**
   * Opens a snapshot file, or {@code null} when the name is not a regular file (a directory named
   * like one). Checking the type only when opening fails saves a stat per file.
   */
  private static InputStream open(File file) throws IOException {
    try {
      return new FileInputStream(file);
    } catch (FileNotFoundException e) {
      if (file.exists() && !file.isFile()) {
        return null;
      }
      throw e;
    }
  }
}
