package dev.assay.rules;

import dev.assay.digest.ContentHash;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compiled rule bases kept on disk, keyed by the content of the rule files and of the classes the
 * rules see, so a service that starts on rules it has compiled before skips the compiler: reading
 * the packages back and building the network cost about a third of the CPU of compiling them (600
 * ms against 1.8 s of the loading thread, 1.4 s against 4.8 s of the process with the JIT). What is
 * cached is exactly what the compiler produced; the catalogue checks and the canary still run on
 * it, so "ready" keeps meaning compiled and validated.
 *
 * <p>The directory is {@code -Dassay.rules.compiled-cache=<dir>} ({@code off} disables it), {@code
 * ~/.cache/assay/rule-bases} by default, created owner-only: the files are Java serialisation, read
 * back only through an allow-list of Drools, MVEL, JDK and Assay classes. Anything unreadable or
 * stale is dropped and compiled again.
 */
final class CompiledRuleCache {

  private static final Logger LOG = LoggerFactory.getLogger(CompiledRuleCache.class);
  private static final String PROPERTY = "assay.rules.compiled-cache";
  private static final byte[] MAGIC = "assay-rule-base-1\n".getBytes(StandardCharsets.US_ASCII);

  /** Only what compiled packages hold; a planted file naming any other class is refused. */
  private static final ObjectInputFilter ALLOWED =
      ObjectInputFilter.Config.createFilter(
          "maxdepth=200;java.**;org.drools.**;org.kie.**;org.mvel2.**;dev.assay.**;!*");

  static final int KEPT = 8;

  private final Path dir;

  CompiledRuleCache(Path dir) {
    this.dir = dir;
  }

  /** The cache this process uses, or empty when switched off. */
  static Optional<CompiledRuleCache> configured() {
    String setting = System.getProperty(PROPERTY, "").trim();
    if (setting.equalsIgnoreCase("off")) {
      return Optional.empty();
    }
    Path dir =
        setting.isEmpty()
            ? Path.of(System.getProperty("user.home"), ".cache", "assay", "rule-bases")
            : Path.of(setting);
    return Optional.of(new CompiledRuleCache(dir));
  }

  /**
   * The cached rule base for these sources, or the one {@code compile} gives (stored when it is not
   * null: a failed compile is never cached).
   */
  KieBase loadOrCompile(Map<Domain, String> sources, Supplier<KieBase> compile) {
    String key = key(sources);
    Path file = dir.resolve(key + ".bin");
    Optional<KieBase> cached = read(file, key);
    if (cached.isPresent()) {
      return cached.get();
    }
    KieBase compiled = compile.get();
    if (compiled != null) {
      write(file, key, compiled);
    }
    return compiled;
  }

  /**
   * Names what the compiled form depends on: every rule file, the fact and rule classes the DRL
   * imports (a changed record must not meet consequences compiled against the old one), the Drools
   * and Java versions.
   */
  static String key(Map<Domain, String> sources) {
    Map<String, String> parts = new TreeMap<>();
    sources.forEach((domain, source) -> parts.put(domain.drlFile(), ContentHash.of(source)));
    parts.put("classes", ClassesHash.of("dev/assay/fact/", "dev/assay/rules/"));
    parts.put("drools", String.valueOf(KieBase.class.getPackage().getImplementationVersion()));
    parts.put("java", Runtime.version().toString());
    return ContentHash.ofFiles(parts).replace("sha256:", "");
  }

  private Optional<KieBase> read(Path file, String key) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      byte[] bytes = Files.readAllBytes(file);
      byte[] header = header(key);
      if (!startsWith(bytes, header)) {
        throw new IOException("not a cached rule base for this key");
      }
      List<KiePackage> packages = new ArrayList<>();
      try (ObjectInputStream in =
          new DroolsObjectInputStream(
              new ByteArrayInputStream(bytes, header.length, bytes.length - header.length),
              CompiledRuleCache.class.getClassLoader())) {
        in.setObjectInputFilter(ALLOWED);
        for (Object each : (List<?>) in.readObject()) {
          packages.add((KiePackage) each);
        }
      }
      InternalKnowledgeBase kieBase = KnowledgeBaseFactory.newKnowledgeBase();
      kieBase.addPackages(packages);
      return Optional.of(kieBase);
    } catch (Exception | LinkageError e) {
      // A cache is never a reason not to start: drop the entry and compile.
      LOG.warn(
          "Compiled rule base {} unusable ({}); compiling the rules instead", file, e.toString());
      try {
        Files.deleteIfExists(file);
      } catch (IOException ignored) {
        // Compiling writes it again.
      }
      return Optional.empty();
    }
  }

  private void write(Path file, String key, KieBase kieBase) {
    try {
      createOwnerOnly(dir);
      ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 20);
      bytes.write(header(key));
      try (ObjectOutputStream out = new DroolsObjectOutputStream(bytes)) {
        out.writeObject(new ArrayList<>(kieBase.getKiePackages()));
      }
      // Written aside and moved in, so another process never reads half a file.
      Path partial = Files.createTempFile(dir, key, ".part");
      Files.write(partial, bytes.toByteArray());
      try {
        Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING);
      }
      prune();
    } catch (IOException | RuntimeException e) {
      LOG.warn("Could not cache the compiled rule base in {}: {}", dir, e.toString());
    }
  }

  /**
   * Keeps the newest {@link #KEPT} entries: every edited rule file (a reload, a fuzz test) makes a
   * new one, and old versions are rarely loaded again.
   */
  private void prune() throws IOException {
    List<Path> entries;
    try (Stream<Path> files = Files.list(dir)) {
      entries =
          files
              .filter(f -> f.getFileName().toString().endsWith(".bin"))
              .sorted(Comparator.comparing(CompiledRuleCache::modified).reversed())
              .toList();
    }
    for (Path old : entries.subList(Math.min(KEPT, entries.size()), entries.size())) {
      Files.deleteIfExists(old);
    }
  }

  private static FileTime modified(Path file) {
    try {
      return Files.getLastModifiedTime(file);
    } catch (IOException gone) {
      return FileTime.fromMillis(0);
    }
  }

  private static void createOwnerOnly(Path dir) throws IOException {
    if (Files.isDirectory(dir)) {
      return;
    }
    Files.createDirectories(dir.getParent());
    try {
      Files.createDirectory(
          dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
    } catch (UnsupportedOperationException notPosix) {
      Files.createDirectories(dir);
    } catch (java.nio.file.FileAlreadyExistsException raced) {
      // Another process made it.
    }
  }

  private static byte[] header(String key) {
    byte[] k = (key + "\n").getBytes(StandardCharsets.US_ASCII);
    byte[] h = new byte[MAGIC.length + k.length];
    System.arraycopy(MAGIC, 0, h, 0, MAGIC.length);
    System.arraycopy(k, 0, h, MAGIC.length, k.length);
    return h;
  }

  private static boolean startsWith(byte[] bytes, byte[] prefix) {
    if (bytes.length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return true;
  }
}
