package dev.assay.report;

import dev.assay.assessment.evidence.EvidenceItem;
import dev.assay.assessment.evidence.EvidencePages;
import dev.assay.assessment.evidence.EvidenceType;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds one report zip in a work directory: evidence files streamed from the store into the zip
 * (hashed on the way and checked against the hash the chain recorded), the summary documents
 * written beside it as the evidence goes by, then added, then the digest of every file and its
 * signature. The result is a complete file the caller moves to its destination; on any failure
 * nothing is left behind.
 */
final class ReportBuilder {

  /** Where evidence comes from: a control's items in order, and the stored file of a file item. */
  interface EvidenceSource {
    void forEach(String controlId, EvidencePages.ItemSink sink) throws IOException;

    Path file(EvidenceItem item);
  }

  /** A finished zip in the work directory. */
  record Built(
      Path zip, long files, long evidenceItems, long size, String sha256, String digestSha256) {}

  static final String README = "README.txt";
  static final String PUBLIC_KEY = "public-key.pem";

  private ReportBuilder() {}

  static Built build(ReportOutline outline, EvidenceSource evidence, SigningKey key, Path workDir)
      throws IOException {
    Files.createDirectories(workDir);
    Path dir = Files.createTempDirectory(workDir, "report-" + outline.reportId() + "-");
    boolean done = false;
    try {
      Built built = write(outline, evidence, key, dir);
      done = true;
      return built;
    } finally {
      if (!done) {
        deleteTree(dir);
      }
    }
  }

  private static Built write(
      ReportOutline outline, EvidenceSource evidence, SigningKey key, Path dir) throws IOException {
    Path zipFile = dir.resolve("report.zip");
    MessageDigest zipHash = HashedZip.sha256();
    long items = 0;
    String digestSha;
    long files;
    try (OutputStream raw =
            new DigestOutputStream(
                new BufferedOutputStream(Files.newOutputStream(zipFile), 1 << 16), zipHash);
        HashedZip zip = new HashedZip(raw, dir.resolve("listing.txt"));
        HtmlSummary html = new HtmlSummary(dir.resolve(HtmlSummary.NAME));
        PdfSummary pdf = new PdfSummary(dir.resolve(PdfSummary.NAME));
        JsonReport json = new JsonReport(dir.resolve(JsonReport.NAME))) {
      List<ReportSection> sections = List.of(html, pdf, json);
      zip.put(README, ReadmeText.of(outline).getBytes(StandardCharsets.UTF_8));
      for (ReportSection s : sections) {
        s.begin(outline);
      }
      for (ReportOutline.SetOutline set : outline.controlSets()) {
        for (ReportOutline.ControlOutline control : set.controls()) {
          for (ReportSection s : sections) {
            s.control(set, control);
          }
          long[] count = {0};
          evidence.forEach(
              control.id(),
              (item, content) -> {
                HashedZip.Written file = writeItem(zip, item, content, evidence);
                for (ReportSection s : sections) {
                  s.evidence(item, file);
                }
                count[0]++;
              });
          if (count[0] != control.evidenceCount()) {
            throw new IllegalStateException(
                "control "
                    + control.id()
                    + " had "
                    + control.evidenceCount()
                    + " items when counted and "
                    + count[0]
                    + " when read");
          }
          items += count[0];
          for (ReportSection s : sections) {
            s.endControl();
          }
        }
      }
      for (ReportSection s : sections) {
        s.end();
      }
      zip.put(HtmlSummary.NAME, dir.resolve(HtmlSummary.NAME));
      zip.put(PdfSummary.NAME, dir.resolve(PdfSummary.NAME));
      zip.put(JsonReport.NAME, dir.resolve(JsonReport.NAME));
      zip.put(PUBLIC_KEY, key.publicPem().getBytes(StandardCharsets.UTF_8));
      files = zip.entries();
      zip.finishListing();
      byte[] digest = digest(outline, key, files, dir.resolve("listing.txt"));
      digestSha = HexFormat.of().formatHex(HashedZip.sha256().digest(digest));
      zip.putUnlisted(DigestFile.NAME, digest);
      zip.putUnlisted(DigestFile.SIGNATURE, signature(key, digest));
    }
    return new Built(
        zipFile,
        files,
        items,
        Files.size(zipFile),
        HexFormat.of().formatHex(zipHash.digest()),
        digestSha);
  }

  private static HashedZip.Written writeItem(
      HashedZip zip, EvidenceItem item, EvidencePages.ContentReader content, EvidenceSource source)
      throws IOException {
    String path = EvidencePaths.of(item);
    HashedZip.Written written;
    if (item.type() == EvidenceType.MANUAL_FILE) {
      try (InputStream in = Files.newInputStream(source.file(item))) {
        written = zip.put(path, in);
      } catch (NoSuchFileException e) {
        throw changed(item, "its file is missing from the blob store");
      }
    } else {
      try (Reader body = content.open()) {
        if (body == null) {
          throw changed(item, "its stored content is missing");
        }
        HashedZip.Entry entry = zip.entry(path);
        Writer text = new OutputStreamWriter(entry, StandardCharsets.UTF_8);
        body.transferTo(text);
        text.close();
        written = entry.written();
      }
    }
    if (!written.sha256().equals(item.contentSha256())) {
      throw changed(item, "its content no longer has the SHA-256 the evidence chain recorded");
    }
    return written;
  }

  private static ReportException changed(EvidenceItem item, String why) {
    return new ReportException(
        ReportException.Kind.CONFLICT,
        "evidence-changed",
        "evidence item " + item.seq() + " (" + item.id() + ") cannot go into a report: " + why);
  }

  private static byte[] digest(ReportOutline o, SigningKey key, long files, Path listing)
      throws IOException {
    Map<String, String> header = new LinkedHashMap<>();
    header.put("format", DigestFile.FORMAT);
    header.put("report-id", o.reportId());
    header.put("assessment-id", o.assessment().id());
    header.put("created-at", o.createdAt().toString());
    header.put("hash-algorithm", "SHA-256");
    header.put("signature-algorithm", key.algorithm());
    header.put("key-id", key.keyId());
    header.put("files", Long.toString(files));
    byte[] head = DigestFile.header(header).getBytes(StandardCharsets.UTF_8);
    byte[] body = Files.readAllBytes(listing);
    byte[] all = new byte[head.length + body.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(body, 0, all, head.length, body.length);
    return all;
  }

  private static byte[] signature(SigningKey key, byte[] digest) {
    String text =
        "signature-algorithm: "
            + key.algorithm()
            + "\nkey-id: "
            + key.keyId()
            + "\nsignature: "
            + Base64.getEncoder().encodeToString(key.sign(digest))
            + "\n";
    return text.getBytes(StandardCharsets.UTF_8);
  }

  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder())
          .forEach(
              p -> {
                try {
                  Files.deleteIfExists(p);
                } catch (IOException ignored) {
                  // best effort: a temp file left behind is not a report
                }
              });
    } catch (IOException ignored) {
      // best effort
    }
  }
}
