package dev.assay.snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * A small secret detector for scripts (notebook lifecycle configurations): which kinds of
 * credentials appear in clear text. It reports kinds only, never the matched text, so no secret
 * reaches facts, findings or reports.
 *
 * <p>Values that are read at run time ({@code password=$(aws secretsmanager ...)}, {@code
 * token="${TOKEN}"}) are not secrets in the script and do not match.
 */
public final class SecretScanner {

  /** A literal value: not a shell expansion, at least 6 characters. */
  private static final String LITERAL =
      "['\"]?(?![$`{<%])[^\\s'\"`;&|()\\[\\]{}<>]{6,}(?=[\\s'\";&|,)}]|$)";

  private static final Map<String, Pattern> KINDS = new LinkedHashMap<>();

  static {
    KINDS.put("aws-access-key-id", Pattern.compile("\\b(?:AKIA|ASIA)[0-9A-Z]{16}\\b"));
    KINDS.put(
        "aws-secret-access-key",
        Pattern.compile("(?im)aws_?secret_?access_?key['\"]?\\s*[=:]\\s*" + LITERAL));
    KINDS.put(
        "password",
        Pattern.compile("(?im)\\b[a-z0-9_]*(?:password|passwd|pwd)['\"]?\\s*[=:]\\s*" + LITERAL));
    KINDS.put(
        "token",
        Pattern.compile(
            "(?im)\\b[a-z0-9_]*(?:token|api[_-]?key|secret(?!_?access_?key))['\"]?\\s*[=:]\\s*"
                + LITERAL
                + "|\\b(?:gh[pousr]_[A-Za-z0-9]{36}|hf_[A-Za-z0-9]{30,}|xox[abpr]-[A-Za-z0-9-]{10,}"
                + "|sk-[A-Za-z0-9_-]{20,})\\b"));
    KINDS.put("private-key", Pattern.compile("-----BEGIN (?:[A-Z]+ )?PRIVATE KEY( BLOCK)?-----"));
    KINDS.put(
        "connection-string",
        Pattern.compile(
            "(?i)\\b(?:postgres(?:ql)?|mysql|mariadb|mongodb(?:\\+srv)?|redis|rediss|amqps?|mssql"
                + "|sqlserver|oracle|jdbc:[a-z]+)://[^\\s:/@'\"]+:(?![$`{])[^\\s@/'\"]+@"));
  }

  private SecretScanner() {}

  /** The kinds of secrets found in {@code text}, sorted; empty when none. */
  public static List<String> kinds(String text) {
    TreeSet<String> found = new TreeSet<>();
    if (text != null) {
      KINDS.forEach(
          (kind, pattern) -> {
            if (pattern.matcher(text).find()) {
              found.add(kind);
            }
          });
    }
    return List.copyOf(found);
  }
}
