package dev.assay.report;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable UTF-8 byte buffer with the few JSON pieces {@link ResultJsonWriter} needs, written as
 * Jackson's UTF-8 generator writes them: {@code "} and {@code \} escaped, the controls below 0x20
 * as {@code \b \t \n \f \r} or a six-byte backslash-u escape (upper-case hex), everything else as
 * UTF-8 (a surrogate pair as one four-byte character). A lone surrogate becomes {@code ?}, as it
 * does when the CLI's text is encoded as UTF-8.
 */
final class Utf8JsonOut {

  private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] NULL = {'n', 'u', 'l', 'l'};

  /** For each ASCII character: 0 when written as is, else the letter after its backslash. */
  private static final byte[] ESCAPES = new byte[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = 'u';
    }
    ESCAPES['"'] = '"';
    ESCAPES['\\'] = '\\';
    ESCAPES['\b'] = 'b';
    ESCAPES['\t'] = 't';
    ESCAPES['\n'] = 'n';
    ESCAPES['\f'] = 'f';
    ESCAPES['\r'] = 'r';
  }

  private byte[] bytes;
  private int size;

  Utf8JsonOut(int capacity) {
    bytes = new byte[capacity];
  }

  int size() {
    return size;
  }

  int capacity() {
    return bytes.length;
  }

  void reset() {
    size = 0;
  }

  byte[] toByteArray() {
    return Arrays.copyOf(bytes, size);
  }

  void raw(byte b) {
    room(1);
    bytes[size++] = b;
  }

  void raw(byte[] run) {
    room(run.length);
    System.arraycopy(run, 0, bytes, size, run.length);
    size += run.length;
  }

  void number(int value) {
    raw(Integer.toString(value).getBytes(StandardCharsets.US_ASCII));
  }

  /** A JSON string, or {@code null}. */
  void string(String value) {
    if (value == null) {
      raw(NULL);
      return;
    }
    int length = value.length();
    // The worst case of a character is six bytes (backslash, u and four hex digits); most are one.
    room(length * 6 + 2);
    byte[] b = bytes;
    int at = size;
    b[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = value.charAt(i);
      if (c < 0x80) {
        byte escape = ESCAPES[c];
        if (escape == 0) {
          b[at++] = (byte) c;
        } else {
          b[at++] = '\\';
          b[at++] = escape;
          if (escape == 'u') {
            b[at++] = '0';
            b[at++] = '0';
            b[at++] = HEX[c >> 4];
            b[at++] = HEX[c & 0xF];
          }
        }
      } else if (c < 0x800) {
        b[at++] = (byte) (0xC0 | (c >> 6));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (!Character.isSurrogate(c)) {
        b[at++] = (byte) (0xE0 | (c >> 12));
        b[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)
          && i + 1 < length
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        int point = Character.toCodePoint(c, value.charAt(++i));
        b[at++] = (byte) (0xF0 | (point >> 18));
        b[at++] = (byte) (0x80 | ((point >> 12) & 0x3F));
        b[at++] = (byte) (0x80 | ((point >> 6) & 0x3F));
        b[at++] = (byte) (0x80 | (point & 0x3F));
      } else {
        b[at++] = '?';
      }
    }
    b[at++] = '"';
    size = at;
  }

  private void room(int more) {
    if (size + more > bytes.length) {
      bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
    }
  }
}
