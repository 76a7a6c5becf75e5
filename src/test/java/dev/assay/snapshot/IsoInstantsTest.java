package dev.assay.snapshot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-read timestamps are exactly what OffsetDateTime.parse makes of them, or left to it. */
class IsoInstantsTest {

  @Test
  void theCommonAwsShapesAreReadByHand() {
    assertEquals(
        Instant.parse("2026-01-05T10:00:00Z"), IsoInstants.parseCommon("2026-01-05T10:00:00Z"));
    assertEquals(
        Instant.parse("2026-01-05T08:00:00.123Z"),
        IsoInstants.parseCommon("2026-01-05T10:00:00.123+02:00"));
    assertEquals(
        Instant.parse("2026-01-05T15:30:00.000000001Z"),
        IsoInstants.parseCommon("2026-01-05T10:00:00.000000001-05:30"));
  }

  @Test
  void everythingElseIsLeftToTheFullParser() {
    for (String odd :
        List.of(
            "2026-01-05T10:00Z",
            "2026-01-05t10:00:00Z",
            "2026-01-05T10:00:00z",
            "2026-02-30T10:00:00Z",
            "2026-01-05T24:00:00Z",
            "2026-01-05T23:59:60Z",
            "2026-01-05T10:00:00.Z",
            "2026-01-05T10:00:00.1234567891Z",
            "2026-01-05T10:00:00-00:00",
            "2026-01-05T10:00:00+18:00",
            "2026-01-05T10:00:00+02:00:00",
            "2026-01-05T10:00:00+0200",
            "+12026-01-05T10:00:00Z",
            "2026-01-05T10:00:00Z ",
            "1767607200")) {
      assertNull(IsoInstants.parseCommon(odd), odd);
    }
  }

  @Test
  void agreesWithOffsetDateTimeOnRandomTimestamps() {
    Random random = new Random(8);
    String[] endings = {"Z", "+00:00", "+02:00", "-05:30", "+13:45", "-11:59", "+17:59", "-00:00"};
    int readByHand = 0;
    for (int i = 0; i < 20_000; i++) {
      String fraction =
          switch (random.nextInt(4)) {
            case 0 -> "";
            case 1 -> "." + random.nextInt(10);
            case 2 -> String.format(".%03d", random.nextInt(1000));
            default -> String.format(".%09d", random.nextInt(1_000_000_000));
          };
      String text =
          String.format(
              "%04d-%02d-%02dT%02d:%02d:%02d%s%s",
              random.nextInt(10_000),
              random.nextInt(14),
              random.nextInt(33),
              random.nextInt(26),
              random.nextInt(61),
              random.nextInt(62),
              fraction,
              endings[random.nextInt(endings.length)]);
      Instant expected;
      try {
        expected = OffsetDateTime.parse(text).toInstant();
      } catch (DateTimeParseException refused) {
        expected = null;
      }
      Instant byHand = IsoInstants.parseCommon(text);
      if (byHand != null) {
        readByHand++;
        assertNotNull(expected, text);
        assertEquals(expected, byHand, text);
      }
    }
    // Most valid shapes do take the fast path: the test checks something.
    assertEquals(true, readByHand > 5_000, "read by hand: " + readByHand);
  }
}
