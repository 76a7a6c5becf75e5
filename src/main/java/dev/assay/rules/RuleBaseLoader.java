package dev.assay.rules;

import dev.assay.digest.ContentHash;
import dev.assay.fact.RuleParameters;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieContainer;

/**
 * Compiles {@code rules/*.drl} at runtime (classic DRL mode) and checks the rule base is complete:
 * one file per domain with the domain's package, metadata for every rule and nothing else. Problems
 * come back all at once, each as file:line: message.
 */
public final class RuleBaseLoader {

  private static final Pattern PACKAGE =
      Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?\\s*$", Pattern.MULTILINE);
  private static final AtomicLong BUILDS = new AtomicLong();

  /** Shared by every compile, so that each one after the first finds its names remembered. */
  private static final ClassLoader COMPILER_CLASSES =
      new LookupCachingClassLoader(RuleBaseLoader.class.getClassLoader());

  /** Whether this JVM has compiled DRL, so the compiler's code is loaded and JIT-compiled. */
  private static volatile boolean compilerWarm;

  public RuleBase load(Path dir) {
    return load(dir, CompiledRuleCache.configured());
  }

  /** As {@link #load(Path)}, with a given compiled-rule cache (or none). */
  RuleBase load(Path dir, Optional<CompiledRuleCache> cache) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<Domain, String> sources = readDomainFiles(dir, problems);
    if (!problems.isEmpty()) {
      throw new RuleBaseException(problems);
    }
    // Rules compiled before (same files, same fact classes) are read back instead of compiled.
    // Not Optional.map: a failed compile returns null, which map would turn into a second compile
    // (and every problem reported twice).
    KieBase kieBase =
        cache.isPresent()
            ? cache.get().loadOrCompile(sources, () -> compile(sources, problems))
            : compile(sources, problems);
    if (!problems.isEmpty()) {
      throw new RuleBaseException(problems);
    }
    Map<String, RuleInfo> rules = RuleCatalogue.describe(dir, kieBase, sources, problems);
    if (!problems.isEmpty()) {
      throw new RuleBaseException(problems);
    }
    RuleParameters parameters = ParametersFile.read(dir, problems);
    if (!problems.isEmpty()) {
      throw new RuleBaseException(problems);
    }
    Map<String, String> fileHashes = new TreeMap<>();
    try {
      Path parametersFile = dir.resolve(ParametersFile.NAME);
      if (Files.isRegularFile(parametersFile)) {
        fileHashes.put(ParametersFile.NAME, ContentHash.of(Files.readString(parametersFile)));
      }
      for (Domain domain : Domain.values()) {
        fileHashes.put(domain.drlFile(), ContentHash.of(sources.get(domain)));
        fileHashes.put(
            domain.metaFile(), ContentHash.of(Files.readString(dir.resolve(domain.metaFile()))));
      }
    } catch (IOException e) {
      throw new RuleBaseException(List.of(RuleProblem.of(dir.toString(), e.getMessage())));
    }
    return new RuleBase(ContentHash.ofFiles(fileHashes), kieBase, rules, fileHashes, parameters);
  }

  /**
   * Whether DRL has been compiled in this JVM. A service that started from {@link
   * CompiledRuleCache} has not: its first reload would pay for loading and JIT-compiling the
   * compiler (seconds) unless {@link #warmUpCompiler} ran first.
   */
  public static boolean compilerWarm() {
    return compilerWarm;
  }

  /**
   * Compiles the rules in {@code dir} and drops the result, bypassing the cache: run in the
   * background after a start from the cache, so a rule edit later reloads as fast as it did when
   * every start compiled.
   */
  public static void warmUpCompiler(Path dir) {
    List<RuleProblem> problems = new ArrayList<>();
    Map<Domain, String> sources = readDomainFiles(dir, problems);
    if (problems.isEmpty()) {
      compile(sources, problems);
    }
  }

  static Map<Domain, String> readDomainFiles(Path dir, List<RuleProblem> problems) {
    Map<Domain, String> sources = new EnumMap<>(Domain.class);
    if (!Files.isDirectory(dir)) {
      problems.add(RuleProblem.of(dir.toString(), "rules directory not found"));
      return sources;
    }
    try (Stream<Path> entries = Files.list(dir)) {
      for (Path file : entries.sorted().toList()) {
        String name = file.getFileName().toString();
        if (name.endsWith(".drl") && Domain.parse(name.substring(0, name.length() - 4)).isEmpty()) {
          problems.add(
              RuleProblem.of(name, "not a domain rule file; expected one of " + expected()));
        } else if (name.endsWith(".meta.yaml")
            && Domain.parse(name.substring(0, name.length() - 10)).isEmpty()) {
          problems.add(
              RuleProblem.of(name, "metadata file for no domain; expected <domain>.meta.yaml"));
        }
      }
      for (Domain domain : Domain.values()) {
        Path drl = dir.resolve(domain.drlFile());
        if (!Files.isRegularFile(drl)) {
          problems.add(
              RuleProblem.of(domain.drlFile(), "missing: every domain needs its rule file"));
          continue;
        }
        if (!Files.isRegularFile(dir.resolve(domain.metaFile()))) {
          problems.add(
              RuleProblem.of(domain.metaFile(), "missing: rule metadata for " + domain.drlFile()));
        }
        String source = Files.readString(drl, StandardCharsets.UTF_8);
        checkPackage(domain, source, problems);
        problems.addAll(DrlDenylist.check(domain.drlFile(), source));
        sources.put(domain, source);
      }
    } catch (IOException e) {
      problems.add(RuleProblem.of(dir.toString(), "cannot read: " + e.getMessage()));
    }
    return sources;
  }

  private static void checkPackage(Domain domain, String source, List<RuleProblem> problems) {
    Matcher m = PACKAGE.matcher(source);
    if (!m.find()) {
      problems.add(
          RuleProblem.at(domain.drlFile(), 1, "missing \"package " + domain.drlPackage() + ";\""));
    } else if (!m.group(1).equals(domain.drlPackage())) {
      int line = lineOf(source, m.start(1));
      problems.add(
          RuleProblem.at(
              domain.drlFile(),
              line,
              "package must be " + domain.drlPackage() + ", not " + m.group(1)));
    }
  }

  private static KieBase compile(Map<Domain, String> sources, List<RuleProblem> problems) {
    KieServices ks = KieServices.Factory.get();
    KieFileSystem kfs = ks.newKieFileSystem();
    // A fresh version per build, removed from the process-wide repository below, so reloads
    // do not pile up modules.
    ReleaseId releaseId = ks.newReleaseId("dev.assay", "rules", "1.0." + BUILDS.incrementAndGet());
    kfs.generateAndWritePomXML(releaseId);
    Map<String, String> pathToFile = new TreeMap<>();
    sources.forEach(
        (domain, source) -> {
          String path =
              "src/main/resources/"
                  + domain.drlPackage().replace('.', '/')
                  + "/"
                  + domain.drlFile();
          pathToFile.put(path, domain.drlFile());
          kfs.write(path, source);
        });
    KieBuilder builder;
    try {
      builder = ks.newKieBuilder(kfs, COMPILER_CLASSES).buildAll();
    } catch (RuntimeException e) {
      // Some DRL mistakes (an unknown operator, say) escape the builder as exceptions instead of
      // messages; they are still the analyst's error, not ours.
      ks.getRepository().removeKieModule(releaseId);
      problems.add(
          RuleProblem.of(
              String.join(", ", pathToFile.values()), "does not compile: " + rootMessage(e)));
      return null;
    }
    for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
      String file = pathToFile.getOrDefault(message.getPath(), fileOf(message.getPath()));
      problems.add(
          new RuleProblem(file, message.getLine(), message.getColumn(), clean(message.getText())));
    }
    if (!problems.isEmpty()) {
      ks.getRepository().removeKieModule(releaseId);
      return null;
    }
    try {
      KieContainer container = ks.newKieContainer(releaseId, COMPILER_CLASSES);
      compilerWarm = true;
      return container.getKieBase();
    } finally {
      ks.getRepository().removeKieModule(releaseId);
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return clean(root.getMessage() == null ? root.toString() : root.getMessage());
  }

  private static String fileOf(String path) {
    if (path == null) {
      return "rules";
    }
    int slash = path.lastIndexOf('/');
    return slash < 0 ? path : path.substring(slash + 1);
  }

  private static String clean(String text) {
    return text == null ? "" : text.strip().replaceAll("\\s+", " ");
  }

  static int lineOf(String source, int offset) {
    int line = 1;
    for (int i = 0; i < offset && i < source.length(); i++) {
      if (source.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  private static String expected() {
    List<String> names = new ArrayList<>();
    for (Domain domain : Domain.values()) {
      names.add(domain.drlFile());
    }
    return String.join(", ", names);
  }
}
