package dev.assay.snapshot;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The files of a snapshot directory, in snapshot order (account, region, file name), with the
 * scopes they cover and what is skipped: folders and files not named as the layout says, operations
 * no normalizer reads.
 */
final class SnapshotFiles {

  /** What a listing found. */
  record Listing(SortedSet<Scope> scopes, List<SnapshotFile> files, List<String> skipped) {}

  // The known operations by service: looking a file's up needs no string built.
  private final Map<String, Set<String>> knownByService;

  SnapshotFiles(Set<String> knownOperations) {
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

  /** Lists a snapshot directory (known to exist); failures to list a folder are errors. */
  Listing read(Path dir) {
    TreeSet<Scope> scopes = new TreeSet<>();
    List<String> skipped = new ArrayList<>();
    List<Folder> folders = new ArrayList<>();
    // Names are built from the directory names rather than by relativizing paths: path
    // arithmetic per file was a tenth of the reading time.
    accounts:
    for (String account : list(dir)) {
      Path accountDir = dir.resolve(account);
      if (!SnapshotLayout.ACCOUNT.matcher(account).matches() || !Files.isDirectory(accountDir)) {
        skipped.add(account + ": not an account directory (12 digits)");
        continue;
      }
      List<String> regions;
      try {
        regions = list(accountDir);
      } catch (SnapshotException e) {
        // Reported after the failures of the folders listed before it, as in a listing in order.
        folders.add(new Folder(null, null, null, e));
        break accounts;
      }
      for (String region : regions) {
        Path regionDir = accountDir.resolve(region);
        if (!SnapshotLayout.REGION.matcher(region).matches() || !Files.isDirectory(regionDir)) {
          skipped.add(account + "/" + region + ": not a region directory");
          continue;
        }
        scopes.add(new Scope(account, region));
        folders.add(new Folder(account, region, regionDir, null));
      }
    }
    return new Listing(scopes, files(folders, skipped), skipped);
  }

  /** A region folder to list, or the failure to list the account folder it would be in. */
  private record Folder(String account, String region, Path dir, SnapshotException failure) {}

  /** The files of one region folder to parse, and those skipped. */
  private record Listed(List<SnapshotFile> entries, List<String> skipped) {}

  /**
   * The files of every region folder, listed on every core: listing and taking names apart was a
   * third of the reading time while it ran on one. The first failure in snapshot order is the one
   * reported, as when the folders were listed one by one.
   */
  private List<SnapshotFile> files(List<Folder> folders, List<String> skipped) {
    List<Object> listed =
        folders.parallelStream()
            .map(
                folder -> {
                  try {
                    return folder.failure() != null ? folder.failure() : list(folder);
                  } catch (SnapshotException e) {
                    return e;
                  }
                })
            .toList();
    List<SnapshotFile> entries = new ArrayList<>();
    for (Object result : listed) {
      if (result instanceof SnapshotException e) {
        throw e;
      }
      entries.addAll(((Listed) result).entries());
      skipped.addAll(((Listed) result).skipped());
    }
    return entries;
  }

  private Listed list(Folder folder) {
    List<SnapshotFile> entries = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    String regionName = folder.account() + "/" + folder.region();
    File regionFolder = folder.dir().toFile();
    for (String file : list(folder.dir())) {
      SnapshotFile entry =
          entry(
              regionFolder,
              regionName + "/" + file,
              file,
              folder.account(),
              folder.region(),
              skipped);
      if (entry != null) {
        entries.add(entry);
      }
    }
    return new Listed(entries, skipped);
  }

  /** The file to parse, or {@code null} (and a skip) when its name says no normalizer reads it. */
  private SnapshotFile entry(
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
    return new SnapshotFile(
        new File(regionFolder, fileName),
        name,
        account,
        region,
        service,
        operation,
        parts.suffix());
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
    Arrays.sort(names, SnapshotFiles::byCodePoints);
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
    int common = Math.min(a.length(), b.length());
    for (int i = 0; i < common; i++) {
      char ca = a.charAt(i);
      char cb = b.charAt(i);
      if (ca != cb) {
        if (!Character.isSurrogate(ca) && !Character.isSurrogate(cb)) {
          return ca - cb;
        }
        // Characters beyond U+FFFF sort by code point, after U+E000..U+FFFF: compare whole
        // code points, from the start of a pair split here.
        int at = i > 0 && Character.isHighSurrogate(a.charAt(i - 1)) ? i - 1 : i;
        return Integer.compare(a.codePointAt(at), b.codePointAt(at));
      }
    }
    return a.length() - b.length();
  }
}
