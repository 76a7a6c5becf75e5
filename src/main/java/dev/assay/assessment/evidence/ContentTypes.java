package dev.assay.assessment.evidence;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Decides the content type of an uploaded file from its first bytes, checked against the type the
 * client declared and the name's extension. Evidence is documents, images, tables and text:
 * executables, scripts and HTML (anything a browser or a shell would run) are refused, and a file
 * whose bytes say something else than its declared type is refused too. Unrecognised binary data is
 * kept as opaque {@code application/octet-stream}. Downloads are always attachments with {@code
 * nosniff}, so even an allowed type is never rendered inline.
 */
public final class ContentTypes {

  static final int SNIFF_BYTES = 1024;

  /** Declared types accepted; {@code application/octet-stream} (or none) means "look at it". */
  public static final Set<String> ALLOWED =
      Set.of(
          "application/pdf",
          "image/png",
          "image/jpeg",
          "image/gif",
          "text/plain",
          "text/csv",
          "text/markdown",
          "application/json",
          "application/zip",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation",
          "application/octet-stream");

  private static final Set<String> TEXT =
      Set.of("text/plain", "text/csv", "text/markdown", "application/json");
  private static final Set<String> ZIP_BASED =
      Set.of(
          "application/zip",
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          "application/vnd.openxmlformats-officedocument.presentationml.presentation");
  private static final Set<String> REFUSED_EXTENSIONS =
      Set.of(
          "exe", "dll", "com", "bat", "cmd", "scr", "msi", "ps1", "vbs", "js", "mjs", "jar",
          "class", "sh", "bash", "py", "pl", "php", "hta", "html", "htm", "xhtml", "svg", "app",
          "elf", "so", "dylib", "apk", "lnk");
  private static final Map<String, byte[]> MAGIC =
      Map.of(
          "application/pdf", bytes("%PDF-"),
          "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'},
          "image/jpeg", new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff},
          "image/gif", bytes("GIF8"),
          "application/zip", new byte[] {'P', 'K', 3, 4});

  /** A refused file, with the reason for the person who sent it. */
  public static final class Refused extends RuntimeException {
    Refused(String message) {
      super(message);
    }
  }

  /**
   * The checked upload: its type and a stream that still yields every byte.
   *
   * @param contentType what the file is stored and served as
   * @param content the whole upload, the sniffed bytes included
   */
  public record Checked(String contentType, InputStream content) {}

  private ContentTypes() {}

  public static Checked check(InputStream in, String declared, String fileName) throws IOException {
    String extension = UploadNames.extension(fileName);
    if (REFUSED_EXTENSIONS.contains(extension)) {
      throw new Refused(
          "files of type ."
              + extension
              + " are not accepted as evidence (executables, scripts"
              + " and HTML are refused)");
    }
    String type = base(declared);
    if (!type.isEmpty() && !ALLOWED.contains(type)) {
      throw new Refused(
          "content type "
              + type
              + " is not accepted as evidence; accepted: "
              + String.join(", ", ALLOWED.stream().sorted().toList()));
    }
    BufferedInputStream buffered = new BufferedInputStream(in, SNIFF_BYTES * 2);
    buffered.mark(SNIFF_BYTES);
    byte[] head = buffered.readNBytes(SNIFF_BYTES);
    buffered.reset();
    String sniffed = sniff(head);
    if (sniffed.equals("executable") || sniffed.equals("html")) {
      throw new Refused(
          "the content is "
              + (sniffed.equals("html") ? "HTML or script markup" : "an executable program")
              + "; such files are not accepted as evidence");
    }
    return new Checked(decide(type, sniffed), buffered);
  }

  private static String decide(String declared, String sniffed) {
    boolean generic = declared.isEmpty() || declared.equals("application/octet-stream");
    if (sniffed.equals("text")) {
      if (generic) {
        return "text/plain";
      }
      if (TEXT.contains(declared)) {
        return declared;
      }
      throw mismatch(declared, "text");
    }
    if (sniffed.equals("application/zip")) {
      if (generic) {
        return sniffed;
      }
      if (ZIP_BASED.contains(declared)) {
        return declared;
      }
      throw mismatch(declared, sniffed);
    }
    if (sniffed.equals("application/octet-stream")) {
      if (generic) {
        return sniffed;
      }
      throw mismatch(declared, "unrecognised binary data");
    }
    if (generic || declared.equals(sniffed)) {
      return sniffed;
    }
    throw mismatch(declared, sniffed);
  }

  private static Refused mismatch(String declared, String found) {
    return new Refused(
        "the file was declared as "
            + declared
            + " but its content is "
            + found
            + "; send it with its real content type");
  }

  /** What the first bytes are: a type of {@link #MAGIC}, executable, html, text or binary. */
  static String sniff(byte[] head) {
    for (Map.Entry<String, byte[]> magic : MAGIC.entrySet()) {
      if (startsWith(head, magic.getValue())) {
        return magic.getKey();
      }
    }
    if (startsWith(head, bytes("MZ"))
        || startsWith(head, new byte[] {0x7f, 'E', 'L', 'F'})
        || startsWith(head, new byte[] {(byte) 0xca, (byte) 0xfe, (byte) 0xba, (byte) 0xbe})
        || startsWith(head, new byte[] {(byte) 0xfe, (byte) 0xed, (byte) 0xfa})
        || startsWith(head, new byte[] {(byte) 0xcf, (byte) 0xfa, (byte) 0xed, (byte) 0xfe})
        || startsWith(head, new byte[] {(byte) 0xce, (byte) 0xfa, (byte) 0xed, (byte) 0xfe})
        || startsWith(head, bytes("#!"))) {
      return "executable";
    }
    String text = utf8(head);
    if (text == null) {
      return "application/octet-stream";
    }
    String start = text.stripLeading().replace("\uFEFF", "").toLowerCase(Locale.ROOT);
    for (String markup :
        new String[] {
          "<!doctype html",
          "<html",
          "<script",
          "<svg",
          "<?xml",
          "<head",
          "<body",
          "<iframe",
          "<object",
          "<embed"
        }) {
      if (start.startsWith(markup)) {
        return "html";
      }
    }
    return "text";
  }

  /**
   * The head as UTF-8 text, or {@code null} when it has control bytes other than tab, line and page
   * breaks, or is not UTF-8.
   */
  private static String utf8(byte[] head) {
    for (byte b : head) {
      if (b >= 0 && b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' || b == 0x7f) {
        return null;
      }
    }
    // A full head may end in the middle of a character: then drop up to 3 trailing bytes of one.
    int cuts = head.length == SNIFF_BYTES ? 3 : 0;
    for (int cut = 0; cut <= Math.min(cuts, head.length); cut++) {
      try {
        return StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(head, 0, head.length - cut))
            .toString();
      } catch (CharacterCodingException e) {
        // Try one byte shorter.
      }
    }
    return null;
  }

  static String base(String contentType) {
    if (contentType == null) {
      return "";
    }
    int semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.substring(0, semicolon))
        .strip()
        .toLowerCase(Locale.ROOT);
  }

  private static boolean startsWith(byte[] data, byte[] prefix) {
    return data.length >= prefix.length
        && Arrays.equals(Arrays.copyOf(data, prefix.length), prefix);
  }

  private static byte[] bytes(String ascii) {
    return ascii.getBytes(StandardCharsets.US_ASCII);
  }
}
