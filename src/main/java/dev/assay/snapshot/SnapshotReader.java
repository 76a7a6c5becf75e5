package dev.assay.snapshot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
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
    List<ApiCall> calls = new ArrayList<>();
    TreeSet<Scope> scopes = new TreeSet<>();
    List<String> skipped = new ArrayList<>();
    for (Path accountDir : list(dir)) {
      String account = accountDir.getFileName().toString();
      if (!Files.isDirectory(accountDir) || !SnapshotLayout.ACCOUNT.matcher(account).matches()) {
        skipped.add(relative(dir, accountDir) + ": not an account directory (12 digits)");
        continue;
      }
      for (Path regionDir : list(accountDir)) {
        String region = regionDir.getFileName().toString();
        if (!Files.isDirectory(regionDir) || !SnapshotLayout.REGION.matcher(region).matches()) {
          skipped.add(relative(dir, regionDir) + ": not a region directory");
          continue;
        }
        scopes.add(new Scope(account, region));
        for (Path file : list(regionDir)) {
          readFile(dir, file, account, region, calls, skipped);
        }
      }
    }
    if (scopes.isEmpty()) {
      throw new SnapshotException(
          "snapshot directory has no <accountId>/<region>/ folders: " + dir);
    }
    return new Snapshot(calls, scopes, skipped);
  }

  private void readFile(
      Path root,
      Path file,
      String account,
      String region,
      List<ApiCall> calls,
      List<String> skipped) {
    String name = relative(root, file);
    Matcher m = SnapshotLayout.FILE.matcher(file.getFileName().toString());
    if (!Files.isRegularFile(file) || !m.matches()) {
      skipped.add(name + ": not named <service>.<Operation>[_<suffix>].json");
      return;
    }
    String service = m.group(1);
    String operation = m.group(2);
    if (!knownOperations.contains(service + "." + operation)) {
      skipped.add(name + ": no rule reads " + service + " " + operation);
      return;
    }
    JsonNode content;
    try {
      content = JSON.readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new SnapshotException(
          name
              + ": malformed JSON at line "
              + e.getLocation().getLineNr()
              + ": "
              + e.getOriginalMessage());
    } catch (IOException e) {
      throw new SnapshotException(name + ": cannot read: " + e.getMessage(), e);
    }
    String suffix = m.group(3) == null ? "" : m.group(3);
    calls.add(CallParser.parse(account, region, service, operation, suffix, content, name));
  }

  private static List<Path> list(Path dir) {
    try (Stream<Path> entries = Files.list(dir)) {
      return entries.sorted().toList();
    } catch (IOException e) {
      throw new SnapshotException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String relative(Path root, Path path) {
    return root.relativize(path).toString().replace('\\', '/');
  }
}
