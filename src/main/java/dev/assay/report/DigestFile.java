package dev.assay.report;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Assay's report digest: {@code digest.txt} lists the SHA-256 and size of every other file of the
 * archive, after a header naming the report and the signing key; {@code digest.sig} holds the
 * signature over the exact bytes of {@code digest.txt}.
 *
 * <pre>
 * # Assay report digest ...
 * format: assay-report-digest/1
 * report-id: ...
 * signature-algorithm: Ed25519
 * key-id: sha256:0123456789abcdef
 * files: 3
 *
 * &lt;sha256&gt; &lt;size&gt; &lt;path&gt;
 * </pre>
 */
final class DigestFile {

  static final String NAME = "digest.txt";
  static final String SIGNATURE = "digest.sig";
  static final String FORMAT = "assay-report-digest/1";

  private static final Pattern LINE = Pattern.compile("([0-9a-f]{64}) ([0-9]{1,19}) (\\S.*)");

  /** One listed file. */
  record Listed(String path, String sha256, long size) {}

  /** A parsed digest. */
  record Parsed(Map<String, String> header, List<Listed> files) {}

  private DigestFile() {}

  static String header(Map<String, String> fields) {
    StringBuilder out =
        new StringBuilder(
            "# Assay report digest: the SHA-256 and size of every file in this archive except"
                + " digest.txt and digest.sig.\n# digest.sig signs this file's exact bytes.\n");
    fields.forEach((k, v) -> out.append(k).append(": ").append(v).append('\n'));
    return out.append('\n').toString();
  }

  /** Parses digest bytes; a line that is neither a header field nor a file entry is refused. */
  static Parsed parse(byte[] bytes) throws MalformedDigest {
    Map<String, String> header = new LinkedHashMap<>();
    List<Listed> files = new ArrayList<>();
    String text = new String(bytes, StandardCharsets.UTF_8);
    try (BufferedReader in = new BufferedReader(new StringReader(text))) {
      boolean body = false;
      int number = 0;
      for (String line; (line = in.readLine()) != null; ) {
        number++;
        if (line.startsWith("#")) {
          continue;
        }
        if (!body) {
          if (line.isEmpty()) {
            body = true;
          } else {
            int colon = line.indexOf(": ");
            if (colon < 1) {
              throw new MalformedDigest("line " + number + " is not a header field: " + clip(line));
            }
            header.put(line.substring(0, colon), line.substring(colon + 2));
          }
          continue;
        }
        var m = LINE.matcher(line);
        if (!m.matches()) {
          throw new MalformedDigest(
              "line " + number + " is not '<sha256> <size> <path>': " + clip(line));
        }
        files.add(new Listed(m.group(3), m.group(1), Long.parseLong(m.group(2))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NumberFormatException e) {
      throw new MalformedDigest("a size is not a number: " + e.getMessage());
    }
    if (!FORMAT.equals(header.get("format"))) {
      throw new MalformedDigest("format is " + header.get("format") + ", expected " + FORMAT);
    }
    return new Parsed(header, files);
  }

  private static String clip(String line) {
    return line.length() > 80 ? line.substring(0, 80) + "..." : line;
  }

  /** The digest cannot be read as Assay's format. */
  static final class MalformedDigest extends Exception {
    MalformedDigest(String message) {
      super(message);
    }
  }
}
