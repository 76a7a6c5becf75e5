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
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Reads a snapshot directory. Files the normalizers do not understand are skipped and reported;
 * malformed JSON is an error naming the file.
 */
public final class SnapshotReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  // The known operations by service: looking a file's up needs no string built.
  private final Map<String, Set<String>> knownByService;

  /**
   * @param knownOperations {@code service.Operation} names some normalizer reads; others are
   *     skipped
   */
  public SnapshotReader(Set<String> knownOperations) {
    this.knownByService = byService(knownOperations);
  }

  private static Map<String, Set<String>> byService(Set<String> operations) {
    Map<String, Set<String>> byService = new HashMap<>();
    for (String name : operations) {
      int dot = name.indexOf('.');
      if (dot >= 0) {
        byService
            .computeIfAbsent(name.substring(0, dot), k -> new HashSet<>())
            .add(name.substring(dot + 1));
      }
    }
    return byService;
  }

  private boolean known(String service, String operation) {
    Set<String> operations = knownByService.get(service);
    return operations != null && operations.contains(operation);
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
        File regionFolder = regionDir.toFile();
        for (String file : list(regionDir)) {
          Entry entry =
              entry(regionFolder, regionName + "/" + file, file, account, region, skipped);
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
      File file,
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
      File regionFolder,
      String name,
      String fileName,
      String account,
      String region,
      List<String> skipped) {
    SnapshotFileName parts = SnapshotFileName.parse(fileName);
    if (parts == null) {
      skipped.add(name + ": not named <service>.<Operation>[_<suffix>].json");
      return null;
    }
    String service = parts.service();
    String operation = parts.operation();
    if (!known(service, operation)) {
      skipped.add(name + ": no rule reads " + service + " " + operation);
      return null;
    }
    // A java.io.File, not a Path: resolving a Path and converting it back for the stream cost
    // more than opening the file.
    return new Entry(
        new File(regionFolder, fileName),
        name,
        account,
        region,
        service,
        operation,
        parts.suffix());
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

  /**
   * The names in a directory, sorted as paths sort (by their UTF-8 bytes, which is code point
   * order), so the snapshot order stays what it was. Names as strings: making, sorting and taking
   * apart a Path per file was a sixth of the reading time.
   */
  private static List<String> list(Path dir) {
    String[] names = dir.toFile().list();
    if (names == null) {
      return listReportingWhy(dir);
    }
    Arrays.sort(names, SnapshotReader::byCodePoints);
    return Arrays.asList(names);
  }

  /** Lists as before, for the message of the failure when the fast listing failed. */
  private static List<String> listReportingWhy(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().map(p -> p.getFileName().toString()).toList();
    } catch (IOException e) {
      throw new SnapshotException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static int byCodePoints(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      int ca = a.codePointAt(i);
      int cb = b.codePointAt(j);
      if (ca != cb) {
        return Integer.compare(ca, cb);
      }
      i += Character.charCount(ca);
      j += Character.charCount(cb);
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }
}
