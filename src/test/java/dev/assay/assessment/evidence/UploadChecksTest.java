package dev.assay.assessment.evidence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** File names made safe, and content types decided from the bytes, the declaration and the name. */
class UploadChecksTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          rca.pdf                      | rca.pdf
          /etc/passwd                  | passwd
          ..\\\\..\\\\boot.ini         | boot.ini
          ..                           | upload
          '   '                        | upload
          nul.txt                      | _nul.txt
          LPT1                         | _LPT1
          'report?.pdf'                | report_.pdf
          '<b>x</b>.txt'               | b_.txt
          """)
  void namesAreSanitised(String sent, String safe) {
    assertEquals(safe, UploadNames.sanitise(sent));
  }

  @Test
  void aLongNameKeepsItsExtension() {
    String name = UploadNames.sanitise("a".repeat(400) + ".pdf");
    assertEquals(255, name.length());
    assertTrue(name.endsWith(".pdf"));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a.pdf  |                                                                           | %PDF-1.7           | application/pdf
          a.txt  |                                                                           | plain words        | text/plain
          a.csv  | text/csv; charset=utf-8                                                   | a,b\\n1,2          | text/csv
          a.docx | application/vnd.openxmlformats-officedocument.wordprocessingml.document    | PK\u0003\u0004.... | application/vnd.openxmlformats-officedocument.wordprocessingml.document
          a.zip  | application/octet-stream                                                  | PK\u0003\u0004.... | application/zip
          a.bin  | application/octet-stream                                                  | \u0001\u00ff\u00fe | application/octet-stream
          """)
  void typesAreDecidedFromTheBytes(String name, String declared, String content, String type)
      throws IOException {
    byte[] bytes = content.getBytes(StandardCharsets.ISO_8859_1);
    ContentTypes.Checked checked =
        ContentTypes.check(new ByteArrayInputStream(bytes), declared, name);
    assertEquals(type, checked.contentType());
    assertArrayEquals(bytes, checked.content().readAllBytes(), "every byte is still there");
  }

  @Test
  void textCutInTheMiddleOfACharacterIsStillText() throws IOException {
    byte[] bytes =
        ("x".repeat(ContentTypes.SNIFF_BYTES - 1) + "é and more").getBytes(StandardCharsets.UTF_8);
    assertEquals(
        "text/plain",
        ContentTypes.check(new ByteArrayInputStream(bytes), null, "a.txt").contentType());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          a.pdf | \u007fELF....         | an executable program
          a.pdf | \u00ca\u00fe\u00ba\u00be.... | an executable program
          a.txt | '  <SCRIPT>x</SCRIPT>' | HTML or script markup
          a.txt | <?xml version="1.0"?><svg/> | HTML or script markup
          a.ps1 | Get-Item              | files of type .ps1
          """)
  void runnableContentIsRefused(String name, String content, String message) {
    ContentTypes.Refused refused =
        assertThrows(
            ContentTypes.Refused.class,
            () ->
                ContentTypes.check(
                    new ByteArrayInputStream(content.getBytes(StandardCharsets.ISO_8859_1)),
                    null,
                    name));
    assertTrue(refused.getMessage().contains(message), refused.getMessage());
  }
}
