package dev.assay.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Refuses DRL that reaches outside the rule engine. Rules only look at facts and insert violations
 * and evidence requests, so a rule file has no business with files, the network, processes,
 * threads, reflection, class loading or scripting; DRL is compiled to Java that runs in the
 * service, so such code would run with the service's rights. Checked on the text, before compiling,
 * with comments and string literals blanked out (a reason may say "System"), so the check covers
 * imports, conditions, consequences and {@code function} bodies alike.
 */
public final class DrlDenylist {

  /** Packages no import or qualified name may name. */
  private static final Pattern PACKAGE =
      Pattern.compile(
          "\\b(java\\s*\\.\\s*(io|nio|net|sql|rmi|lang\\s*\\.\\s*(reflect|invoke|management)"
              + "|util\\s*\\.\\s*(concurrent|logging|prefs|jar|zip|spi))"
              + "|javax\\s*\\.\\s*(script|naming|management|sql|net|tools|xml)"
              + "|sun|com\\s*\\.\\s*sun|jdk|org\\s*\\.\\s*(kie|drools|mvel2)\\s*\\.\\s*(api\\s*\\.\\s*)?(builder|io|internal|compiler|core\\s*\\.\\s*util)"
              + "|io\\s*\\.\\s*micronaut|software\\s*\\.\\s*amazon)\\s*\\.");

  /** Classes whose every use is refused (imported or not: java.lang needs no import). */
  private static final Pattern CLASS =
      Pattern.compile(
          "\\b(Runtime|ProcessBuilder|ProcessHandle|Process|System|Thread|ThreadGroup"
              + "|ThreadLocal|InheritableThreadLocal|ClassLoader|URLClassLoader|SecurityManager"
              + "|Class|Compiler|ModuleLayer|StackWalker|Files|Paths|File|FileInputStream"
              + "|FileOutputStream|FileReader|FileWriter|RandomAccessFile|Socket|ServerSocket"
              + "|DatagramSocket|URL|URLConnection|HttpURLConnection|HttpClient|InetAddress"
              + "|ScriptEngineManager|ScriptEngine|Unsafe|MethodHandles|Executors|ExecutorService"
              + "|ForkJoinPool|CompletableFuture|Timer|ObjectInputStream|ObjectOutputStream"
              + "|MVEL|InitialContext)\\b");

  /** Methods that reflect, load code, start things or end the process, on any receiver. */
  private static final Pattern METHOD =
      Pattern.compile(
          "\\.\\s*(getClass|getDeclaredMethods?|getDeclaredFields?|getDeclaredConstructors?"
              + "|getMethods?|getFields?|getConstructors?|setAccessible|newInstance|forName"
              + "|getClassLoader|invoke|exec|exit|halt|loadLibrary|getRuntime|getKieRuntime"
              + "|getKieBase|getChannels|getEnv|getProperties|getProperty|setProperty)\\s*\\(");

  private DrlDenylist() {}

  /** Every refused use in one DRL file, with its line. */
  public static List<RuleProblem> check(String file, String drl) {
    String code = blankCommentsAndStrings(drl);
    List<RuleProblem> problems = new ArrayList<>();
    find(file, code, PACKAGE, "the package %s is not allowed in rules", problems);
    find(file, code, CLASS, "%s is not allowed in rules", problems);
    find(file, code, METHOD, "calling %s(...) is not allowed in rules", problems);
    problems.sort(java.util.Comparator.comparingInt(RuleProblem::line));
    return problems;
  }

  private static void find(
      String file, String code, Pattern pattern, String what, List<RuleProblem> problems) {
    Matcher m = pattern.matcher(code);
    while (m.find()) {
      String name = m.group(1).replaceAll("\\s+", "");
      problems.add(
          RuleProblem.at(
              file,
              line(code, m.start()),
              String.format(what, name)
                  + ": rules only match facts and insert Violation or EvidenceRequest; no file,"
                  + " network, process, thread, reflection or class-loading access"));
    }
  }

  private static int line(String text, int offset) {
    int line = 1;
    for (int i = 0; i < offset; i++) {
      if (text.charAt(i) == '\n') {
        line++;
      }
    }
    return line;
  }

  /**
   * The text with comments and string and character literals replaced by spaces, newlines kept, so
   * offsets still give the right line.
   */
  static String blankCommentsAndStrings(String drl) {
    StringBuilder out = new StringBuilder(drl.length());
    int i = 0;
    int n = drl.length();
    while (i < n) {
      char c = drl.charAt(i);
      char next = i + 1 < n ? drl.charAt(i + 1) : 0;
      if (c == '/' && next == '/' || c == '#' && lineStart(drl, i)) {
        while (i < n && drl.charAt(i) != '\n') {
          out.append(' ');
          i++;
        }
      } else if (c == '/' && next == '*') {
        int end = drl.indexOf("*/", i + 2);
        int stop = end < 0 ? n : end + 2;
        blank(drl, i, stop, out);
        i = stop;
      } else if (c == '"' || c == '\'') {
        int j = i + 1;
        while (j < n && drl.charAt(j) != c && drl.charAt(j) != '\n') {
          j += drl.charAt(j) == '\\' ? 2 : 1;
        }
        int stop = Math.min(n, j + 1);
        blank(drl, i, stop, out);
        i = stop;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static boolean lineStart(String text, int i) {
    for (int j = i - 1; j >= 0 && text.charAt(j) != '\n'; j--) {
      if (!Character.isWhitespace(text.charAt(j))) {
        return false;
      }
    }
    return true;
  }

  private static void blank(String text, int from, int to, StringBuilder out) {
    for (int k = from; k < to; k++) {
      out.append(text.charAt(k) == '\n' ? '\n' : ' ');
    }
  }
}
