package dev.assay.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.FileInputStream;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads a snapshot directory. Files the normalizers do not understand are skipped and reported;
 * malformed JSON is an error naming the file.
 */
public final class SnapshotReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Set<String> knownOperations;

  /**
   * @param knownOperations {@code service.Operation} names some normalizer reads; others are
   *     skipped
   */
  public SnapshotReader(Set<String> knownOperations) {
    this.knownOperations = Set.copyOf(knownOperations);
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
    List<Entry> entries = new ArrayList<>();
    TreeSet<Scope> scopes = new TreeSet<>();
    List<String> skipped = new ArrayList<>();
    // Names are built from the directory names rather than by relativizing paths: path
    // arithmetic per file was a tenth of the reading time.
    for (String account : list(dir)) {
      Path accountDir = dir.resolve(account);
      if (!SnapshotLayout.ACCOUNT.matcher(account).matches() || !Files.isDirectory(accountDir)) {
        skipped.add(account + ": not an account directory (12 digits)");
        continue;
      }
      for (String region : list(accountDir)) {
        Path regionDir = accountDir.resolve(region);
        String regionName = account + "/" + region;
        if (!SnapshotLayout.REGION.matcher(region).matches() || !Files.isDirectory(regionDir)) {
          skipped.add(regionName + ": not a region directory");
          continue;
        }
        scopes.add(new Scope(account, region));
        for (String file : list(regionDir)) {
          Entry entry = entry(regionDir, regionName + "/" + file, file, account, region, skipped);
          if (entry != null) {
            entries.add(entry);
          }
        }
      }
    }
    if (scopes.isEmpty()) {
      throw new SnapshotException(
          "snapshot directory has no <accountId>/<region>/ folders: " + dir);
    }
    return new Snapshot(parse(entries, skipped), scopes, skipped);
  }

  /** A file to parse: where it is, its name in messages, and what its name says it holds. */
  private record Entry(
      Path file,
      String name,
      String account,
      String region,
      String service,
      String operation,
      String suffix) {}

  /**
   * Parses the files on every core, keeping snapshot order: parsing is most of the reading time and
   * each file stands alone. The first failure in snapshot order is the one reported, as when the
   * files were read one by one.
   */
  private static List<ApiCall> parse(List<Entry> entries, List<String> skipped) {
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

  /** The file to parse, or {@code null} (and a skip) when its name says no normalizer reads it. */
  private Entry entry(
      Path regionDir,
      String name,
      String fileName,
      String account,
      String region,
      List<String> skipped) {
    Matcher m = SnapshotLayout.FILE.matcher(fileName);
    if (!m.matches()) {
      skipped.add(name + ": not named <service>.<Operation>[_<suffix>].json");
      return null;
    }
    String service = m.group(1);
    String operation = m.group(2);
    if (!knownOperations.contains(service + "." + operation)) {
      skipped.add(name + ": no rule reads " + service + " " + operation);
      return null;
    }
    String suffix = m.group(3) == null ? "" : m.group(3);
    return new Entry(
        regionDir.resolve(fileName), name, account, region, service, operation, suffix);
  }

  /** The call a file holds, or the reason it is skipped. */
  private static Object parse(Entry e) {
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
  private static InputStream open(Path file) throws IOException {
    try {
      return new FileInputStream(file.toFile());
    } catch (FileNotFoundException e) {
      if (Files.exists(file) && !Files.isRegularFile(file)) {
        return null;
      }
      throw e;
    }
  }

  private static List<String> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      // Sorted as paths sort (by their bytes), so the snapshot order stays what it was.
      return entries.sorted().map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new SnapshotException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }
}
