package dev.assay.snapshot;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Reads the two timestamp shapes AWS answers in almost always, {@code 2026-01-05T10:00:00Z} and
 * {@code 2026-01-05T10:00:00.123+00:00}, by hand. {@code OffsetDateTime.parse} took 7% of
 * normalising an account (RequestCost under JFR). Anything else, or anything out of range, is
 * {@code null} here and left to {@code OffsetDateTime.parse}, so the result never differs from it.
 */
final class IsoInstants {

  private IsoInstants() {}

  static Instant parseCommon(String text) {
    int length = text.length();
    if (length < 20
        || text.charAt(4) != '-'
        || text.charAt(7) != '-'
        || text.charAt(10) != 'T'
        || text.charAt(13) != ':'
        || text.charAt(16) != ':') {
      return null;
    }
    int year = digits(text, 0, 4);
    int month = digits(text, 5, 2);
    int day = digits(text, 8, 2);
    int hour = digits(text, 11, 2);
    int minute = digits(text, 14, 2);
    int second = digits(text, 17, 2);
    if ((year | month | day | hour | minute | second) < 0) {
      return null;
    }
    int at = 19;
    int nanos = 0;
    if (text.charAt(at) == '.') {
      int start = ++at;
      while (at < length && at - start < 9 && isDigit(text.charAt(at))) {
        nanos = nanos * 10 + (text.charAt(at) - '0');
        at++;
      }
      int fractionDigits = at - start;
      if (fractionDigits == 0 || (at < length && isDigit(text.charAt(at)))) {
        return null;
      }
      for (int d = fractionDigits; d < 9; d++) {
        nanos *= 10;
      }
    }
    ZoneOffset offset = offset(text, at);
    if (offset == null) {
      return null;
    }
    try {
      return LocalDateTime.of(year, month, day, hour, minute, second, nanos).toInstant(offset);
    } catch (DateTimeException outOfRange) {
      return null;
    }
  }

  /** {@code Z} or {@code +HH:MM} at the very end; {@code null} for any other ending. */
  private static ZoneOffset offset(String text, int at) {
    int rest = text.length() - at;
    if (rest == 1 && text.charAt(at) == 'Z') {
      return ZoneOffset.UTC;
    }
    if (rest != 6 || text.charAt(at + 3) != ':') {
      return null;
    }
    char sign = text.charAt(at);
    int hours = digits(text, at + 1, 2);
    int minutes = digits(text, at + 4, 2);
    // "-00:00" and odd offsets are left to the full parser, whatever it makes of them.
    if ((sign != '+' && sign != '-') || hours < 0 || minutes < 0 || hours > 17 || minutes > 59) {
      return null;
    }
    if (sign == '-' && hours == 0 && minutes == 0) {
      return null;
    }
    int seconds = (hours * 3600 + minutes * 60) * (sign == '-' ? -1 : 1);
    return ZoneOffset.ofTotalSeconds(seconds);
  }

  private static int digits(String text, int from, int count) {
    int value = 0;
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (!isDigit(c)) {
        return -1;
      }
      value = value * 10 + (c - '0');
    }
    return value;
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }
}
