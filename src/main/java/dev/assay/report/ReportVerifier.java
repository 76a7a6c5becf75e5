package dev.assay.report;

import dev.assay.report.ReportVerification.Problem;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Checks a report zip without extracting it: every entry is hashed as it is read, compared with the
 * signed digest, and the signature is checked with the trusted key. Each problem is named; entries
 * whose names would escape a folder are reported and never written anywhere.
 */
public final class ReportVerifier {

  private static final int MAX_DIGEST_BYTES = 64 << 20;

  /** Hash and size of one entry as read. */
  private record Seen(String sha256, long size) {}

  private ReportVerifier() {}

  /**
   * @param trusted the key to check the signature with; {@code null} to use the archive's own
   *     public-key.pem
   * @param trustedSource how the caller got {@code trusted} ({@code given}, {@code configured})
   * @throws ReportException of kind UNUSABLE when the file is not a readable zip
   */
  public static ReportVerification verify(Path zipFile, SigningKey trusted, String trustedSource) {
    List<Problem> problems = new ArrayList<>();
    Map<String, Seen> seen = new LinkedHashMap<>();
    Set<String> unreadable = new HashSet<>();
    Map<String, byte[]> special = new HashMap<>();
    Set<String> names = new HashSet<>();
    try (ZipFile zip = new ZipFile(zipFile.toFile(), StandardCharsets.UTF_8)) {
      Enumeration<? extends ZipEntry> entries = zip.entries();
      while (entries.hasMoreElements()) {
        ZipEntry entry = entries.nextElement();
        String name = entry.getName();
        String unsafe = ZipPaths.unsafe(name);
        if (unsafe != null) {
          problems.add(
              new Problem("unsafe-path", name, name + " has " + unsafe + "; it was not extracted"));
          continue;
        }
        if (entry.isDirectory()) {
          continue;
        }
        if (!names.add(name)) {
          problems.add(new Problem("duplicate", name, name + " appears more than once"));
          continue;
        }
        try (InputStream in = zip.getInputStream(entry)) {
          if (name.equals(DigestFile.NAME) || name.equals(DigestFile.SIGNATURE)) {
            special.put(name, in.readNBytes(MAX_DIGEST_BYTES));
          } else if (name.equals(ReportBuilder.PUBLIC_KEY)) {
            // Kept to check the signature with when no key is given; listed like any file.
            byte[] pem = in.readNBytes(64 * 1024);
            special.put(name, pem);
            seen.put(name, hash(new java.io.ByteArrayInputStream(pem)));
          } else {
            seen.put(name, hash(in));
          }
        } catch (ZipException | java.io.EOFException e) {
          unreadable.add(name);
          problems.add(
              new Problem(
                  "changed",
                  name,
                  name + " cannot be read (corrupt data: " + e.getMessage() + ")"));
        }
      }
    } catch (ZipException e) {
      throw unusable(zipFile + " is not a zip archive (" + e.getMessage() + ")");
    } catch (IOException e) {
      throw unusable("cannot read " + zipFile + ": " + e.getMessage());
    }
    return check(trusted, trustedSource, problems, seen, unreadable, special);
  }

  private static ReportVerification check(
      SigningKey trusted,
      String trustedSource,
      List<Problem> problems,
      Map<String, Seen> seen,
      Set<String> unreadable,
      Map<String, byte[]> special) {
    byte[] digestBytes = special.get(DigestFile.NAME);
    if (digestBytes == null) {
      problems.add(new Problem("missing", DigestFile.NAME, "missing file digest.txt"));
      return result(null, trusted, trusted == null ? "embedded" : trustedSource, seen, problems);
    }
    DigestFile.Parsed digest;
    try {
      digest = DigestFile.parse(digestBytes);
    } catch (DigestFile.MalformedDigest e) {
      problems.add(
          new Problem("malformed-digest", DigestFile.NAME, "malformed digest: " + e.getMessage()));
      return result(null, trusted, trusted == null ? "embedded" : trustedSource, seen, problems);
    }
    Set<String> listed = new HashSet<>();
    for (DigestFile.Listed file : digest.files()) {
      listed.add(file.path());
      Seen actual = seen.get(file.path());
      if (actual == null) {
        if (!unreadable.contains(file.path())) {
          problems.add(new Problem("missing", file.path(), "missing file " + file.path()));
        }
      } else if (!actual.sha256().equals(file.sha256()) || actual.size() != file.size()) {
        problems.add(
            new Problem(
                "changed",
                file.path(),
                "changed file "
                    + file.path()
                    + ": SHA-256 "
                    + actual.sha256()
                    + " ("
                    + actual.size()
                    + " bytes), the digest says "
                    + file.sha256()
                    + " ("
                    + file.size()
                    + " bytes)"));
      }
    }
    for (String path : seen.keySet()) {
      if (!listed.contains(path)) {
        problems.add(new Problem("added", path, "added file " + path + " (not in the digest)"));
      }
    }
    SigningKey used =
        SignatureCheck.check(
            digest,
            digestBytes,
            special.get(DigestFile.SIGNATURE),
            trusted,
            special.get(ReportBuilder.PUBLIC_KEY),
            problems);
    return result(digest, used, trusted == null ? "embedded" : trustedSource, seen, problems);
  }

  private static ReportVerification result(
      DigestFile.Parsed digest,
      SigningKey trusted,
      String trustedSource,
      Map<String, Seen> seen,
      List<Problem> problems) {
    Map<String, String> h = digest == null ? Map.of() : digest.header();
    return new ReportVerification(
        problems.isEmpty(),
        h.get("report-id"),
        h.get("assessment-id"),
        h.get("key-id"),
        trusted == null ? null : trusted.keyId(),
        trustedSource,
        seen.size(),
        List.copyOf(problems));
  }

  private static Seen hash(InputStream in) throws IOException {
    MessageDigest digest = HashedZip.sha256();
    byte[] buffer = new byte[64 * 1024];
    long size = 0;
    for (int n; (n = in.read(buffer)) > 0; ) {
      digest.update(buffer, 0, n);
      size += n;
    }
    return new Seen(java.util.HexFormat.of().formatHex(digest.digest()), size);
  }

  private static ReportException unusable(String message) {
    return new ReportException(ReportException.Kind.UNUSABLE, "not-a-report", message);
  }
}
