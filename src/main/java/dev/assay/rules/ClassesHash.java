package dev.assay.rules;

import dev.assay.digest.ContentHash;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A content hash of the class files under some package folders of the code Assay runs from (its jar
 * or its classes directory): what a compiled rule base was compiled against. Computed once per
 * process; when the code cannot be read it is a value that never matches a cached entry.
 */
final class ClassesHash {

  private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

  private ClassesHash() {}

  static String of(String... folders) {
    return CACHE.computeIfAbsent(String.join(",", folders), k -> compute(folders));
  }

  private static String compute(String... folders) {
    Map<String, String> hashes = new TreeMap<>();
    try {
      Path code =
          Path.of(ClassesHash.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isDirectory(code)) {
        for (String folder : folders) {
          Path dir = code.resolve(folder);
          if (!Files.isDirectory(dir)) {
            continue;
          }
          try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
              hashes.put(
                  code.relativize(file).toString(), ContentHash.of(Files.readAllBytes(file)));
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(code.toFile())) {
          for (Enumeration<JarEntry> e = jar.entries(); e.hasMoreElements(); ) {
            JarEntry entry = e.nextElement();
            if (!entry.isDirectory() && under(entry.getName(), folders)) {
              try (InputStream in = jar.getInputStream(entry)) {
                hashes.put(entry.getName(), ContentHash.of(in.readAllBytes()));
              }
            }
          }
        }
      }
    } catch (IOException | URISyntaxException | RuntimeException e) {
      // Unknown code: a fresh value, so nothing cached is trusted.
      return "unreadable-" + System.nanoTime();
    }
    return ContentHash.ofFiles(hashes);
  }

  private static boolean under(String name, String... folders) {
    for (String folder : folders) {
      if (name.startsWith(folder)) {
        return true;
      }
    }
    return false;
  }
}
