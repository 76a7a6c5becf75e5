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
  private static final byte[] MIN_INT =
      Integer.toString(Integer.MIN_VALUE).getBytes(StandardCharsets.US_ASCII);

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
  private char[] chars = new char[256];

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

  /** An int in decimal, digit by digit: a String per number was most of what writing allocated. */
  void number(int value) {
    if (value == Integer.MIN_VALUE) {
      raw(MIN_INT);
      return;
    }
    room(11);
    if (value < 0) {
      bytes[size++] = '-';
      value = -value;
    }
    int digits = 1;
    for (int rest = value / 10; rest > 0; rest /= 10) {
      digits++;
    }
    for (int at = size + digits - 1; at >= size; at--) {
      bytes[at] = (byte) ('0' + value % 10);
      value /= 10;
    }
    size += digits;
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
    if (chars.length < length) {
      chars = new char[Math.max(length, chars.length * 2)];
    }
    // One bulk copy out of the String, then a loop over a plain array: charAt per character
    // checked the String's coder and bounds every time.
    char[] text = chars;
    value.getChars(0, length, text, 0);
    byte[] b = bytes;
    int at = size;
    b[at++] = '"';
    for (int i = 0; i < length; i++) {
      char c = text[i];
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
          && Character.isLowSurrogate(text[i + 1])) {
        int point = Character.toCodePoint(c, text[++i]);
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
